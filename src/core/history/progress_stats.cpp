#include "core/history/progress_stats.hpp"

#include "core/base/translate.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/history/diary_rules.hpp"

namespace limber {
namespace {

struct DiaryNight {
  DayNumber day;
  const DiaryEntry* entry;
};

std::vector<DiaryNight> diary_nights(const std::vector<DiaryEntry>& diary) {
  std::vector<DiaryNight> nights;
  for (const DiaryEntry& entry : diary) {
    if (const auto day = parse_date(entry.date)) nights.push_back({*day, &entry});
  }
  std::sort(nights.begin(), nights.end(), [](const DiaryNight& a, const DiaryNight& b) { return a.day < b.day; });
  return nights;
}

DiaryWeek diary_week(const std::vector<DiaryNight>& nights, DayNumber first, DayNumber last) {
  DiaryWeek week{first, last, 0, 0, 0};
  double cramps = 0;
  double severity = 0;
  int severity_nights = 0;  // a count whose severity is not said yet counts for cramps only
  for (const DiaryNight& night : nights) {
    if (night.day < first || night.day > last) continue;
    ++week.nights;
    cramps += night.entry->cramps;
    if (const auto worst = worst_severity(*night.entry)) {
      severity += *worst;
      ++severity_nights;
    }
  }
  if (week.nights > 0) week.cramps_per_night = cramps / week.nights;
  if (severity_nights > 0) week.mean_severity = severity / severity_nights;
  return week;
}

double minutes_of(const SessionRecord& s) { return static_cast<double>(s.active_seconds) / 60.0; }

int best_run(const std::set<DayNumber>& days) {
  int best = 0;
  int run = 0;
  std::optional<DayNumber> previous;
  for (const DayNumber day : days) {
    run = previous && day == *previous + 1 ? run + 1 : 1;
    best = std::max(best, run);
    previous = day;
  }
  return best;
}

int run_ending_at(const std::set<DayNumber>& days, DayNumber last) {
  int run = 0;
  while (days.count(last - run) > 0) ++run;
  return run;
}

}  // namespace

std::optional<SixWeekCheck> six_week_check(const std::vector<DiaryEntry>& diary) {
  const std::vector<DiaryNight> nights = diary_nights(diary);
  if (nights.empty()) return std::nullopt;
  const DayNumber first = nights.front().day;
  const DayNumber last = nights.back().day;
  if (last - first < 13) return std::nullopt;  // the two weeks would overlap
  SixWeekCheck check;
  check.first_week = diary_week(nights, first, first + 6);
  check.recent_week = diary_week(nights, last - 6, last);
  check.weeks_apart = static_cast<double>(check.recent_week.first - first) / 7.0;
  check.cramps_change = check.recent_week.cramps_per_night - check.first_week.cramps_per_night;
  check.severity_change = check.recent_week.mean_severity - check.first_week.mean_severity;
  check.six_weeks_reached = last - first + 1 >= 42;
  return check;
}

ProgressStats compute_progress(const std::vector<SessionRecord>& sessions, const std::vector<DiaryEntry>& diary,
                               DayNumber today, const GoalSettings& goal, int weeks_back) {
  ProgressStats stats;
  stats.weeks_back = std::max(0, weeks_back);
  stats.today = today;
  stats.goal_days = goal.days_per_week;

  std::set<DayNumber> stretching_days;
  std::map<DayNumber, WeekFigures> weeks;
  std::map<std::string, RoutineCount> routines;
  std::optional<DayNumber> first_day;
  const DayNumber chart_start = week_start(today) - (kProgressWeeks - 1 + stats.weeks_back) * 7;
  stats.recent_days.resize(kProgressWeeks * 7);
  for (std::size_t i = 0; i < stats.recent_days.size(); ++i) {
    stats.recent_days[i].day = chart_start + static_cast<DayNumber>(i);
  }
  const auto recent_day = [&](DayNumber day) -> DayFigures* {
    const DayNumber index = day - chart_start;
    if (index < 0 || index >= static_cast<DayNumber>(stats.recent_days.size())) return nullptr;
    return &stats.recent_days[static_cast<std::size_t>(index)];
  };

  for (const SessionRecord& s : sessions) {
    const auto day = parse_date(s.local_date);
    if (!day) continue;
    first_day = first_day ? std::min(*first_day, *day) : *day;
    const bool completed = s.outcome == SessionOutcome::completed;
    WeekFigures& week = weeks[week_start(*day)];
    week.minutes += minutes_of(s);
    stats.total_minutes += minutes_of(s);
    RoutineCount& routine = routines[s.routine_name];
    routine.routine = s.routine_name;
    ++routine.sessions;
    routine.last_day = std::max(routine.last_day, *day);
    if (DayFigures* figures = recent_day(*day)) figures->minutes += minutes_of(s);
    if (!completed) continue;
    ++week.sessions;
    ++stats.completed_sessions;
    ++routine.completed;
    stretching_days.insert(*day);
    if (DayFigures* figures = recent_day(*day)) ++figures->completed;
  }
  for (const DayNumber day : stretching_days) ++weeks[week_start(day)].stretching_days;

  const std::vector<DiaryNight> nights = diary_nights(diary);
  std::map<DayNumber, int> severity_nights;  // by week: the nights whose severity was said
  for (const DiaryNight& night : nights) {
    first_day = first_day ? std::min(*first_day, night.day) : night.day;
    WeekFigures& week = weeks[week_start(night.day)];
    ++week.diary_nights;
    week.cramps_per_night += night.entry->cramps;  // summed here, divided below
    const auto worst = worst_severity(*night.entry);
    if (worst) {
      week.mean_severity += *worst;
      ++severity_nights[week_start(night.day)];
    }
    if (DayFigures* figures = recent_day(night.day)) {
      figures->cramps = night.entry->cramps;
      figures->severity = worst;
    }
  }
  for (DayFigures& figures : stats.recent_days) {
    const DiaryWeek window = diary_week(nights, figures.day - 6, figures.day);
    if (window.nights == 0) continue;
    figures.cramps_7day = window.cramps_per_night;
    figures.severity_7day = window.mean_severity;
  }

  stats.earlier = first_day && *first_day < chart_start;
  if (first_day) {
    for (DayNumber start = week_start(std::min(*first_day, today)); start <= week_start(today); start += 7) {
      WeekFigures week = weeks[start];
      week.start = start;
      if (week.diary_nights > 0) week.cramps_per_night /= week.diary_nights;
      if (const int known = severity_nights[start]; known > 0) week.mean_severity /= known;
      week.goal_met = week.stretching_days >= goal.days_per_week;
      stats.weeks.push_back(week);
    }
  }

  stats.best_streak = best_run(stretching_days);
  stats.current_streak = std::max(run_ending_at(stretching_days, today), run_ending_at(stretching_days, today - 1));

  if (!stats.weeks.empty()) {
    const WeekFigures& this_week = stats.weeks.back();
    stats.days_this_week = this_week.stretching_days;
    const bool today_done = stretching_days.count(today) > 0;
    const int days_left = 6 - weekday(today) + (today_done ? 0 : 1);
    const bool still_reachable = this_week.stretching_days + days_left >= goal.days_per_week;
    if (this_week.goal_met || still_reachable) {
      int run = this_week.goal_met ? 1 : 0;
      for (auto week = stats.weeks.rbegin() + 1; week != stats.weeks.rend() && week->goal_met; ++week) ++run;
      stats.goal_weeks_in_row = run;
    }
  }

  for (auto& [name, count] : routines) stats.routines.push_back(count);
  std::stable_sort(stats.routines.begin(), stats.routines.end(),
                   [](const RoutineCount& a, const RoutineCount& b) { return a.completed > b.completed; });
  stats.six_week_check = six_week_check(diary);
  return stats;
}

std::optional<int> suggested_reps(const std::vector<SessionRecord>& sessions, const std::string& routine_name,
                                  const RepRange& range) {
  std::optional<std::int64_t> target;
  int completions = 0;
  // Newest first: the latest target, and how many completed sessions since it was chosen.
  for (auto s = sessions.rbegin(); s != sessions.rend(); ++s) {
    if (s->routine_name != routine_name || !s->reps_target) continue;
    if (!target) target = s->reps_target;
    if (*s->reps_target != *target) break;
    if (s->outcome == SessionOutcome::completed) ++completions;
  }
  if (!target) return std::nullopt;
  const int current = range.clamp(static_cast<int>(*target));
  return completions >= kCompletionsBeforeMoreReps ? range.clamp(current + 1) : current;
}

int clamp_goal_days(int days) { return std::clamp(days, GoalSettings::kMinDays, GoalSettings::kMaxDays); }

std::optional<DayNumber> last_done(const std::vector<SessionRecord>& sessions, const std::string& routine_name) {
  std::optional<DayNumber> last;
  for (const SessionRecord& s : sessions) {
    if (s.routine_name != routine_name || s.outcome != SessionOutcome::completed) continue;
    if (const auto day = parse_date(s.local_date)) last = last ? std::max(*last, *day) : *day;
  }
  return last;
}

std::string diary_entry_text(const DiaryEntry& entry) {
  if (entry.cramps == 0) return tr("No cramps");
  const std::string count = format(trn("{0} cramp", "{0} cramps", entry.cramps), entry.cramps);
  if (const auto worst = worst_severity(entry)) return format(tr("{0}, worst {1} of 10"), count, *worst);
  return count;
}

std::string days_ago_text(DayNumber day, DayNumber today) {
  const int ago = today - day;
  if (ago == 0) return tr("today");
  if (ago == 1) return tr("yesterday");
  if (ago > 1 && ago < 7) return format(trn("{0} day ago", "{0} days ago", ago), ago);
  return short_date(day);
}

void add_night_marks(ProgressStats& stats, const std::vector<CrampEvent>& rescues, const TriedDays& tried) {
  if (stats.recent_days.empty()) return;
  const DayNumber first = stats.recent_days.front().day;
  const auto at = [&](DayNumber day) -> DayFigures* {
    const DayNumber index = day - first;
    if (index < 0 || index >= static_cast<DayNumber>(stats.recent_days.size())) return nullptr;
    return &stats.recent_days[static_cast<std::size_t>(index)];
  };
  for (const CrampEvent& event : rescues) {
    if (const auto night = parse_date(event.night)) {
      if (DayFigures* d = at(*night)) ++d->rescues;
    }
  }
  for (const auto& [date, things] : tried) {
    if (const auto day = parse_date(date)) {
      if (DayFigures* d = at(*day)) d->tried = static_cast<int>(things.size());
    }
  }
}

int chart_first_day(const std::vector<DayFigures>& days, int max_days) {
  const int count = static_cast<int>(days.size());
  int first = count;
  for (int i = 0; i < count; ++i) {
    const DayFigures& d = days[static_cast<std::size_t>(i)];
    if (d.cramps || d.completed > 0 || d.tried > 0 || d.rescues > 0) {
      first = i;
      break;
    }
  }
  first -= first % 7;                                  // whole weeks, as the calendar
  first = std::min(first, count - kChartMinWeeks * 7);  // at least the last few weeks
  int fit = count - std::max(max_days, 7);             // at most what fits, in whole weeks
  if (fit > 0) fit = (fit + 6) / 7 * 7;
  first = std::max(first, fit);
  return std::clamp(first, 0, std::max(0, count - 7));
}

}  // namespace limber
