#pragma once
// What the progress screen shows and what a tap on it asks for: the model progress_screen builds
// from core's figures, and the intents progress_view.hpp and night_editor_view.hpp return.

#include <optional>
#include <string>
#include <vector>

#include "core/base/calendar.hpp"
#include "core/history/progress_stats.hpp"
#include "ui/tried_ticks.hpp"

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
  bool report_openable = false;        // the last report was saved: Open shows it in the PDF viewer
};

struct ProgressIntent {
  enum class Kind {
    back, delete_session, undo_delete, goal_down, goal_up,
    open_night, night_earlier, night_later, night_cramps, night_severity, night_delete, night_done, undo_night,
    save_report, open_report, night_tried, chart_earlier, chart_later
  };
  Kind kind = Kind::back;
  int row = -1;  // delete_session, undo_delete: the index in ProgressModel::sessions
  int value = 0;  // open_night: the day; night_cramps, night_severity: the number tapped; night_tried: which
};

}  // namespace limber
