#pragma once
// Settings' voice list, a page of its own: every espeak-ng voice grouped under its language's
// name, the user's language first, then "Other languages" (a language with one voice is just
// that voice's row). Each row is a finger-sized button that chooses the voice (and
// lets it speak), with "Listen" beside it to hear a voice without choosing it; Back returns to
// Settings. Drag or the wheel scrolls it; Tab and Enter work as everywhere.

#include <optional>

#include "ui/settings_model.hpp"
#include "ui/theme.hpp"
#include "ui/view_fonts.hpp"
#include "ui/widgets.hpp"

namespace limber {

[[nodiscard]] std::optional<SettingsIntent> draw_voice_list(const SettingsModel& model, const Palette& palette, const ViewFonts& fonts,
                                                            bool& dragging, DrawnButtons& buttons);

}  // namespace limber
