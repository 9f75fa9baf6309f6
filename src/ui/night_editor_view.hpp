#pragma once
// The diary for one night, over the progress screen: how many cramps (None to 5+), how bad the
// worst was (1-10, once there were any), delete the night, step to the night before or after,
// and Undo for the last change. Finger-sized buttons, as everywhere.

#include <optional>
#include <string>

#include "ui/progress_model.hpp"
#include "ui/theme.hpp"
#include "ui/view_fonts.hpp"
#include "ui/widgets.hpp"

namespace limber {

inline constexpr int kNightCrampButtons = 6;  // None, 1, 2, 3, 4, 5+

[[nodiscard]] std::optional<ProgressIntent> draw_night_editor(const NightEditor& night, const std::string& undo,
                                                            const Palette& p, const ViewFonts& fonts,
                                                            DrawnButtons& buttons);

}  // namespace limber
