#pragma once
// The progress screen: streaks and the weekly goal, a 16-week calendar of stretching days, minutes
// per week, the cramp chart on the same days with a 7-night average, the six-week check, and the
// session list with delete and undo. Everything it shows was computed in core.

#include <optional>
#include <string>
#include <vector>

#include "core/progress_stats.hpp"
#include "ui/theme.hpp"
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

struct ProgressModel {
  ProgressStats stats;
  std::vector<SessionRow> sessions;  // newest first
  std::string notice{};              // a problem with the history file, in words
};

struct ProgressIntent {
  enum class Kind { back, delete_session, undo_delete, goal_down, goal_up };
  Kind kind = Kind::back;
  int row = -1;  // delete_session, undo_delete: the index in ProgressModel::sessions
};

class ProgressView {
 public:
  std::optional<ProgressIntent> draw(const ProgressModel& model, ThemeKind theme, const ViewFonts& fonts);
  [[nodiscard]] const DrawnButtons& buttons() const { return buttons_; }

 private:
  DrawnButtons buttons_;
  bool dragging_ = false;
};

}  // namespace limber
