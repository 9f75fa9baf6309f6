#include "core/routine.hpp"

#include "core/translate.hpp"

namespace limber {

std::string_view side_key(Side side) { return side == Side::left ? "left" : "right"; }

std::string_view side_name(Side side) { return side == Side::left ? "Left" : "Right"; }

std::string leg_name(Side side) { return side == Side::left ? tr("Left leg") : tr("Right leg"); }

std::optional<Side> side_from_key(std::string_view key) {
  if (key == "left") return Side::left;
  if (key == "right") return Side::right;
  return std::nullopt;
}

}  // namespace limber
