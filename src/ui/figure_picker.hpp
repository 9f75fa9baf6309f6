#pragma once
// The editor's choice of figure: a tile for each built-in pose showing its figure at the hold,
// with its name under it, and "None"; the chosen tile stands out. A tap, or Enter on the focused
// tile, chooses.

#include <optional>
#include <string>
#include <vector>

#include "core/pose/pose.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace limber {

struct FigureChoice {
  std::string key;             // as files write it ("calf-ledge"); "" for none
  std::string name;            // for people ("Calf on a ledge")
  const Pose* pose = nullptr;  // nothing to draw for "None"
};

// The tiles, `width` wide in all; returns the key of the tile tapped this frame.
[[nodiscard]] std::optional<std::string> draw_figure_picker(const std::vector<FigureChoice>& choices, const std::string& chosen,
                                                            float width, float unit, ThemeKind theme, DrawnButtons& buttons);

}  // namespace limber
