// `limber remind add|list|remove` on real folders: the unit files it writes are checked by
// systemd's own tools (`systemd-analyze verify` and `calendar`), and bad input writes nothing.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <regex>
#include <sstream>

#include "core/reminders/reminder.hpp"
#include "support/fixtures.hpp"
#include "support/run_command.hpp"

namespace limber {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::CommandResult;
using testing::shell_quote;

class RemindCli : public ::testing::Test {
 protected:
  CommandResult limber(const std::vector<std::string>& args) {
    return testing::run_command(LIMBER_BINARY, args,
                                "LIMBER_DATA_DIR=" + shell_quote(data_.path().string()) +
                                    " XDG_CONFIG_HOME=" + shell_quote(config_.path().string()));
  }
  std::filesystem::path unit_dir() const { return config_ / "systemd" / "user"; }
  // systemd-analyze's --user mode wants a runtime folder of its own, which this test gives it.
  CommandResult systemd_analyze(const std::vector<std::string>& args) {
    const auto runtime = config_ / "runtime";
    std::filesystem::create_directories(runtime);
    ::chmod(runtime.c_str(), 0700);
    return testing::run_command("systemd-analyze", args, "XDG_RUNTIME_DIR=" + shell_quote(runtime.string()));
  }

  // Whether a systemd user manager runs for this user: then a reminder rings, and adding it is done
  // (exit 0); here in CI none runs, and adding says how to make it ring and exits 1.
  static bool user_manager_runs() { return testing::run_command("systemctl", {"--user", "show-environment"}).exit_code == 0; }
  static int added_code() { return user_manager_runs() ? 0 : 1; }

  testing::ScratchDir data_;
  testing::ScratchDir config_;
};

TEST_F(RemindCli, AddWritesATimerAndServiceThatSystemdAccepts) {
  const auto added = limber({"remind", "add", "bedtime", "--at", "22:15", "--days", "mon,wed,fri", "--routine", "bedtime-stretches"});
  ASSERT_EQ(added.exit_code, added_code()) << added.err;
  EXPECT_EQ(added.out,
            "Reminder bedtime at 22:15 on Mon, Wed and Fri: Bedtime stretches (timer limber-remind-bedtime.timer).\n");
  // Here no systemd user manager runs: it says so plainly, and gives the crontab line instead.
  if (!user_manager_runs()) {
    EXPECT_THAT(added.err, HasSubstr("this reminder will not ring yet: no systemd user manager runs for you"));
    EXPECT_THAT(added.err, Not(HasSubstr("Failed to connect to bus")));
    EXPECT_THAT(added.err, HasSubstr("crontab -e"));
    EXPECT_THAT(added.err, HasSubstr("15 22 * * 1,3,5 "));
    EXPECT_THAT(added.err, HasSubstr(" notify bedtime\n"));
  }
  const auto timer = unit_dir() / "limber-remind-bedtime.timer";
  const auto service = unit_dir() / "limber-remind-bedtime.service";
  ASSERT_TRUE(std::filesystem::exists(timer) && std::filesystem::exists(service));
  EXPECT_THAT(testing::read_file(timer), HasSubstr("\nOnCalendar=Mon,Wed,Fri *-*-* 22:15:00\n"));
  EXPECT_THAT(testing::read_file(timer), HasSubstr("\nPersistent=true\n"));
  EXPECT_THAT(testing::read_file(service), HasSubstr(std::string(" --data-dir ") + data_.path().string() + " notify bedtime\n"));
  const auto verified = systemd_analyze({"verify", "--user", timer.string(), service.string()});
  EXPECT_EQ(verified.exit_code, 0) << verified.out << verified.err;
  EXPECT_EQ(verified.out + verified.err, "") << "systemd has a remark on the units";
}

TEST_F(RemindCli, SystemdReadsEveryTimeAndDayCombinationAsMeant) {
  // Every non-empty set of weekdays at the edges of the day and two ordinary times: over its next
  // seven elapses, systemd rings each on exactly those weekdays, at that time.
  std::vector<std::string> expressions;
  std::vector<Reminder> reminders;
  for (const ClockTime at : {ClockTime{0, 0}, ClockTime{7, 30}, ClockTime{22, 15}, ClockTime{23, 59}}) {
    for (int mask = 1; mask < 128; ++mask) {
      Reminder r{"x", ReminderKind::routine, at, {}, ""};
      for (int d = 0; d < 7; ++d) r.days[static_cast<std::size_t>(d)] = (mask & (1 << d)) != 0;
      // What the command line reads back from its own key is the same set.
      ASSERT_EQ(parse_weekdays(weekdays_key(r.days)).value(), r.days);
      reminders.push_back(r);
      expressions.push_back(on_calendar(r));
    }
  }
  const auto result = systemd_analyze([&] {
    std::vector<std::string> args{"calendar", "--iterations=7"};
    args.insert(args.end(), expressions.begin(), expressions.end());
    return args;
  }());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  static const std::array<std::string, 7> kDays{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  const std::regex elapse(R"((?:Next elapse|Iter\. #\d+): (\w{3}) \d{4}-\d{2}-\d{2} (\d{2}):(\d{2}):00)");
  std::istringstream lines(result.out);
  std::string line;
  int expression = -1;
  std::vector<Weekdays> rung(reminders.size(), Weekdays{});
  while (std::getline(lines, line)) {
    std::smatch m;
    if (line.find("Normalized form:") != std::string::npos) {
      ++expression;
      ASSERT_LT(static_cast<std::size_t>(expression), reminders.size());
    } else if (std::regex_search(line, m, elapse)) {
      const auto at = static_cast<std::size_t>(expression);
      const auto day = std::find(kDays.begin(), kDays.end(), m[1].str()) - kDays.begin();
      ASSERT_LT(day, 7) << line;
      rung[at][static_cast<std::size_t>(day)] = true;
      EXPECT_EQ(std::stoi(m[2].str()), reminders[at].at.hour) << expressions[at];
      EXPECT_EQ(std::stoi(m[3].str()), reminders[at].at.minute) << expressions[at];
    }
  }
  EXPECT_EQ(static_cast<std::size_t>(expression + 1), reminders.size()) << "systemd answered for fewer expressions";
  for (std::size_t i = 0; i < reminders.size(); ++i) {
    EXPECT_EQ(rung[i], reminders[i].days) << expressions[i] << " rings on other days";
  }
}

TEST_F(RemindCli, BadTimesAndDaysAreClearErrorsThatWriteNothing) {
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases{
      {{"--at", "25:00"}, "limber: --at: 25:00 is not a time of day: hours go from 00 to 23\n"},
      {{"--at", "7pm"}, "limber: --at: write the time as HH:MM on the 24-hour clock, e.g. 07:30 or 22:15 (not \"7pm\")\n"},
      {{"--at", "07:30", "--days", ""},
       "limber: --days: no days given: name them (e.g. mon,wed,fri), or leave --days out for every day\n"},
      {{"--at", "07:30", "--days", "mon,someday"},
       "limber: --days: \"someday\" is not a day: use mon, tue, wed, thu, fri, sat, sun, or weekdays, weekends, daily\n"},
  };
  for (const auto& [options, error] : cases) {
    std::vector<std::string> args{"remind", "add", "morning"};
    args.insert(args.end(), options.begin(), options.end());
    const auto result = limber(args);
    EXPECT_EQ(result.exit_code, 2) << options[1];
    EXPECT_EQ(result.err, error);
    EXPECT_EQ(result.out, "");
  }
  const auto bad_name = limber({"remind", "add", "Bed Time", "--at", "22:00"});
  EXPECT_EQ(bad_name.exit_code, 2);
  EXPECT_THAT(bad_name.err, HasSubstr("cannot name a reminder"));
  const auto no_routine = limber({"remind", "add", "x", "--at", "22:00", "--routine", "no such routine"});
  EXPECT_EQ(no_routine.exit_code, 1);
  EXPECT_FALSE(std::filesystem::exists(unit_dir())) << "nothing is written for a reminder that was refused";
  EXPECT_FALSE(std::filesystem::exists(config_ / "limber" / "reminders.json"));
}

TEST_F(RemindCli, ListsRemovesAndOffersTwoToStartWith) {
  const auto empty = limber({"remind", "list"});
  EXPECT_THAT(empty.out, HasSubstr("No reminders yet. Two to start with:\n"
                                   "  limber remind add morning --at 07:30 --routine \"Morning calf stretch\"\n"
                                   "  limber remind add bedtime --at 22:00 --routine \"Bedtime stretches\"\n"));
  ASSERT_EQ(limber({"remind", "add", "bedtime", "--at", "22:00", "--routine", "Bedtime stretches"}).exit_code, added_code());
  const auto diary = limber({"remind", "add", "diary", "--at", "8:05", "--days", "weekdays", "--diary"});
  ASSERT_EQ(diary.exit_code, added_code()) << diary.err;
  EXPECT_EQ(diary.out, "Reminder diary at 08:05 on weekdays: the cramp diary (timer limber-remind-diary.timer).\n");
  const auto listed = limber({"remind", "list"});
  if (user_manager_runs()) {
    EXPECT_EQ(listed.out,
              "NAME     AT     DAYS         WHAT               RINGS\n"
              "diary    08:05  on weekdays  cramp diary        yes\n"
              "bedtime  22:00  every day    Bedtime stretches  yes\n");
  } else {
    // Each that will not ring says so, and why.
    EXPECT_THAT(listed.out, ::testing::StartsWith("NAME     AT     DAYS         WHAT               RINGS\n"
                                                  "diary    08:05  on weekdays  cramp diary        no\n"
                                                  "bedtime  22:00  every day    Bedtime stretches  no\n"));
    EXPECT_THAT(listed.out, HasSubstr("bedtime will not ring: no systemd user manager runs for you on this computer"));
  }
  const auto removed = limber({"remind", "remove", "diary"});
  EXPECT_EQ(removed.exit_code, 0) << removed.err;
  EXPECT_EQ(removed.out, "Reminder diary removed, with its timer.\n");
  EXPECT_FALSE(std::filesystem::exists(unit_dir() / "limber-remind-diary.timer"));
  EXPECT_FALSE(std::filesystem::exists(unit_dir() / "limber-remind-diary.service"));
  EXPECT_TRUE(std::filesystem::exists(unit_dir() / "limber-remind-bedtime.timer"));
  const auto again = limber({"remind", "remove", "diary"});
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_THAT(again.err, HasSubstr("there is no reminder named \"diary\""));
}

// The crontab line names the bus and display this session has (XDG_RUNTIME_DIR's bus), never a
// guess such as /run/user/0/bus or DISPLAY=:0.
TEST_F(RemindCli, TheCrontabLineUsesThisSessionsBusAndNoGuessedDisplay) {
  if (user_manager_runs()) GTEST_SKIP() << "a systemd user manager runs here: no crontab line is offered";
  const auto runtime = config_ / "run";
  const auto added = testing::run_command(
      "env", {"-u", "DISPLAY", "-u", "WAYLAND_DISPLAY", "-u", "DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR=" + runtime.string(),
              "LIMBER_DATA_DIR=" + data_.path().string(), "XDG_CONFIG_HOME=" + config_.path().string(), LIMBER_BINARY, "remind",
              "add", "bedtime", "--at", "22:00"});
  EXPECT_EQ(added.exit_code, 1);
  EXPECT_THAT(added.err, HasSubstr("DBUS_SESSION_BUS_ADDRESS=unix:path=" + runtime.string() + "/bus"));
  EXPECT_THAT(added.err, Not(HasSubstr("DISPLAY=:0")));
  EXPECT_THAT(added.err, Not(HasSubstr("/run/user/")));
}

TEST_F(RemindCli, ABrokenRemindersFileIsNoticedNotFatal) {
  testing::write_file(config_ / "limber" / "reminders.json", "{not json");
  const auto listed = limber({"remind", "list"});
  EXPECT_EQ(listed.exit_code, 0);
  EXPECT_THAT(listed.err, HasSubstr("reminders.json:1:3: error: this is not valid JSON"));
  EXPECT_THAT(listed.out, Not(HasSubstr("No reminders yet."))) << "a file it could not read is not an empty one";
}

TEST_F(RemindCli, DiaryAddConfirmsWhatItWroteInOneLine) {
  const auto added = limber({"diary", "add", "--date", "2026-11-20", "--cramps", "2", "--severity", "6", "--note", "after a long walk"});
  ASSERT_EQ(added.exit_code, 0) << added.err;
  EXPECT_EQ(added.out, "Diary: the night of Fri 20 Nov 2026, 2 cramps, severity 6, note \"after a long walk\".\n");
  const auto later = limber({"diary", "add", "--date", "2026-11-21", "--cramps", "1"});
  EXPECT_EQ(later.out, "Diary: the night of Sat 21 Nov 2026, 1 cramp, severity not said yet.\n");
}

// The calendar file, read by Debian's python3-icalendar as a calendar app would: each reminder an
// event at its time on its first day from today, repeating on its days, with an alarm at its start.
TEST_F(RemindCli, CalendarFileHasAnEventPerReminderWithItsDaysAndAnAlarm) {
  ASSERT_EQ(limber({"remind", "add", "bedtime", "--at", "22:15", "--routine", "bedtime-stretches"}).exit_code, added_code());
  ASSERT_EQ(limber({"remind", "add", "diary", "--at", "07:05", "--days", "mon,wed,sat", "--diary"}).exit_code, added_code());
  const auto file = config_ / "reminders.ics";
  const auto written = limber({"remind", "calendar", "-o", file.string()});
  ASSERT_EQ(written.exit_code, 0) << written.err;
  EXPECT_THAT(written.out, HasSubstr("Wrote 2 reminders to "));
  const std::string read_as_calendar = R"(
import datetime, icalendar, sys
calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
for event in calendar.walk('VEVENT'):
    start = event.decoded('DTSTART')
    rule = event['RRULE']
    alarms = [a for a in event.walk('VALARM')]
    print(event['UID'], start.strftime('%Y-%m-%dT%H:%M'), start.tzinfo, start.weekday(), rule['FREQ'][0],
          ','.join(rule.get('BYDAY', [])) or '-', len(alarms), alarms[0].decoded('TRIGGER') if alarms else '-',
          alarms[0]['ACTION'] if alarms else '-', '|', event['SUMMARY'])
)";
  const auto parsed = testing::run_command("/usr/bin/python3", {"-c", read_as_calendar, file.string()});
  ASSERT_EQ(parsed.exit_code, 0) << parsed.err << "\n(scripts/install-deps installs python3-icalendar)";
  std::istringstream lines(parsed.out);
  std::string diary;
  std::string bedtime;
  std::getline(lines, diary);  // events in the order of the day
  std::getline(lines, bedtime);
  const auto today = testing::run_command("date", {"+%Y-%m-%d %u"}).out;
  // DTSTART: today at 22:15 (every day), in the device's own time (floating: no zone).
  EXPECT_THAT(bedtime, HasSubstr("bedtime@reminders.limber " + today.substr(0, 10) + "T22:15 None "));
  EXPECT_THAT(bedtime, HasSubstr(" DAILY - 1 0:00:00 DISPLAY | Limber: time to stretch (Bedtime stretches)"));
  // The diary: 07:05 on the first Monday, Wednesday or Saturday from today, weekly on those days.
  const std::regex diary_line(R"(diary@reminders\.limber (\d{4}-\d\d-\d\d)T07:05 None ([0-6]) WEEKLY MO,WE,SA 1 0:00:00 DISPLAY \| Limber: cramps last night\?)");
  std::smatch match;
  ASSERT_TRUE(std::regex_match(diary, match, diary_line)) << diary;
  EXPECT_TRUE(match[2] == "0" || match[2] == "2" || match[2] == "5") << "starts on a day it rings: " << diary;
  EXPECT_GE(match[1].str(), today.substr(0, 10));
  EXPECT_LE(match[1].str(), testing::run_command("date", {"-d", "+6 days", "+%Y-%m-%d"}).out.substr(0, 10));
}

TEST_F(RemindCli, CalendarWithNoRemindersSaysHowToAddOne) {
  const auto none = limber({"remind", "calendar"});
  EXPECT_EQ(none.exit_code, 1);
  EXPECT_THAT(none.err, HasSubstr("no reminders to put in a calendar yet (`limber remind add` adds one)"));
}

}  // namespace
}  // namespace limber
