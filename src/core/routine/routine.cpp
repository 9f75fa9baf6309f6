#include "core/routine/routine.hpp"

namespace limber {

std::string_view side_key(Side side) { return side == Side::left ? "left" : "right"; }



std::optional<Side> side_from_key(std::string_view key) {
  if (key == "left") return Side::left;
  if (key == "right") return Side::right;
  return std::nullopt;
}

std::string_view side_of_key(SideOf of) {
  switch (of) {
    case SideOf::leg: return "leg";
    case SideOf::arm: return "arm";
    case SideOf::body: return "body";
  }
  return "leg";
}

std::optional<SideOf> side_of_from_key(std::string_view key) {
  for (const SideOf of : {SideOf::leg, SideOf::arm, SideOf::body}) {
    if (side_of_key(of) == key) return of;
  }
  return std::nullopt;
}

}  // namespace limber
