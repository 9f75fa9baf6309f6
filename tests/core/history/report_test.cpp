#include "core/history/report.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace limber {
namespace {

using ::testing::HasSubstr;

DayNumber day(const char* date) { return parse_date(date).value(); }

SessionRecord session(const char* date, SessionOutcome outcome = SessionOutcome::completed, const char* routine = "Bedtime") {
  SessionRecord s;
  s.uuid = std::string(date) + routine;
  s.routine_name = routine;
  s.local_date = date;
  s.active_seconds = 300;
  s.outcome = outcome;
  return s;
}

TEST(ReportPeriod, WholeWeeksEndingTodayOrFromADayButNeverPastToday) {
  const DayNumber today = day("2026-11-30");
  const ReportPeriod six = report_period(std::nullopt, 6, today);
  EXPECT_EQ(format_date(six.first), "2026-10-20");
  EXPECT_EQ(six.last, today);
  EXPECT_EQ(six.days(), 42);
  const ReportPeriod from = report_period(day("2026-11-01"), 2, today);
  EXPECT_EQ(format_date(from.last), "2026-11-14");
  EXPECT_EQ(report_period(day("2026-11-25"), 6, today).last, today);  // the future is not reported
  EXPECT_EQ(report_period(std::nullopt, 0, today).days(), 7);        // at least a week
  EXPECT_EQ(report_period(std::nullopt, 100000, today).days(), kReportMaxWeeks * 7);
}

TEST(Report, CountsTheNightsTheSeveritiesAndTheStretchedDaysOfThePeriodOnly) {
  const ReportPeriod period{day("2026-11-01"), day("2026-11-07")};
  const std::vector<DiaryEntry> diary = {{"2026-10-31", 9, 9, ""},  // before: left out
                                         {"2026-11-01", 2, 6, ""},
                                         {"2026-11-02", 0, 0, ""},
                                         {"2026-11-03", 3, 0, ""},  // severity not said: cramps only
                                         // (a night without cramps counts as severity 0, as on the progress screen)
                                         {"2026-11-07", 1, 4, ""}};
  const std::vector<SessionRecord> sessions = {session("2026-11-01"), session("2026-11-01", SessionOutcome::completed, "Morning"),
                                               session("2026-11-02", SessionOutcome::stopped), session("2026-11-05"),
                                               session("2026-11-08")};
  const ReportFigures r = compute_report(sessions, diary, period);
  ASSERT_EQ(r.days.size(), 7u);
  EXPECT_EQ(r.diary_nights, 4);
  EXPECT_DOUBLE_EQ(r.cramps_per_night, 6.0 / 4);
  ASSERT_TRUE(r.mean_severity);
  EXPECT_DOUBLE_EQ(*r.mean_severity, 10.0 / 3);
  EXPECT_EQ(r.most_cramps, 3);
  EXPECT_EQ(r.stretched_days, 2);  // the 1st and the 5th; a stopped session is not stretching done
  EXPECT_DOUBLE_EQ(r.adherence, 2.0 / 7);
  EXPECT_FALSE(r.days[1].stretched);
  EXPECT_FALSE(r.days[3].cramps);  // no entry for the 4th
  EXPECT_FALSE(r.weeks);           // a week of diary cannot be compared with itself
  ASSERT_EQ(r.routines.size(), 2u);
  EXPECT_EQ(r.routines[0].name, "Bedtime");
  EXPECT_EQ(r.routines[0].completed, 2);
  EXPECT_EQ(r.routines[0].days, 2);
  EXPECT_DOUBLE_EQ(r.routines[0].minutes, 10);
  const std::string csv = report_csv(r);
  EXPECT_THAT(csv, HasSubstr("diary_nights,4\ncramps_per_night,1.50\nmean_severity,3.33\n"));
  EXPECT_THAT(csv, HasSubstr("2026-11-03,3,,0,0,\n2026-11-04,,,0,0,\n2026-11-05,,,1,0,\n"));
}

TEST(Report, ComparesThePeriodsFirstDiaryWeekWithItsLatest) {
  std::vector<DiaryEntry> diary;
  for (DayNumber d = day("2026-10-01"); d <= day("2026-11-11"); ++d) {
    const bool early = d < day("2026-10-08");
    diary.push_back({format_date(d), early ? 3 : 1, early ? 7 : 3, ""});
  }
  const ReportFigures r = compute_report({}, diary, {day("2026-10-01"), day("2026-11-11")});
  ASSERT_TRUE(r.weeks);
  EXPECT_DOUBLE_EQ(r.weeks->first_week.cramps_per_night, 3);
  EXPECT_DOUBLE_EQ(r.weeks->recent_week.cramps_per_night, 1);
  EXPECT_DOUBLE_EQ(r.weeks->cramps_change, -2);
  EXPECT_DOUBLE_EQ(r.weeks->severity_change, -4);
  EXPECT_TRUE(r.weeks->six_weeks_reached);
  EXPECT_EQ(r.stretched_days, 0);
  EXPECT_EQ(r.adherence, 0);
}

TEST(Report, PaperFollowsTheLocalesTerritory) {
  EXPECT_EQ(paper_for_locale("en_US.UTF-8"), Paper::letter);
  EXPECT_EQ(paper_for_locale("fr_CA"), Paper::letter);
  EXPECT_EQ(paper_for_locale("en_GB.UTF-8"), Paper::a4);
  EXPECT_EQ(paper_for_locale("de_DE.UTF-8"), Paper::a4);
  EXPECT_EQ(paper_for_locale("C.UTF-8"), Paper::a4);
  EXPECT_EQ(paper_for_locale(""), Paper::a4);
}

}  // namespace
}  // namespace limber
