// `limber stats`: streaks, the weekly goal, recent weeks, routines and the six-week check, for
// people (text) and for other programs (JSON).
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "app/commands.hpp"
#include "core/text.hpp"
#include "app/history_access.hpp"
#include "app/settings_store.hpp"
#include "core/progress_stats.hpp"
#include "platform/paths.hpp"

namespace limber {
namespace {

using Json = nlohmann::ordered_json;

Json diary_week_json(const DiaryWeek& week) {
  return {{"first", format_date(week.first)},
          {"last", format_date(week.last)},
          {"nights", week.nights},
          {"cramps_per_night", week.cramps_per_night},
          {"mean_severity", week.mean_severity}};
}

Json stats_json(const ProgressStats& stats) {
  Json weeks = Json::array();
  for (const WeekFigures& w : stats.weeks) {
    weeks.push_back({{"week_start", format_date(w.start)},
                     {"sessions", w.sessions},
                     {"stretching_days", w.stretching_days},
                     {"minutes", w.minutes},
                     {"goal_met", w.goal_met},
                     {"diary_nights", w.diary_nights},
                     {"cramps_per_night", w.diary_nights > 0 ? Json(w.cramps_per_night) : Json(nullptr)},
                     {"mean_severity", w.diary_nights > 0 ? Json(w.mean_severity) : Json(nullptr)}});
  }
  Json routines = Json::array();
  for (const RoutineCount& r : stats.routines) {
    routines.push_back({{"routine", r.routine},
                        {"completed", r.completed},
                        {"sessions", r.sessions},
                        {"last_date", format_date(r.last_day)}});
  }
  Json check = nullptr;
  if (stats.six_week_check) {
    const SixWeekCheck& c = *stats.six_week_check;
    check = {{"first_week", diary_week_json(c.first_week)},   {"recent_week", diary_week_json(c.recent_week)},
             {"weeks_apart", c.weeks_apart},                  {"cramps_per_night_change", c.cramps_change},
             {"severity_change", c.severity_change},          {"six_weeks_reached", c.six_weeks_reached}};
  }
  return {{"today", format_date(stats.today)},
          {"current_streak", stats.current_streak},
          {"best_streak", stats.best_streak},
          {"weekly_goal_days", stats.goal_days},
          {"days_this_week", stats.days_this_week},
          {"goal_weeks_in_row", stats.goal_weeks_in_row},
          {"completed_sessions", stats.completed_sessions},
          {"total_minutes", stats.total_minutes},
          {"routines", routines},
          {"weeks", weeks},
          {"six_week_check", check}};
}

std::string days(int n) { return count_of(n, "day", "days"); }
std::string nights(int n) { return count_of(n, "night", "nights"); }

void print_text(const ProgressStats& stats) {
  fmt::print("Streak: {} (best {})\n", days(stats.current_streak), days(stats.best_streak));
  fmt::print("This week: {} of {} stretching days; goal met {} in a row\n", stats.days_this_week, stats.goal_days,
             count_of(stats.goal_weeks_in_row, "week", "weeks"));
  const auto minutes = std::llround(stats.total_minutes);
  fmt::print("Completed sessions: {}, {} of stretching in all\n", stats.completed_sessions,
             count_of(minutes, "minute", "minutes"));
  if (!stats.routines.empty()) {
    fmt::print("\n{:<32}  {:>9}  {:>8}  {}\n", "ROUTINE", "COMPLETED", "SESSIONS", "LAST");
    for (const RoutineCount& r : stats.routines) {
      fmt::print("{:<32}  {:>9}  {:>8}  {}\n", r.routine, r.completed, r.sessions, format_date(r.last_day));
    }
  }
  if (!stats.weeks.empty()) {
    fmt::print("\n{:<10}  {:>4}  {:>8}  {:>7}  {:>12}  {:>8}\n", "WEEK OF", "DAYS", "SESSIONS", "MINUTES",
               "CRAMPS/NIGHT", "SEVERITY");
    const std::size_t shown = std::min<std::size_t>(stats.weeks.size(), 8);
    for (auto w = stats.weeks.end() - static_cast<std::ptrdiff_t>(shown); w != stats.weeks.end(); ++w) {
      const std::string cramps = w->diary_nights > 0 ? fmt::format("{:.1f}", w->cramps_per_night) : "-";
      const std::string severity = w->diary_nights > 0 ? fmt::format("{:.1f}", w->mean_severity) : "-";
      fmt::print("{:<10}  {:>4}  {:>8}  {:>7.0f}  {:>12}  {:>8}\n", format_date(w->start), w->stretching_days,
                 w->sessions, w->minutes, cramps, severity);
    }
  }
  fmt::print("\nSix-week check: ");
  if (!stats.six_week_check) {
    fmt::print("needs diary entries two weeks apart or more (`limber diary add`).\n");
    return;
  }
  const SixWeekCheck& c = *stats.six_week_check;
  fmt::print("first diary week ({} to {}, {}): {:.1f} cramps a night, severity {:.1f}\n",
             format_date(c.first_week.first), format_date(c.first_week.last), nights(c.first_week.nights),
             c.first_week.cramps_per_night, c.first_week.mean_severity);
  fmt::print("{:16}latest week ({} to {}, {}): {:.1f} cramps a night, severity {:.1f}\n", "",
             format_date(c.recent_week.first), format_date(c.recent_week.last), nights(c.recent_week.nights),
             c.recent_week.cramps_per_night, c.recent_week.mean_severity);
  fmt::print("{:16}change: {:+.1f} cramps a night, {:+.1f} severity{}\n", "", c.cramps_change, c.severity_change,
             c.six_weeks_reached ? "" : " (not six weeks yet)");
}

}  // namespace

int command_stats(const AppContext& context, bool json) {
  const auto history = read_user_history(context);
  if (!history) return kExitFailure;
  const AppSettings settings = load_settings(resolve_config_dir());
  const ProgressStats stats =
      compute_progress(history->sessions, history->diary, local_today(), GoalSettings{settings.weekly_goal_days});
  if (json) {
    fmt::print("{}\n", stats_json(stats).dump(2));
  } else {
    print_text(stats);
  }
  return kExitOk;
}

}  // namespace limber
