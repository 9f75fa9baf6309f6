// `limber stats`: streaks, the weekly goal, recent weeks, routines and the six-week check, for
// people (text) and for other programs (JSON).
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "app/cli/command_table.hpp"
#include "app/cli/commands.hpp"
#include "app/services/history_access.hpp"
#include "app/services/settings_store.hpp"
#include "core/base/text.hpp"
#include "core/base/text_table.hpp"
#include "core/base/translate.hpp"
#include "core/history/progress_stats.hpp"
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

std::string days(int n) { return format(trn("{0} day", "{0} days", n), n); }
std::string nights(int n) { return format(trn("{0} night", "{0} nights", n), n); }

void print_text(const ProgressStats& stats) {
  fmt::print("{}\n", format(tr("Streak: {0} (best {1})"), days(stats.current_streak), days(stats.best_streak)));
  fmt::print("{}\n", format(tr("This week: {0} of {1} stretching days; goal met {2}"), stats.days_this_week, stats.goal_days,
                           format(trn("{0} week in a row", "{0} weeks in a row", stats.goal_weeks_in_row),
                                  stats.goal_weeks_in_row)));
  const auto minutes = std::llround(stats.total_minutes);
  fmt::print("{}\n", format(tr("Completed sessions: {0}, {1} of stretching in all"), stats.completed_sessions,
                           format(trn("{0} minute", "{0} minutes", minutes), minutes)));
  if (!stats.routines.empty()) {
    TextTable table({{trc("table heading", "ROUTINE")},
                     {trc("table heading", "COMPLETED"), TextTable::Align::right},
                     {trc("table heading", "SESSIONS"), TextTable::Align::right},
                     {trc("table heading", "LAST")}});
    for (const RoutineCount& r : stats.routines) {
      table.add({r.routine, std::to_string(r.completed), std::to_string(r.sessions), format_date(r.last_day)});
    }
    fmt::print("\n{}", table.text());
  }
  if (!stats.weeks.empty()) {
    TextTable table({{trc("table heading", "WEEK OF")},
                     {trc("table heading", "DAYS"), TextTable::Align::right},
                     {trc("table heading", "SESSIONS"), TextTable::Align::right},
                     {trc("table heading", "MINUTES"), TextTable::Align::right},
                     {trc("table heading", "CRAMPS/NIGHT"), TextTable::Align::right},
                     {trc("table heading", "SEVERITY"), TextTable::Align::right}});
    const std::size_t shown = std::min<std::size_t>(stats.weeks.size(), 8);
    for (auto w = stats.weeks.end() - static_cast<std::ptrdiff_t>(shown); w != stats.weeks.end(); ++w) {
      table.add({format_date(w->start), std::to_string(w->stretching_days), std::to_string(w->sessions),
                 std::to_string(std::llround(w->minutes)), w->diary_nights > 0 ? decimal(w->cramps_per_night, 1) : "-",
                 w->diary_nights > 0 ? decimal(w->mean_severity, 1) : "-"});
    }
    fmt::print("\n{}", table.text());
  }
  const std::string heading = tr("Six-week check:");
  fmt::print("\n{} ", heading);
  if (!stats.six_week_check) {
    fmt::print("{}\n", tr("needs diary entries two weeks apart or more (`limber diary add`)."));
    return;
  }
  const SixWeekCheck& c = *stats.six_week_check;
  const std::string indent(utf8_length(heading) + 1, ' ');
  fmt::print("{}\n", format(tr("first diary week ({0} to {1}, {2}): {3} cramps a night, severity {4}"),
                           format_date(c.first_week.first), format_date(c.first_week.last), nights(c.first_week.nights),
                           decimal(c.first_week.cramps_per_night, 1), decimal(c.first_week.mean_severity, 1)));
  fmt::print("{}{}\n", indent,
             format(tr("latest week ({0} to {1}, {2}): {3} cramps a night, severity {4}"), format_date(c.recent_week.first),
                    format_date(c.recent_week.last), nights(c.recent_week.nights),
                    decimal(c.recent_week.cramps_per_night, 1), decimal(c.recent_week.mean_severity, 1)));
  fmt::print("{}{}\n", indent,
             format(c.six_weeks_reached ? tr("change: {0} cramps a night, {1} severity")
                                        : tr("change: {0} cramps a night, {1} severity (not six weeks yet)"),
                    decimal(c.cramps_change, 1, true), decimal(c.severity_change, 1, true)));
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

void add_stats_command(CommandTable& table) {
  auto json = std::make_shared<bool>(false);
  CLI::App* stats = table.app().add_subcommand("stats", "Streaks, the weekly goal, recent weeks and the six-week check");
  stats->add_flag("--json", *json, "Print JSON");
  table.add(stats, [json](Invocation& invocation) { return command_stats(invocation.context, *json); });
}

}  // namespace limber
