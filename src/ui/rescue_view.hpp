#pragma once
// The first screen of a night-time rescue: which leg cramps, as two buttons big enough to hit
// half awake and in pain. Drawn in the night theme.

#include <optional>
#include <string>

#include "ui/theme.hpp"
#include "ui/view_fonts.hpp"
#include "ui/widgets.hpp"

namespace limber {

struct RescueModel {
  std::string problem{};  // the rescue cannot start, and why (its routine cannot be read)
};

enum class RescueIntent { left_leg, right_leg, back };

class RescueView {
 public:
  std::optional<RescueIntent> draw(const RescueModel& model, ThemeKind theme, const ViewFonts& fonts);
  [[nodiscard]] const DrawnButtons& buttons() const { return buttons_; }

 private:
  DrawnButtons buttons_;
};

}  // namespace limber
