#pragma once
// The progress screen: streaks and the weekly goal, a 16-week calendar of stretching days, minutes
// per week, the cramp chart on the same days with a 7-night average, the six-week check, and the
// session list with delete and undo. Everything it shows was computed in core.

#include <optional>
#include <string>
#include <vector>

#include "core/progress_stats.hpp"
#include "ui/progress_charts.hpp"
#include "ui/theme.hpp"
#include "ui/tried_ticks.hpp"
#include "ui/view_fonts.hpp"
#include "ui/widgets.hpp"

namespace limber {

struct SessionRow {
  std::string when;     // "Wed 25 Nov"
  std::string routine;
  std::string outcome;  // "completed", "stopped", "interrupted"
  std::string time;     // "6:00"
  bool deleted = false;  // deleted on this visit: shown in place, with Undo
};

// One night of the diary, opened from the calendar or the cramp chart (or "A night's diary").
struct NightEditor {
  DayNumber night = 0;
  std::string title;             // "The night of Tue 24 Nov"
  std::optional<int> cramps{};   // the diary's entry, if there is one
  int severity = 0;              // its worst cramp's, 0 while not said
  bool can_go_later = false;     // a later night than this one may be written (not after today)
  std::string error{};           // the last change that could not be saved
  std::string counted{};         // the Cramp-now button's cramps that night: "03:12, left leg"
  std::vector<TriedTick> tried{};  // what else was tried on the day the night began
};

struct ProgressModel {
  ProgressStats stats;
  std::vector<SessionRow> sessions;  // newest first
  std::string notice{};              // a problem with the history file, in words
  std::optional<NightEditor> night{};  // the night being edited, over the page
  std::string undo{};                  // "Changed the night of Tue 24 Nov": the last diary change, with Undo
  std::string report_saved{};          // where Save report put the last report, or why it could not
};

struct ProgressIntent {
  enum class Kind {
    back, delete_session, undo_delete, goal_down, goal_up,
    open_night, night_earlier, night_later, night_cramps, night_severity, night_delete, night_done, undo_night,
    save_report, night_tried
  };
  Kind kind = Kind::back;
  int row = -1;  // delete_session, undo_delete: the index in ProgressModel::sessions
  int value = 0;  // open_night: the day; night_cramps, night_severity: the number tapped; night_tried: which
};

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
