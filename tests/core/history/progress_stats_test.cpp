// Statistics against values worked out by hand, and the calendar they stand on.
#include "core/history/progress_stats.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include <cstdlib>
#include <ctime>

#include <fmt/format.h>

#include "core/base/record_ids.hpp"

namespace limber {
namespace {

DayNumber day(const char* date) {
  const auto parsed = parse_date(date);
  EXPECT_TRUE(parsed) << date;
  return parsed.value_or(0);
}

SessionRecord session(const std::string& date, SessionOutcome outcome = SessionOutcome::completed,
                      std::int64_t active_seconds = 120, const std::string& routine = "Morning calf stretch",
                      std::optional<std::int64_t> reps = std::nullopt) {
  SessionRecord s;
  s.uuid = date + routine + std::to_string(active_seconds);
  s.routine_name = routine;
  s.local_date = date;
  s.started_utc = date + "T07:00:00Z";
  s.active_seconds = active_seconds;
  s.outcome = outcome;
  s.reps_target = reps;
  return s;
}

TEST(Calendar, ParsesRealDatesOnly) {
  EXPECT_EQ(parse_date("1970-01-01"), 0);
  EXPECT_EQ(parse_date("1970-01-02"), 1);
  EXPECT_EQ(parse_date("2024-02-29"), day("2024-02-28") + 1);
  EXPECT_FALSE(parse_date("2026-02-29"));
  EXPECT_FALSE(parse_date("2026-13-01"));
  EXPECT_FALSE(parse_date("2026-1-01"));
  EXPECT_FALSE(parse_date("2026-01-01x"));
  EXPECT_FALSE(parse_date("20a6-01-01"));
  EXPECT_EQ(format_date(day("2026-11-26")), "2026-11-26");
  EXPECT_EQ(weekday(day("2026-11-26")), 3);  // a Thursday
  EXPECT_EQ(format_date(week_start(day("2026-11-26"))), "2026-11-23");
  EXPECT_EQ(format_date(week_start(day("2026-01-01"))), "2025-12-29");  // weeks cross the year
  EXPECT_EQ(short_date(day("2026-11-26")), "26 Nov");
}

TEST(Calendar, WeeksStartOnTheDayTheLocaleSays) {
  EXPECT_EQ(first_weekday_for_locale("de_DE.UTF-8"), 0);
  EXPECT_EQ(first_weekday_for_locale("en_GB.UTF-8"), 0);
  EXPECT_EQ(first_weekday_for_locale("en_US.UTF-8"), 6);
  EXPECT_EQ(first_weekday_for_locale("pt_BR"), 6);
  EXPECT_EQ(first_weekday_for_locale("ar_EG.UTF-8"), 5);
  EXPECT_EQ(first_weekday_for_locale("C.UTF-8"), 0);
  EXPECT_EQ(first_weekday_for_locale(""), 0);
  EXPECT_EQ(first_weekday_for_locale("en_"), 0);

  set_first_weekday(6);  // Sunday, as in the United States
  EXPECT_EQ(format_date(week_start(day("2026-11-26"))), "2026-11-22");  // the Sunday before a Thursday
  EXPECT_EQ(format_date(week_start(day("2026-11-22"))), "2026-11-22");
  EXPECT_EQ(format_date(week_start(day("2026-11-28"))), "2026-11-22");  // Saturday ends it
  const std::vector<SessionRecord> sessions = {session("2026-11-22"), session("2026-11-28"), session("2026-11-29")};
  const ProgressStats sunday = compute_progress(sessions, {}, day("2026-11-29"));
  set_first_weekday(0);
  ASSERT_FALSE(sunday.weeks.empty());
  EXPECT_EQ(format_date(sunday.weeks.back().start), "2026-11-29");
  EXPECT_EQ(sunday.days_this_week, 1);  // Sunday the 29th starts a new week
  EXPECT_EQ(format_date(sunday.recent_days.front().day), "2026-08-16");  // 16 weeks of Sundays back
  const ProgressStats monday = compute_progress(sessions, {}, day("2026-11-29"));
  EXPECT_EQ(format_date(monday.weeks.back().start), "2026-11-23");
  EXPECT_EQ(monday.days_this_week, 2);  // Saturday and Sunday of the week from Monday the 23rd
}

TEST(Streaks, CountDaysInARowAcrossMonthAndYearEnds) {
  const std::vector<SessionRecord> sessions = {
      session("2025-12-30"), session("2025-12-31"), session("2026-01-01"), session("2026-01-01"),  // two on one day
      session("2026-01-02"), session("2026-01-31"), session("2026-02-01"), session("2026-02-02"),
  };
  const ProgressStats stats = compute_progress(sessions, {}, day("2026-02-02"));
  EXPECT_EQ(stats.best_streak, 4);     // 30 Dec - 2 Jan
  EXPECT_EQ(stats.current_streak, 3);  // 31 Jan - 2 Feb
  EXPECT_EQ(stats.completed_sessions, 8);
}

TEST(Streaks, TodayNotDoneYetKeepsTheStreakAliveAMissedDayEndsIt) {
  const std::vector<SessionRecord> sessions = {session("2026-03-01"), session("2026-03-02")};
  EXPECT_EQ(compute_progress(sessions, {}, day("2026-03-03")).current_streak, 2);
  EXPECT_EQ(compute_progress(sessions, {}, day("2026-03-04")).current_streak, 0);
  EXPECT_EQ(compute_progress(sessions, {}, day("2026-03-04")).best_streak, 2);
}

TEST(Streaks, OnlyCompletedSessionsCount) {
  const std::vector<SessionRecord> sessions = {session("2026-03-01"), session("2026-03-02", SessionOutcome::stopped),
                                               session("2026-03-03", SessionOutcome::interrupted),
                                               session("2026-03-04")};
  const ProgressStats stats = compute_progress(sessions, {}, day("2026-03-04"));
  EXPECT_EQ(stats.current_streak, 1);
  EXPECT_EQ(stats.best_streak, 1);
  EXPECT_DOUBLE_EQ(stats.total_minutes, 8.0);  // all four sessions' time counts as time spent
}

// Sessions carry the local date they were started on. Across the spring and autumn clock changes
// in Europe/Berlin, a session each evening at 21:30 gives one date per day, none skipped or doubled.
TEST(Streaks, DaylightSavingChangesNeitherSkipNorDoubleADay) {
  const char* old_tz = std::getenv("TZ");
  const std::string saved = old_tz != nullptr ? old_tz : "";
  setenv("TZ", "Europe/Berlin", 1);
  tzset();
  std::vector<SessionRecord> sessions;
  for (const auto& [first, count] : {std::pair{"2026-03-25", 10}, std::pair{"2026-10-21", 10}}) {
    std::tm start{};
    start.tm_year = std::atoi(first) - 1900;
    start.tm_mon = std::atoi(first + 5) - 1;
    start.tm_mday = std::atoi(first + 8);
    start.tm_hour = 21;
    start.tm_min = 30;
    start.tm_isdst = -1;
    const auto base = std::chrono::system_clock::from_time_t(std::mktime(&start));
    sessions.clear();
    // A fixed 24 h step lands on 20:30 or 22:30 after a change, still the same calendar day.
    for (int i = 0; i < count; ++i) sessions.push_back(session(local_date(base + std::chrono::hours(24 * i))));
    const DayNumber last = day(sessions.back().local_date.c_str());
    EXPECT_EQ(last - day(first), count - 1) << first;
    const ProgressStats stats = compute_progress(sessions, {}, last);
    EXPECT_EQ(stats.current_streak, count) << first;
    EXPECT_EQ(stats.best_streak, count) << first;
  }
  if (old_tz != nullptr) {
    setenv("TZ", saved.c_str(), 1);
  } else {
    unsetenv("TZ");
  }
  tzset();
}

TEST(WeeklyGoal, FiveOfSevenDaysForgivesMissedDays) {
  // Week of 2 Nov: Mon-Fri (goal met, weekend missed). Week of 9 Nov: Mon, Tue, Thu, Fri, Sun
  // (Wed and Sat missed, met). Week of 16 Nov: Mon-Thu only (4, not met).
  std::vector<SessionRecord> sessions;
  for (const char* date : {"2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06", "2026-11-09",
                           "2026-11-10", "2026-11-12", "2026-11-13", "2026-11-15", "2026-11-16", "2026-11-17",
                           "2026-11-18", "2026-11-19"}) {
    sessions.push_back(session(date));
  }
  const ProgressStats week3 = compute_progress(sessions, {}, day("2026-11-19"));  // Thursday, 3 days left
  ASSERT_EQ(week3.weeks.size(), 3u);
  EXPECT_TRUE(week3.weeks[0].goal_met);
  EXPECT_TRUE(week3.weeks[1].goal_met);
  EXPECT_FALSE(week3.weeks[2].goal_met);
  EXPECT_EQ(week3.days_this_week, 4);
  EXPECT_EQ(week3.goal_weeks_in_row, 2);  // this week can still make it
  EXPECT_EQ(week3.current_streak, 5);     // Sun 15 - Thu 19

  const ProgressStats next_monday = compute_progress(sessions, {}, day("2026-11-23"));
  EXPECT_EQ(next_monday.goal_weeks_in_row, 0);  // last week missed the goal

  const ProgressStats strict = compute_progress(sessions, {}, day("2026-11-19"), GoalSettings{7});
  EXPECT_EQ(strict.goal_weeks_in_row, 0);  // 4 done, 3 left: 7 is still reachable...
  EXPECT_FALSE(strict.weeks[0].goal_met);  // ...but no earlier week met a 7-day goal
}

TEST(WeeklyGoal, AGoalThatCanNoLongerBeMetEndsTheRun) {
  // Goal 5: on Saturday with 2 days done, even today and Sunday give only 4.
  const std::vector<SessionRecord> sessions = {session("2026-11-16"), session("2026-11-17"), session("2026-11-18"),
                                               session("2026-11-19"), session("2026-11-20"), session("2026-11-23"),
                                               session("2026-11-24")};
  EXPECT_EQ(compute_progress(sessions, {}, day("2026-11-28")).goal_weeks_in_row, 0);
  EXPECT_EQ(compute_progress(sessions, {}, day("2026-11-27")).goal_weeks_in_row, 1);
}

TEST(WeeklyFigures, SessionsMinutesAndCrampsPerWeek) {
  const std::vector<SessionRecord> sessions = {
      session("2026-11-02", SessionOutcome::completed, 600), session("2026-11-03", SessionOutcome::stopped, 90),
      session("2026-11-08", SessionOutcome::completed, 300, "Bedtime stretches"),
      session("2026-11-10", SessionOutcome::completed, 360, "Bedtime stretches")};
  const std::vector<DiaryEntry> diary = {{"2026-11-02", 3, 6, ""}, {"2026-11-04", 1, 4, ""}, {"2026-11-09", 0, 0, ""}};
  const ProgressStats stats = compute_progress(sessions, diary, day("2026-11-10"));
  ASSERT_EQ(stats.weeks.size(), 2u);
  EXPECT_EQ(format_date(stats.weeks[0].start), "2026-11-02");
  EXPECT_EQ(stats.weeks[0].sessions, 2);
  EXPECT_EQ(stats.weeks[0].stretching_days, 2);
  EXPECT_DOUBLE_EQ(stats.weeks[0].minutes, 16.5);  // 10 + 1.5 + 5
  EXPECT_EQ(stats.weeks[0].diary_nights, 2);
  EXPECT_DOUBLE_EQ(stats.weeks[0].cramps_per_night, 2.0);
  EXPECT_DOUBLE_EQ(stats.weeks[0].mean_severity, 5.0);
  EXPECT_EQ(stats.weeks[1].sessions, 1);
  EXPECT_DOUBLE_EQ(stats.weeks[1].minutes, 6.0);
  EXPECT_DOUBLE_EQ(stats.weeks[1].cramps_per_night, 0.0);
  ASSERT_EQ(stats.routines.size(), 2u);
  EXPECT_EQ(stats.routines[0].routine, "Bedtime stretches");
  EXPECT_EQ(stats.routines[0].completed, 2);
  EXPECT_EQ(stats.routines[1].completed, 1);
  EXPECT_EQ(stats.routines[1].sessions, 2);
  EXPECT_EQ(format_date(stats.routines[1].last_day), "2026-11-03");
}

TEST(RecentDays, SixteenWholeWeeksWithTheDiaryAndASevenNightAverage) {
  const std::vector<DiaryEntry> diary = {{"2026-11-20", 4, 8, ""}, {"2026-11-22", 2, 6, ""}, {"2026-11-26", 0, 0, ""},
                                         {"2026-11-25", 3, 0, ""}};  // a count whose severity is not said yet
  const ProgressStats stats = compute_progress({session("2026-11-25")}, diary, day("2026-11-26"));
  ASSERT_EQ(stats.recent_days.size(), 112u);
  EXPECT_EQ(weekday(stats.recent_days.front().day), 0);
  EXPECT_EQ(format_date(stats.recent_days.back().day), "2026-11-29");  // this Sunday
  const auto at = [&](const char* date) { return stats.recent_days[static_cast<std::size_t>(day(date) - stats.recent_days.front().day)]; };
  EXPECT_EQ(at("2026-11-25").completed, 1);
  EXPECT_EQ(at("2026-11-22").cramps, 2);
  EXPECT_FALSE(at("2026-11-21").cramps);
  EXPECT_DOUBLE_EQ(*at("2026-11-21").cramps_7day, 4.0);
  EXPECT_DOUBLE_EQ(*at("2026-11-26").cramps_7day, 2.25);  // (4 + 2 + 3 + 0) / 4
  EXPECT_DOUBLE_EQ(*at("2026-11-26").severity_7day, 14.0 / 3);  // (8 + 6 + 0) / 3: the unsaid one is left out
  EXPECT_FALSE(at("2026-11-25").severity);
  EXPECT_FALSE(at("2026-11-19").cramps_7day);
}

TEST(SixWeekCheck, FirstDiaryWeekAgainstTheLatestInTheTrialsTerms) {
  std::vector<DiaryEntry> diary;
  // Week 1 (1-7 Oct): 3 cramps a night, severity 6. Latest week (6-12 Nov): 1 a night on 4
  // nights (one with 2), severity 4.
  for (int d = 1; d <= 7; ++d) diary.push_back({fmt::format("2026-10-{:02}", d), 3, 6, ""});
  diary.push_back({"2026-10-20", 9, 9, ""});  // in between: counts in neither week
  for (int d = 6; d <= 12; d += 2) diary.push_back({fmt::format("2026-11-{:02}", d), d == 6 ? 2 : 1, 4, ""});
  const auto check = six_week_check(diary);
  ASSERT_TRUE(check);
  EXPECT_EQ(check->first_week.nights, 7);
  EXPECT_DOUBLE_EQ(check->first_week.cramps_per_night, 3.0);
  EXPECT_EQ(check->recent_week.nights, 4);
  EXPECT_DOUBLE_EQ(check->recent_week.cramps_per_night, 1.25);
  EXPECT_DOUBLE_EQ(check->cramps_change, -1.75);
  EXPECT_DOUBLE_EQ(check->severity_change, -2.0);
  EXPECT_DOUBLE_EQ(check->weeks_apart, 36.0 / 7.0);  // 1 Oct to 6 Nov
  EXPECT_TRUE(check->six_weeks_reached);     // 1 Oct - 12 Nov is 43 days
  diary.pop_back();                          // ends 10 Nov: 41 days
  EXPECT_FALSE(six_week_check(diary)->six_weeks_reached);
  EXPECT_FALSE(six_week_check({{"2026-10-01", 1, 1, ""}, {"2026-10-13", 1, 1, ""}}));  // weeks would overlap
  EXPECT_TRUE(six_week_check({{"2026-10-01", 1, 1, ""}, {"2026-10-14", 1, 1, ""}}));
}

TEST(SuggestedReps, OneMoreAfterThreeCompletedSessionsAtTheTarget) {
  const RepRange range{6, 8};
  std::vector<SessionRecord> sessions;
  const auto add = [&](std::int64_t reps, SessionOutcome outcome) {
    sessions.push_back(session("2026-11-01", outcome, 120, "Morning calf stretch", reps));
  };
  EXPECT_FALSE(suggested_reps(sessions, "Morning calf stretch", range));
  add(6, SessionOutcome::completed);
  add(6, SessionOutcome::stopped);
  add(6, SessionOutcome::completed);
  EXPECT_EQ(suggested_reps(sessions, "Morning calf stretch", range), 6);
  add(6, SessionOutcome::completed);
  EXPECT_EQ(suggested_reps(sessions, "Morning calf stretch", range), 7);
  add(7, SessionOutcome::completed);
  add(7, SessionOutcome::completed);
  EXPECT_EQ(suggested_reps(sessions, "Morning calf stretch", range), 7);
  add(7, SessionOutcome::completed);
  EXPECT_EQ(suggested_reps(sessions, "Morning calf stretch", range), 8);
  for (int i = 0; i < 3; ++i) add(8, SessionOutcome::completed);
  EXPECT_EQ(suggested_reps(sessions, "Morning calf stretch", range), 8);  // the range's maximum
  EXPECT_FALSE(suggested_reps(sessions, "Bedtime stretches", range));
  // Completions at an older target do not count toward the current one.
  add(6, SessionOutcome::completed);
  EXPECT_EQ(suggested_reps(sessions, "Morning calf stretch", range), 6);
}

TEST(WeeklyGoal, StaysBetweenOneAndSevenDays) {
  EXPECT_EQ(clamp_goal_days(0), 1);
  EXPECT_EQ(clamp_goal_days(9), 7);
  EXPECT_EQ(clamp_goal_days(5), 5);
}

TEST(LastDone, CountsOnlySessionsDoneToTheirEndAndNamesTheDayInWords) {
  const std::vector<SessionRecord> sessions = {session("2026-11-20", SessionOutcome::stopped),
                                               session("2026-11-18", SessionOutcome::interrupted),
                                               session("2026-11-10")};
  EXPECT_EQ(format_date(*last_done(sessions, "Morning calf stretch")), "2026-11-10");
  EXPECT_FALSE(last_done(sessions, "Bedtime stretches"));
  EXPECT_EQ(days_ago_text(day("2026-11-26"), day("2026-11-26")), "today");
  EXPECT_EQ(days_ago_text(day("2026-11-25"), day("2026-11-26")), "yesterday");
  EXPECT_EQ(days_ago_text(day("2026-11-20"), day("2026-11-26")), "6 days ago");
  EXPECT_EQ(days_ago_text(day("2026-11-19"), day("2026-11-26")), "19 Nov");
}

TEST(Progress, NoRecordsGiveZerosNotCrashes) {
  const ProgressStats stats = compute_progress({}, {}, day("2026-11-26"));
  EXPECT_EQ(stats.current_streak, 0);
  EXPECT_TRUE(stats.weeks.empty());
  EXPECT_EQ(stats.goal_weeks_in_row, 0);
  EXPECT_FALSE(stats.six_week_check);
  EXPECT_EQ(stats.recent_days.size(), 112u);
}

}  // namespace
}  // namespace limber

namespace limber {
namespace {

// The cramp chart spans what it has: three weeks of diary fill it (with at least four weeks shown),
// not its right fifth; sixteen weeks of data show all sixteen where they fit, the newest where not.
TEST(CrampChart, SpansTheWeeksThatHaveSomethingToShow) {
  std::vector<DayFigures> days(kProgressWeeks * 7);
  for (std::size_t i = 0; i < days.size(); ++i) days[i].day = static_cast<DayNumber>(1000 + i);
  EXPECT_EQ(chart_first_day(days, 1000), kProgressWeeks * 7 - kChartMinWeeks * 7) << "nothing yet: the last four weeks";
  // Three weeks of diary, the first entry on a Wednesday: from that week's start.
  for (std::size_t i = days.size() - 19; i < days.size(); ++i) days[i].cramps = 1;
  EXPECT_EQ(chart_first_day(days, 1000), kProgressWeeks * 7 - kChartMinWeeks * 7);
  // Ten weeks: from the first entry's week.
  days[days.size() - 68].completed = 1;
  EXPECT_EQ(chart_first_day(days, 1000), static_cast<int>(days.size() - 70));
  // Everything since the start, but room for 50 days only: the newest whole weeks that fit.
  days[3].tried = 1;
  EXPECT_EQ(chart_first_day(days, 1000), 0);
  EXPECT_EQ(chart_first_day(days, 50), static_cast<int>(days.size()) - 49);
}

// Earlier weeks, a page back: the calendar and chart's days end 16 weeks before this one, with
// the diary in them; the rest of the figures stay as of today; "earlier" says whether there is more.
TEST(RecentDays, PagedBackTheyEndWeeksBeforeThisOneAndSayWhetherThereIsMore) {
  const std::vector<DiaryEntry> diary = {{"2026-06-10", 5, 7, ""}, {"2026-11-20", 1, 2, ""}};
  const ProgressStats now = compute_progress({session("2026-11-25")}, diary, day("2026-11-26"));
  EXPECT_TRUE(now.earlier) << "June is before the last 16 weeks";
  const ProgressStats back = compute_progress({session("2026-11-25")}, diary, day("2026-11-26"), {}, kProgressWeeks);
  ASSERT_EQ(back.recent_days.size(), 112u);
  EXPECT_EQ(back.weeks_back, kProgressWeeks);
  EXPECT_EQ(back.recent_days.back().day, now.recent_days.front().day - 1);
  EXPECT_EQ(weekday(back.recent_days.front().day), 0);
  const auto june = std::find_if(back.recent_days.begin(), back.recent_days.end(), [&](const DayFigures& d) { return d.day == day("2026-06-10"); });
  ASSERT_NE(june, back.recent_days.end());
  EXPECT_EQ(june->cramps, 5);
  EXPECT_FALSE(back.earlier) << "nothing before June";
  EXPECT_EQ(back.completed_sessions, 1) << "the totals stay as of today";
}

}  // namespace
}  // namespace limber
