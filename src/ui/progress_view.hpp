#pragma once
// The progress screen: streaks and the weekly goal, a 16-week calendar of stretching days, minutes
// per week, the cramp chart on the same days with a 7-night average, the six-week check, and the
// session list with delete and undo. Everything it shows was computed in core.

#include <optional>
#include <string>
#include <vector>

#include "ui/progress_charts.hpp"
#include "ui/progress_model.hpp"
#include "ui/theme.hpp"
#include "ui/view_fonts.hpp"
#include "ui/widgets.hpp"

namespace limber {

class ProgressView {
 public:
  std::optional<ProgressIntent> draw(const ProgressModel& model, ThemeKind theme, const ViewFonts& fonts);
  [[nodiscard]] const DrawnButtons& buttons() const { return buttons_; }
  // Where the last frame drew a day in the calendar and in the cramp chart (for tapping).
  [[nodiscard]] const DayPlaces& calendar() const { return calendar_; }
  [[nodiscard]] const DayPlaces& cramp_days() const { return cramp_days_; }

 private:
  DrawnButtons buttons_;
  DayPlaces calendar_;
  DayPlaces cramp_days_;
  bool dragging_ = false;
};

}  // namespace limber
