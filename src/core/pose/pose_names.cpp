#include "core/pose/pose_names.hpp"

#include "core/base/translate.hpp"

namespace limber {

std::string pose_display_name(std::string_view key) {
  if (key == "calf-ledge") return trc("a figure", "Calf on a ledge");
  if (key == "calf-wall") return trc("a figure", "Calf against a wall");
  if (key == "hamstring-step") return trc("a figure", "Hamstring on a step");
  if (key == "sit-and-reach") return trc("a figure", "Sit and reach");
  if (key == "toes-pull") return trc("a figure", "Toes pulled back");
  if (key == "calf-massage") return trc("a figure", "Calf massage");
  if (key == "seated-breathing") return trc("a figure", "Seated breathing");
  return std::string(key);
}

}  // namespace limber
