#include "core/reminders/reminder.hpp"

#include <gtest/gtest.h>

namespace limber {
namespace {

TEST(Reminder, ReadsTimesOnTheTwentyFourHourClock) {
  EXPECT_EQ(parse_clock_time("22:15").value(), (ClockTime{22, 15}));
  EXPECT_EQ(parse_clock_time("7:05").value(), (ClockTime{7, 5}));
  EXPECT_EQ(parse_clock_time(" 00:00 ").value(), (ClockTime{0, 0}));
  EXPECT_EQ(format_clock_time(ClockTime{7, 5}), "07:05");
}

TEST(Reminder, BadTimesSayWhatIsWrong) {
  EXPECT_EQ(parse_clock_time("25:00").error(), "25:00 is not a time of day: hours go from 00 to 23");
  EXPECT_EQ(parse_clock_time("07:60").error(), "07:60 is not a time of day: minutes go from 00 to 59");
  for (const char* bad : {"7pm", "", "7", "7:5", "07:005", "-1:00", "ab:cd", "7:30pm", "123:00"}) {
    const auto parsed = parse_clock_time(bad);
    ASSERT_FALSE(parsed) << bad;
    EXPECT_NE(parsed.error().find("HH:MM on the 24-hour clock"), std::string::npos) << parsed.error();
  }
}

TEST(Reminder, ReadsDaysByNameAndByGroup) {
  EXPECT_EQ(weekdays_key(parse_weekdays("mon,wed,fri").value()), "mon,wed,fri");
  EXPECT_EQ(weekdays_key(parse_weekdays("Friday, Monday").value()), "mon,fri");
  EXPECT_EQ(weekdays_key(parse_weekdays("weekdays").value()), "mon,tue,wed,thu,fri");
  EXPECT_EQ(weekdays_key(parse_weekdays("weekends,mon").value()), "mon,sat,sun");
  EXPECT_EQ(weekdays_key(parse_weekdays("daily").value()), "daily");
  EXPECT_EQ(describe_weekdays(parse_weekdays("sat,sun").value()), "at weekends");
  EXPECT_EQ(describe_weekdays(parse_weekdays("mon,wed,fri").value()), "on Mon, Wed and Fri");
}

TEST(Reminder, EmptyOrUnknownDaysAreErrors) {
  EXPECT_NE(parse_weekdays("").error().find("no days given"), std::string::npos);
  EXPECT_NE(parse_weekdays(" , ").error().find("empty day"), std::string::npos);
  EXPECT_NE(parse_weekdays("mon,,tue").error().find("empty day"), std::string::npos);
  EXPECT_EQ(parse_weekdays("mon,funday").error(),
            "\"funday\" is not a day: use mon, tue, wed, thu, fri, sat, sun, or weekdays, weekends, daily");
}

TEST(Reminder, NamesAreUnitNames) {
  EXPECT_FALSE(reminder_name_problem("bedtime"));
  EXPECT_FALSE(reminder_name_problem("morning-2"));
  for (const std::string& bad : std::vector<std::string>{"", "Bedtime", "bed time", "-x", "a/b", "ü", "a.timer", std::string(41, 'a')}) {
    EXPECT_TRUE(reminder_name_problem(bad)) << bad;
  }
}

TEST(Reminder, SaysItsScheduleToSystemdAndToCron) {
  Reminder every_day{"bedtime", ReminderKind::routine, ClockTime{22, 15}, kEveryDay, "Bedtime stretches"};
  EXPECT_EQ(on_calendar(every_day), "*-*-* 22:15:00");
  EXPECT_EQ(crontab_schedule(every_day), "15 22 * * *");
  Reminder some_days = every_day;
  some_days.days = parse_weekdays("mon,sun").value();
  EXPECT_EQ(on_calendar(some_days), "Mon,Sun *-*-* 22:15:00");
  EXPECT_EQ(crontab_schedule(some_days), "15 22 * * 1,0");
}

TEST(Reminder, UnitFilesNameEachOtherAndPersist) {
  const Reminder r{"bedtime", ReminderKind::routine, ClockTime{22, 15}, kEveryDay, "Bedtime 100% stretches"};
  EXPECT_EQ(timer_unit_name(r), "limber-remind-bedtime.timer");
  const std::string timer = timer_unit_text(r);
  EXPECT_NE(timer.find("OnCalendar=*-*-* 22:15:00\n"), std::string::npos);
  EXPECT_NE(timer.find("Persistent=true\n"), std::string::npos);
  EXPECT_NE(timer.find("Unit=limber-remind-bedtime.service\n"), std::string::npos);
  const std::string service = service_unit_text(r, "/usr/bin/limber notify bedtime");
  EXPECT_NE(service.find("ExecStart=/usr/bin/limber notify bedtime\n"), std::string::npos);
  EXPECT_NE(service.find("Bedtime 100%% stretches"), std::string::npos) << "a % is a specifier in unit files";
}

TEST(Reminder, QuotesArgumentsForExecStart) {
  EXPECT_EQ(quote_exec_argument("/usr/bin/limber"), "/usr/bin/limber");
  EXPECT_EQ(quote_exec_argument("/home/a b/x"), "\"/home/a b/x\"");
  EXPECT_EQ(quote_exec_argument("a\"$`\\%"), "\"a\\\"\\$\\`\\\\%%\"");
  EXPECT_EQ(quote_exec_argument(""), "\"\"");
}

TEST(Reminder, HasNothingToSayOnceItsThingIsDone) {
  const Reminder routine{"bedtime", ReminderKind::routine, ClockTime{22, 0}, kEveryDay, "Bedtime stretches"};
  const Reminder diary{"diary", ReminderKind::diary, ClockTime{8, 0}, kEveryDay, ""};
  EXPECT_TRUE(reminder_has_news(routine, ReminderFacts{false, true}));
  EXPECT_FALSE(reminder_has_news(routine, ReminderFacts{true, false}));
  EXPECT_TRUE(reminder_has_news(diary, ReminderFacts{true, false}));
  EXPECT_FALSE(reminder_has_news(diary, ReminderFacts{false, true}));
}

TEST(Reminder, SuggestsTheMorningAndBedtimeRoutines) {
  const auto suggested = suggested_reminders();
  ASSERT_EQ(suggested.size(), 2u);
  EXPECT_EQ(suggested[0].routine, "Morning calf stretch");
  EXPECT_EQ(suggested[1].routine, "Bedtime stretches");
  // One added, the other still offered; a reminder of the user's for the same routine counts.
  const auto after_bedtime = suggested_reminders({suggested[1]});
  ASSERT_EQ(after_bedtime.size(), 1u);
  EXPECT_EQ(after_bedtime[0].name, "morning");
  Reminder own = suggested[0];
  own.name = "calves";
  own.at = ClockTime{6, 45};
  EXPECT_EQ(suggested_reminders({own}).size(), 1u);
  EXPECT_TRUE(suggested_reminders({own, suggested[1]}).empty());
}

}  // namespace
}  // namespace limber
