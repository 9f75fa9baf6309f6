#pragma once
// What the history says: streaks, the weekly goal, time per week, cramps per week, the
// "six-week check" of the cramp diary, and the reps to suggest next. Pure functions of the
// records and today's date, so every figure can be checked by hand.

#include <optional>
#include <string>
#include <vector>

#include "core/base/calendar.hpp"
#include "core/history/cramp_events.hpp"
#include "core/history/records.hpp"
#include "core/history/tried_things.hpp"
#include "core/routine/routine.hpp"

namespace limber {

struct GoalSettings {
  int days_per_week = 5;  // stretching days a week that meet the goal; the rest may be missed
  static constexpr int kMinDays = 1;
  static constexpr int kMaxDays = 7;
};
// A goal as a user may set it: one day a week at least, seven at most.
[[nodiscard]] int clamp_goal_days(int days);

struct WeekFigures {
  DayNumber start = 0;  // the first day of the week (calendar.hpp)
  int sessions = 0;     // completed sessions
  int stretching_days = 0;
  double minutes = 0;   // active time of every session, finished or not
  int diary_nights = 0;
  double cramps_per_night = 0;  // over the nights with a diary entry
  double mean_severity = 0;
  bool goal_met = false;
};

struct RoutineCount {
  std::string routine;
  int completed = 0;
  int sessions = 0;  // completed, stopped and interrupted
  DayNumber last_day = 0;
};

// A window of diary nights: the first week of the diary or its most recent week.
struct DiaryWeek {
  DayNumber first = 0;
  DayNumber last = 0;
  int nights = 0;
  double cramps_per_night = 0;
  double mean_severity = 0;
};

// The trial's comparison (Hallegraeff 2012) on one person: first diary week against the latest.
struct SixWeekCheck {
  DiaryWeek first_week;
  DiaryWeek recent_week;
  double weeks_apart = 0;          // from the first window's start to the recent one's start
  double cramps_change = 0;        // recent - first, per night: negative is fewer cramps
  double severity_change = 0;      // recent - first
  bool six_weeks_reached = false;  // the recent week ends six weeks or more after the diary began
};

// One day on the progress screen's shared time axis.
struct DayFigures {
  DayNumber day = 0;
  int completed = 0;
  double minutes = 0;
  std::optional<int> cramps{};    // the diary's entry for that night, if any
  std::optional<int> severity{};
  std::optional<double> cramps_7day{};    // mean over the entries of the 7 nights ending here
  std::optional<double> severity_7day{};
  int rescues = 0;  // cramps met with the Cramp-now button that night
  int tried = 0;    // how many other things were tried that day (tried_things.hpp)
};

inline constexpr int kProgressWeeks = 16;

// The cramp chart spans the weeks that have something to show, not always all 16: from the week of
// the first night with an entry, a stretch, a tick or a Cramp now, and at least kChartMinWeeks
// weeks; and no more days than `max_days` (what fits legibly), the newest kept. Returns the index
// into `days` (whole weeks, as recent_days) the chart starts at.
inline constexpr int kChartMinWeeks = 4;
[[nodiscard]] int chart_first_day(const std::vector<DayFigures>& days, int max_days);

struct ProgressStats {
  DayNumber today = 0;
  int current_streak = 0;  // alive until a whole day is missed: today not done yet still counts
  int best_streak = 0;
  int goal_days = 5;
  int days_this_week = 0;
  int goal_weeks_in_row = 0;  // weeks meeting the goal up to now; this week counts once met
  int completed_sessions = 0;
  double total_minutes = 0;
  std::vector<WeekFigures> weeks;    // every week from the first record's week to this week
  std::vector<RoutineCount> routines;  // most completed first
  std::optional<SixWeekCheck> six_week_check;
  // kProgressWeeks whole weeks, from a week_start(), ending with this week or, paged back,
  // `weeks_back` weeks before it; `earlier` says whether anything was recorded before them.
  std::vector<DayFigures> recent_days;
  int weeks_back = 0;
  bool earlier = false;
};

// `weeks_back`: the calendar and chart's weeks end that many weeks before this one (paging back
// through the history); every other figure is as of today.
[[nodiscard]] ProgressStats compute_progress(const std::vector<SessionRecord>& sessions,
                                             const std::vector<DiaryEntry>& diary, DayNumber today,
                                             const GoalSettings& goal = {}, int weeks_back = 0);

// The Cramp-now button's cramps and the things tried, on the chart's days.
void add_night_marks(ProgressStats& stats, const std::vector<CrampEvent>& rescues, const TriedDays& tried);

// The first-week-against-latest-week comparison; nullopt until the two weeks do not overlap.
[[nodiscard]] std::optional<SixWeekCheck> six_week_check(const std::vector<DiaryEntry>& diary);

// The reps to offer next for a routine with a reps range: the target of its latest session, one
// more once that target was completed in three sessions (up to the range's maximum). nullopt
// when the routine has no session with a target yet.
[[nodiscard]] std::optional<int> suggested_reps(const std::vector<SessionRecord>& sessions,
                                                const std::string& routine_name, const RepRange& range);
inline constexpr int kCompletionsBeforeMoreReps = 3;


// The last day a routine was done to its end, for the library's cards: a session stopped after a
// minute is not "done today".
[[nodiscard]] std::optional<DayNumber> last_done(const std::vector<SessionRecord>& sessions,
                                                 const std::string& routine_name);
// "No cramps", "1 cramp, worst 4 of 10".
[[nodiscard]] std::string diary_entry_text(const DiaryEntry& entry);
// The night a diary entry made now is for: the one that began yesterday evening.
[[nodiscard]] inline DayNumber last_night(DayNumber today) { return today - 1; }

// "today", "yesterday", "3 days ago", "26 Nov".
[[nodiscard]] std::string days_ago_text(DayNumber day, DayNumber today);

}  // namespace limber
