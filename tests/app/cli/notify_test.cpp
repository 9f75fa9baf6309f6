// `limber notify` against a real notification server (dunst on a private session bus, on the
// test's Xvfb display): the notification is posted, and each action, picked from dunst's own
// action menu, has its effect.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <future>

#include "core/base/calendar.hpp"
#include "core/base/record_ids.hpp"
#include "core/history/history_store.hpp"
#include "core/history/progress_stats.hpp"
#include "support/fixtures.hpp"
#include "support/notification_server.hpp"
#include "support/run_command.hpp"

namespace limber {
namespace {

using ::testing::HasSubstr;
using testing::CommandResult;
using testing::shell_quote;

DayNumber today() { return parse_date(local_date(std::chrono::system_clock::now())).value(); }

class Notify : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::create_directories(scratch_ / "bin");
    // Kept either way: 0 where a systemd user manager rings them, 1 here, where none runs.
    ASSERT_LE(limber({"remind", "add", "bedtime", "--at", "22:00", "--routine", "bedtime-stretches"}).exit_code, 1);
    ASSERT_LE(limber({"remind", "add", "diary", "--at", "08:00", "--diary"}).exit_code, 1);
  }
  std::string environment() const {
    return "LIMBER_DATA_DIR=" + shell_quote((scratch_ / "data").string()) +
           " XDG_CONFIG_HOME=" + shell_quote((scratch_ / "config").string()) + " " + server_.environment() +
           " PATH=" + shell_quote((scratch_ / "bin").string() + ":" + std::getenv("PATH"));
  }
  CommandResult limber(const std::vector<std::string>& args) const {
    return testing::run_command(LIMBER_BINARY, args, environment());
  }
  // `limber notify` runs until the notification is answered: in the background.
  std::future<CommandResult> notify_in_background(const std::vector<std::string>& args) {
    return std::async(std::launch::async, [this, args] { return limber(args); });
  }
  // `limber ARGS` shows its notification, and the user picks the action with this label in dunst's menu.
  CommandResult answer(const std::vector<std::string>& args, const std::string& label) {
    auto answered = notify_in_background(args);
    EXPECT_TRUE(shown()) << server_.log();
    EXPECT_EQ(server_.pick(label).exit_code, 0);
    return answered.get();
  }
  void install_systemd_run(const std::string& script) {
    testing::write_file(scratch_ / "bin" / "systemd-run", "#!/bin/sh\n" + script);
    std::filesystem::permissions(scratch_ / "bin" / "systemd-run", std::filesystem::perms::owner_all);
  }
  bool shown() {
    return testing::NotificationServer::wait_until([this] { return server_.displayed() == 1; });
  }
  std::vector<DiaryEntry> diary() {
    auto store = HistoryStore::open(scratch_ / "data" / "history.sqlite3");
    if (!store) return {};
    auto entries = store->diary();
    return entries ? *entries : std::vector<DiaryEntry>{};
  }

  testing::ScratchDir scratch_;
  testing::NotificationServer server_{scratch_ / "dunst"};
};

TEST_F(Notify, TheDiaryPromptWritesEachAnswerWithoutTheApp) {
  ASSERT_TRUE(server_.start()) << server_.log();
  const std::string night = format_date(last_night(today()));
  for (const auto& [label, cramps, said] : std::vector<std::tuple<std::string, int, std::string>>{
           {"None", 0, "0 cramps."}, {"#1", 1, "1 cramp (how bad"}, {"#2", 2, "2 cramps (how bad"},
           {"3 or more", 3, "3 or more cramps (how bad"}}) {
    const auto result = answer({"notify", "diary"}, label);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_THAT(result.out, HasSubstr(said)) << label;
    ASSERT_EQ(diary().size(), 1u) << label;
    EXPECT_EQ(diary()[0], (DiaryEntry{night, cramps, 0, ""})) << label;
    // Answered: the next prompt has nothing to ask, and shows nothing.
    const auto again = limber({"notify", "diary"});
    EXPECT_EQ(again.exit_code, 0);
    EXPECT_EQ(again.out, "Nothing to remind: last night is already in the diary.\n");
    EXPECT_EQ(server_.displayed(), 0);
    ASSERT_EQ(limber({"diary", "delete", "--date", night}).exit_code, 0);
  }
  // What dunst showed, read back from its history.
  const auto history = server_.dunstctl({"history"});
  EXPECT_THAT(history.out, HasSubstr("Cramps last night?"));
  EXPECT_THAT(history.out, HasSubstr("How bad they were can be added later in Limber."));
}

TEST_F(Notify, ANightTheCrampNowButtonCountedOnlyAsksHowBadItWas) {
  ASSERT_TRUE(server_.start()) << server_.log();
  const std::string night = format_date(last_night(today()));
  {
    std::filesystem::create_directories(scratch_ / "data");
    auto store = HistoryStore::open(scratch_ / "data" / "history.sqlite3");
    ASSERT_TRUE(store);
    CrampEvent event = make_cramp_event(std::chrono::system_clock::now(), Side::left);
    event.night = night;
    event.local_time = night + " 23:40";
    ASSERT_TRUE(store->record_cramp(event));
  }
  const auto result = answer({"notify", "diary"}, "Bad (6 of 10)");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("1 cramp, the worst 6 of 10."));
  ASSERT_EQ(diary().size(), 1u);
  EXPECT_EQ(diary()[0], (DiaryEntry{night, 1, 6, ""}));
  const auto history = server_.dunstctl({"history"});
  EXPECT_THAT(history.out, HasSubstr("1 cramp last night: how bad was it?"));
  EXPECT_THAT(history.out, HasSubstr("Counted with Cramp now: 23:40, left leg."));
  // Answered in full: nothing more to ask.
  EXPECT_EQ(limber({"notify", "diary"}).out, "Nothing to remind: last night is already in the diary.\n");
}

TEST_F(Notify, StartNowOpensTheRoutinesSession) {
  ASSERT_TRUE(server_.start()) << server_.log();
  const auto trace = scratch_ / "session.jsonl";
  const auto result =
      answer({"--mute", "--quit-after", "3", "--trace", trace.string(), "notify", "bedtime"}, "Start now");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "Starting Bedtime stretches.\n");
  // The session runs in a window of its own, after `limber notify` has gone.
  EXPECT_TRUE(testing::NotificationServer::wait_until(
      [&] { return testing::read_file(trace).find("\"phase_started\"") != std::string::npos; },
      std::chrono::seconds(20)))
      << testing::read_file(trace);
  EXPECT_THAT(server_.dunstctl({"history"}).out, HasSubstr("Time for Bedtime stretches"));
}

TEST_F(Notify, InFifteenMinutesAsksSystemdForATransientTimer) {
  ASSERT_TRUE(server_.start()) << server_.log();
  // No systemd user manager runs here: a stand-in systemd-run records what it was asked.
  const auto asked = scratch_ / "systemd-run.args";
  install_systemd_run("printf '%s\\n' \"$@\" > '" + asked.string() + "'\n");
  const auto result = answer({"notify", "bedtime"}, "In 15 minutes");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "Reminding again in 15 minutes (systemd timer).\n");
  const std::string args = testing::read_file(asked);
  EXPECT_THAT(args, HasSubstr("--user\n"));
  EXPECT_THAT(args, HasSubstr("--on-active=15min\n"));
  EXPECT_THAT(args, HasSubstr("--unit=limber-snooze-bedtime-"));
  EXPECT_THAT(args, HasSubstr("--data-dir\n" + (scratch_ / "data").string() + "\nnotify\nbedtime\n"));
  EXPECT_TRUE(diary().empty());
}

TEST_F(Notify, WithoutSystemdTheSnoozeWaitsInAProcessOfItsOwn) {
  ASSERT_TRUE(server_.start()) << server_.log();
  install_systemd_run("echo 'Failed to connect to bus' >&2\nexit 1\n");
  const auto result = answer({"notify", "bedtime"}, "In 15 minutes");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("no systemd user manager here: a waiting process does it"));
  const std::string pattern = "sleep 900 && exec .* --data-dir " + (scratch_ / "data").string() + " notify bedtime";
  const auto found = testing::run_command("pgrep", {"-f", pattern});
  EXPECT_EQ(found.exit_code, 0) << "no process waits to remind again";
  (void)testing::run_command("pkill", {"-f", pattern});
}

TEST_F(Notify, NotTonightWritesNothing) {
  ASSERT_TRUE(server_.start()) << server_.log();
  const auto result = answer({"notify", "bedtime"}, "Not tonight");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("Not tonight"));
  EXPECT_TRUE(diary().empty());
}

TEST_F(Notify, NothingIsSentOnceTheRoutineWasDoneToday) {
  {
    std::filesystem::create_directories(scratch_ / "data");
    auto store = HistoryStore::open(scratch_ / "data" / "history.sqlite3");
    ASSERT_TRUE(store);
    SessionRecord s;
    s.uuid = new_uuid();
    s.routine_name = "Bedtime stretches";
    s.routine_file = "bedtime-stretches.yaml";
    s.routine_hash = "x";
    s.local_date = format_date(today());
    s.started_utc = s.local_date + "T08:00:00Z";
    s.ended_utc = s.local_date + "T08:05:00Z";
    s.planned_seconds = s.active_seconds = 300;
    s.outcome = SessionOutcome::completed;
    const auto saved = store->save_session(s);
    ASSERT_TRUE(saved) << saved.error();
  }
  ASSERT_TRUE(server_.start()) << server_.log();
  const auto result = limber({"notify", "bedtime"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "Nothing to remind: it was already done today.\n");
  EXPECT_EQ(server_.displayed(), 0);
}

TEST_F(Notify, WithNoNotificationServerItFailsClearlyAndWritesNothing) {
  ASSERT_TRUE(server_.start(/*with_dunst=*/false));
  const auto result = limber({"notify", "diary"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_THAT(result.err, HasSubstr("limber: the reminder could not be shown: no notification server answers on the "
                                    "session bus"));
  EXPECT_FALSE(std::filesystem::exists(scratch_ / "data" / "history.sqlite3"));
  // And with no session bus at all.
  const auto no_bus = testing::run_command(
      LIMBER_BINARY, {"notify", "diary"},
      "LIMBER_DATA_DIR=" + shell_quote((scratch_ / "data").string()) + " XDG_CONFIG_HOME=" +
          shell_quote((scratch_ / "config").string()) + " DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bus");
  EXPECT_EQ(no_bus.exit_code, 1);
  EXPECT_THAT(no_bus.err, HasSubstr("limber: the reminder could not be shown: "));
  EXPECT_FALSE(std::filesystem::exists(scratch_ / "data" / "history.sqlite3"));
}

TEST_F(Notify, AnUnknownReminderIsAClearError) {
  const auto result = limber({"notify", "lunch"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "limber: there is no reminder named \"lunch\" (`limber remind list` shows them)\n");
}

}  // namespace
}  // namespace limber
