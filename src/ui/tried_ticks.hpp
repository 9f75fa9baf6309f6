#pragma once
// What else the user tried on a day (tried_things.hpp), as a row of toggles that wraps: one tap
// ticks a thing, another unticks it. Shared by the summary and the progress screen.

#include <optional>
#include <string>
#include <vector>

#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace limber {

struct TriedTick {
  std::string key;
  std::string label;  // in the user's language
  bool done = false;
};

// Draws from the cursor, within `width`; returns the index of the toggle tapped.
std::optional<int> draw_tried_ticks(const std::vector<TriedTick>& ticks, const Palette& p, float unit, float width,
                                    DrawnButtons& drawn);

}  // namespace limber
