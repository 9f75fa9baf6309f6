// `limber stats`, `limber history import` and `limber diary delete` on real data folders, and what
// a read-only folder or a full disk does to them.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <fmt/format.h>
#include <unistd.h>

#include <atomic>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "core/base/calendar.hpp"
#include "core/base/record_ids.hpp"
#include "core/formats/sqlite.hpp"
#include "core/history/history_store.hpp"
#include "support/fixtures.hpp"
#include "support/run_command.hpp"

namespace limber {
namespace {

using ::testing::HasSubstr;
using testing::CommandResult;
using testing::shell_quote;

SessionRecord completed_on(DayNumber day, const std::string& uuid, std::int64_t seconds = 300) {
  SessionRecord s;
  s.uuid = uuid;
  s.routine_name = "Bedtime stretches";
  s.routine_file = "/r/bedtime-stretches.yaml";
  s.routine_hash = "abc";
  s.local_date = format_date(day);
  s.started_utc = s.local_date + "T21:00:00Z";
  s.ended_utc = s.local_date + "T21:05:00Z";
  s.planned_seconds = seconds;
  s.active_seconds = seconds;
  s.outcome = SessionOutcome::completed;
  return s;
}

class HistoryCli : public ::testing::Test {
 protected:
  CommandResult limber(const std::vector<std::string>& args, const testing::ScratchDir& data) {
    return testing::run_command(LIMBER_BINARY, args,
                                "LIMBER_DATA_DIR=" + shell_quote(data.path().string()) +
                                    " XDG_CONFIG_HOME=" + shell_quote(config_.path().string()));
  }
  CommandResult limber(const std::vector<std::string>& args) { return limber(args, data_); }
  HistoryStore store(const testing::ScratchDir& data) {
    auto opened = HistoryStore::open(data / "history.sqlite3");
    EXPECT_TRUE(opened) << opened.error().message;
    return std::move(opened.value());
  }
  DayNumber today() { return parse_date(local_date(std::chrono::system_clock::now())).value(); }

  testing::ScratchDir data_;
  testing::ScratchDir config_;
};

TEST_F(HistoryCli, StatsJsonGivesStreaksWeeksAndTheSixWeekCheck) {
  {
    HistoryStore history = store(data_);
    // Today and the four days before: a 5-day streak. Ten days back a single day: best stays 5.
    for (int back = 0; back < 5; ++back) ASSERT_TRUE(history.save_session(completed_on(today() - back, fmt::format("s{}", back))));
    ASSERT_TRUE(history.save_session(completed_on(today() - 10, "old", 600)));
    ASSERT_TRUE(history.save_diary_entry({format_date(today() - 50), 4, 8, ""}));
    ASSERT_TRUE(history.save_diary_entry({format_date(today() - 49), 2, 6, ""}));
    ASSERT_TRUE(history.save_diary_entry({format_date(today() - 1), 1, 3, ""}));
  }
  const CommandResult result = limber({"stats", "--json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto stats = nlohmann::json::parse(result.out);
  EXPECT_EQ(stats["today"], format_date(today()));
  EXPECT_EQ(stats["current_streak"], 5);
  EXPECT_EQ(stats["best_streak"], 5);
  EXPECT_EQ(stats["completed_sessions"], 6);
  EXPECT_DOUBLE_EQ(stats["total_minutes"].get<double>(), 35.0);
  EXPECT_EQ(stats["weekly_goal_days"], 5);
  EXPECT_EQ(stats["routines"][0]["completed"], 6);
  const auto& check = stats["six_week_check"];
  EXPECT_DOUBLE_EQ(check["first_week"]["cramps_per_night"].get<double>(), 3.0);
  EXPECT_DOUBLE_EQ(check["recent_week"]["mean_severity"].get<double>(), 3.0);
  EXPECT_DOUBLE_EQ(check["cramps_per_night_change"].get<double>(), -2.0);
  EXPECT_EQ(check["six_weeks_reached"], true);
  const CommandResult text = limber({"stats"});
  EXPECT_THAT(text.out, HasSubstr("Streak: 5 days (best 5 days)"));
  EXPECT_THAT(text.out, HasSubstr("change: -2.0 cramps a night, -4.0 severity"));
}

TEST_F(HistoryCli, DiaryAddTicksWhatElseWasTriedThatDay) {
  const std::string night = format_date(today() - 1);
  const CommandResult added = limber({"diary", "add", "--date", night, "--cramps", "1", "--did", "magnesium, Enough water"});
  ASSERT_EQ(added.exit_code, 0) << added.err;
  EXPECT_THAT(added.out, HasSubstr(", tried that day: Magnesium, Enough water."));
  EXPECT_EQ(*store(data_).tried(), (TriedDays{{night, {"magnesium", "water"}}}));
  const CommandResult listed = limber({"diary", "--csv"});
  EXPECT_THAT(listed.out, HasSubstr(night + ",1,,,0,magnesium;water\n"));
  // A typo is said with what was meant, and nothing is written.
  const CommandResult typo = limber({"diary", "add", "--date", format_date(today() - 2), "--cramps", "0", "--did", "magnesum"});
  EXPECT_EQ(typo.exit_code, 2);
  EXPECT_THAT(typo.err, HasSubstr("`magnesum` is not on your list: did you mean `magnesium`?"));
  const CommandResult unknown = limber({"diary", "add", "--date", format_date(today() - 2), "--cramps", "0", "--did", "tonic water with quinine"});
  EXPECT_THAT(unknown.err, HasSubstr("is not on your list (magnesium, vitamin-d, water, massage, breathing); add your own in Settings"));
  EXPECT_EQ(store(data_).diary()->size(), 1u);
  // The user's own thing, from the settings' list.
  testing::write_file(config_ / "limber" / "settings.json", R"({"tried_things": ["magnesium", "Stretch socks"]})");
  EXPECT_EQ(limber({"diary", "add", "--date", format_date(today() - 2), "--cramps", "0", "--did", "stretch socks"}).exit_code, 0);
  EXPECT_EQ(store(data_).tried()->at(format_date(today() - 2)), (std::set<std::string>{"Stretch socks"}));
}

// Without a display the rescue still comes: the cramp goes into the diary and the routine runs in
// the terminal (stopped here with Ctrl+C after a moment).
TEST_F(HistoryCli, SosWithoutADisplayRecordsTheCrampAndRunsTheRescueInTheTerminal) {
  const std::string command = fmt::format(
      "DISPLAY= WAYLAND_DISPLAY= LIMBER_DATA_DIR={} XDG_CONFIG_HOME={} {} sos --leg right --mute </dev/null > {} 2>&1 & "
      "pid=$!; sleep 3; kill -INT $pid; wait $pid",
      shell_quote(data_.path().string()), shell_quote(config_.path().string()), shell_quote(LIMBER_BINARY),
      shell_quote((config_ / "out.txt").string()));
  const int status = std::system(command.c_str());
  EXPECT_EQ(WEXITSTATUS(status), 0);
  const std::string out = testing::read_file(config_ / "out.txt");
  EXPECT_THAT(out, HasSubstr("the rescue runs in the terminal"));
  EXPECT_THAT(out, HasSubstr("1 cramp so far"));
  EXPECT_THAT(out, HasSubstr("Cramp rescue: 2:43"));  // the right leg only
  EXPECT_THAT(out, HasSubstr("Stopped Cramp rescue"));
  const auto events = store(data_).cramp_events();
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ(events->at(0).leg, Side::right);
  EXPECT_EQ(store(data_).diary()->at(0).cramps, 1);
}

TEST_F(HistoryCli, StatsOnAnEmptyHistorySaysWhatIsMissing) {
  const CommandResult result = limber({"stats"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("Streak: 0 days"));
  EXPECT_THAT(result.out, HasSubstr("needs diary entries two weeks apart"));
}

TEST_F(HistoryCli, ImportMergesATabletsHistoryOnce) {
  testing::ScratchDir tablet;
  {
    HistoryStore pc = store(data_);
    ASSERT_TRUE(pc.save_session(completed_on(today() - 1, "pc-1")));
    HistoryStore other = store(tablet);
    ASSERT_TRUE(other.save_session(completed_on(today(), "tablet-1")));
    ASSERT_TRUE(other.save_session(completed_on(today() - 2, "tablet-2")));
    ASSERT_TRUE(other.save_diary_entry({format_date(today()), 1, 2, "tablet"}));
  }
  const std::string file = (tablet / "history.sqlite3").string();
  const CommandResult first = limber({"history", "import", file});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_THAT(first.out, HasSubstr("Imported 2 new sessions and 1 diary night"));
  const CommandResult second = limber({"history", "import", file});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_THAT(second.out, HasSubstr("Imported 0 new sessions and 0 diary nights"));
  EXPECT_THAT(second.out, HasSubstr("2 sessions were already here"));
  EXPECT_EQ(nlohmann::json::parse(limber({"history", "--json"}).out).size(), 3u);
  EXPECT_EQ(nlohmann::json::parse(limber({"stats", "--json"}).out)["current_streak"], 3);
  const CommandResult missing = limber({"history", "import", (tablet / "nope.sqlite3").string()});
  EXPECT_EQ(missing.exit_code, 2);
}

TEST_F(HistoryCli, DiaryDeleteRemovesOneNight) {
  ASSERT_EQ(limber({"diary", "add", "--date", "2026-11-24", "--cramps", "2", "--severity", "5"}).exit_code, 0);
  ASSERT_EQ(limber({"diary", "add", "--date", "2026-11-25", "--cramps", "0", "--severity", "0"}).exit_code, 0);
  EXPECT_EQ(limber({"diary", "delete", "--date", "2026-11-24"}).exit_code, 0);
  EXPECT_EQ(limber({"diary", "--csv"}).out, "date,cramps,severity,note,cramp_now,tried\n2026-11-25,0,0,,0,\n");
  const CommandResult again = limber({"diary", "delete", "--date", "2026-11-24"});
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_THAT(again.err, HasSubstr("no entry for 2026-11-24"));
}

TEST_F(HistoryCli, ADamagedHistoryIsKeptAsideWithAMessage) {
  const std::string garbage(10000, '#');
  testing::write_file(data_ / "history.sqlite3", garbage);
  const CommandResult result = limber({"diary", "add", "--date", "2026-11-25", "--cramps", "1", "--severity", "2"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.err, HasSubstr("The history file was damaged. It is kept as"));
  int kept = 0;
  for (const auto& entry : std::filesystem::directory_iterator(data_.path())) {
    if (entry.path().filename().string().starts_with("history.sqlite3.damaged-")) {
      ++kept;
      EXPECT_EQ(testing::read_file(entry.path()), garbage);
    }
  }
  EXPECT_EQ(kept, 1);
  EXPECT_THAT(limber({"diary"}).out, HasSubstr("2026-11-25"));
}

// A folder the user cannot write to (as root, the test drops to `nobody`, since root writes
// anywhere): the history is still shown, nothing is changed, and the message says why.
TEST_F(HistoryCli, AReadOnlyFolderShowsTheHistoryAndChangesNothing) {
  {
    HistoryStore history = store(data_);
    ASSERT_TRUE(history.save_session(completed_on(today(), "kept")));
  }
  const std::string before = testing::read_file(data_ / "history.sqlite3");
  std::filesystem::permissions(data_.path(), std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec |
                                                 std::filesystem::perms::group_read | std::filesystem::perms::group_exec |
                                                 std::filesystem::perms::others_read | std::filesystem::perms::others_exec);
  std::filesystem::permissions(data_ / "history.sqlite3", std::filesystem::perms::owner_read |
                                                              std::filesystem::perms::group_read |
                                                              std::filesystem::perms::others_read);
  std::string as_user;
  if (::geteuid() == 0) {
    if (std::system("command -v setpriv >/dev/null") != 0) GTEST_SKIP() << "setpriv (util-linux) is missing";
    as_user = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
  }
  const std::string env = "LIMBER_DATA_DIR=" + shell_quote(data_.path().string()) + " XDG_CONFIG_HOME=/nonexistent ";
  const CommandResult history = testing::run_command("/bin/sh", {"-c", env + as_user + LIMBER_BINARY + " history"});
  EXPECT_EQ(history.exit_code, 0) << history.err;
  EXPECT_THAT(history.err, HasSubstr("cannot be written to: your history is shown"));
  EXPECT_THAT(history.out, HasSubstr("Bedtime stretches"));
  const CommandResult add = testing::run_command(
      "/bin/sh", {"-c", env + as_user + LIMBER_BINARY + " diary add --date 2026-11-25 --cramps 1 --severity 1"});
  EXPECT_EQ(add.exit_code, 1);
  EXPECT_THAT(add.err, HasSubstr("cannot be written to"));
  std::filesystem::permissions(data_.path(), std::filesystem::perms::owner_all);
  EXPECT_EQ(testing::read_file(data_ / "history.sqlite3"), before);
}

// A read-only copy of a history whose newest night is still in its -wal, with no -shm beside it
// (a backup, or a folder the user cannot write): the newest night is shown, read from a private
// copy, and nothing is written beside it.
TEST_F(HistoryCli, AReadOnlyFolderWithAWalButNoShmShowsTheNewestNight) {
  testing::ScratchDir read_only;
  {
    HistoryStore history = store(data_);
    ASSERT_TRUE(history.save_diary_entry({"2026-11-24", 1, 2, "older"}));
    ASSERT_TRUE(history.save_diary_entry({"2026-11-25", 3, 4, "newest, in the wal"}));
    // Copied while the store is open: the newest changes are in the -wal only.
    ASSERT_GT(std::filesystem::file_size(data_ / "history.sqlite3-wal"), 0u);
    std::filesystem::copy_file(data_ / "history.sqlite3", read_only / "history.sqlite3");
    std::filesystem::copy_file(data_ / "history.sqlite3-wal", read_only / "history.sqlite3-wal");
  }
  const auto read_only_perms = std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec |
                               std::filesystem::perms::group_read | std::filesystem::perms::group_exec |
                               std::filesystem::perms::others_read | std::filesystem::perms::others_exec;
  std::filesystem::permissions(read_only / "history.sqlite3", std::filesystem::perms::owner_read |
                                                                   std::filesystem::perms::group_read |
                                                                   std::filesystem::perms::others_read);
  std::filesystem::permissions(read_only / "history.sqlite3-wal", std::filesystem::perms::owner_read |
                                                                       std::filesystem::perms::group_read |
                                                                       std::filesystem::perms::others_read);
  std::filesystem::permissions(read_only.path(), read_only_perms);
  std::string as_user;
  if (::geteuid() == 0) {
    if (std::system("command -v setpriv >/dev/null") != 0) GTEST_SKIP() << "setpriv (util-linux) is missing";
    as_user = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
  }
  const std::string env = "LIMBER_DATA_DIR=" + shell_quote(read_only.path().string()) + " XDG_CONFIG_HOME=/nonexistent ";
  const CommandResult diary = testing::run_command("/bin/sh", {"-c", env + as_user + LIMBER_BINARY + " diary --json"});
  EXPECT_EQ(diary.exit_code, 0) << diary.err;
  EXPECT_THAT(diary.out, HasSubstr("newest, in the wal"));
  EXPECT_THAT(diary.out, HasSubstr("older"));
  std::filesystem::permissions(read_only.path(), std::filesystem::perms::owner_all);
  EXPECT_FALSE(std::filesystem::exists(read_only / "history.sqlite3-shm")) << "something was written beside it";
}

// Eight sessions started at once on a brand-new data folder (the window and a terminal at the same
// moment would do it): all eight are recorded, and the file is sound. Twenty times over, since a
// race shows only sometimes.
TEST_F(HistoryCli, ManyProcessesOpeningANewHistoryAtOnceAllRecord) {
  testing::ScratchDir work;
  const auto routine = work / "blink.yaml";
  testing::write_file(routine, "limber: 1\nname: Blink\nget_ready: 0s\nexercises:\n  - {name: Blink, duration: 1s}\n");
  for (int round = 0; round < 20; ++round) {
    const auto data = work / fmt::format("data-{}", round);
    std::string script = "for i in 1 2 3 4 5 6 7 8; do (LIMBER_DATA_DIR=" + shell_quote(data.string()) +
                         " XDG_CONFIG_HOME=/nonexistent " + shell_quote(LIMBER_BINARY) + " run " +
                         shell_quote(routine.string()) + " --headless --mute >/dev/null 2>>" +
                         shell_quote((work / "errors.txt").string()) + " || echo failed) & done; wait";
    const CommandResult result = testing::run_command("/bin/sh", {"-c", script});
    EXPECT_EQ(result.out, "") << "round " << round << ": a run failed";
    // Read as the next start would: a session whose write met the lock for longer than the busy
    // timeout (a loaded machine) was kept aside, and comes in now; none may be lost.
    const CommandResult listed = testing::run_command(
        LIMBER_BINARY, {"history", "--json"},
        "LIMBER_DATA_DIR=" + shell_quote(data.string()) + " XDG_CONFIG_HOME=/nonexistent");
    ASSERT_EQ(listed.exit_code, 0) << listed.err;
    const auto sessions = nlohmann::json::parse(listed.out);
    EXPECT_EQ(sessions.size(), 8u) << "round " << round << ":\n" << testing::read_file(work / "errors.txt");
    for (const auto& s : sessions) {
      EXPECT_EQ(s["status"], "completed") << "round " << round << ":\n" << testing::read_file(work / "errors.txt");
    }
    Database db(data / "history.sqlite3", Database::Mode::read_only);
    Statement check = db.prepare("PRAGMA integrity_check");
    ASSERT_TRUE(check.step());
    EXPECT_EQ(check.text(0), "ok");
    if (::testing::Test::HasFailure()) break;
  }
  // For the record: how many of the 160 met the lock for longer than the busy timeout.
  const std::string errors = testing::read_file(work / "errors.txt");
  std::size_t kept = 0;
  for (std::size_t at = errors.find("cannot take this session"); at != std::string::npos;
       at = errors.find("cannot take this session", at + 1)) {
    ++kept;
  }
  std::cout << kept << " of 160 sessions were kept aside for a moment\n";
}

// The history locked by another program from the session's first phase on (a backup tool, a
// second Limber stuck mid-write): the session is kept aside, and the next start moves it in.
TEST_F(HistoryCli, ASessionTheHistoryCannotTakeIsKeptAsideAndAddedAtTheNextStart) {
  testing::ScratchDir work;
  const auto routine = work / "hold.yaml";
  testing::write_file(routine, "limber: 1\nname: Hold on\nget_ready: 0s\nexercises:\n  - {name: Lean in, duration: 3s}\n");
  const auto history = data_ / "history.sqlite3";
  { (void)store(data_); }
  std::atomic<bool> release{false};
  std::atomic<bool> locked{false};
  std::thread locker([&] {
    // Waits for the session's first row, then holds the write lock until told.
    Database db(history);
    for (int i = 0; i < 500 && !locked; ++i) {
      // The session's process writes meanwhile: a read or the lock may find the file busy, and
      // is tried again (an exception here would end the whole test process).
      try {
        Statement rows = db.prepare("SELECT COUNT(*) FROM sessions");
        if (rows.step() && rows.integer(0) > 0) {
          db.exec("BEGIN EXCLUSIVE");
          locked = true;
          continue;
        }
      } catch (const SqliteError&) {
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    while (!release) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    if (locked) db.exec("ROLLBACK");
  });
  const CommandResult run = limber({"run", routine.string(), "--headless", "--mute"});
  release = true;
  locker.join();
  ASSERT_TRUE(locked) << "the session's first row never appeared";
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_THAT(run.err, HasSubstr("the history cannot take this session"));
  EXPECT_THAT(run.err, HasSubstr("goes into the history the next time it opens"));
  const auto pending = data_ / "pending";
  ASSERT_EQ(std::distance(std::filesystem::directory_iterator(pending), std::filesystem::directory_iterator()), 1);

  const CommandResult next = limber({"history", "--json"});
  ASSERT_EQ(next.exit_code, 0) << next.err;
  EXPECT_THAT(next.err, HasSubstr("1 session that could not be recorded when it ran is now in your history."));
  const auto sessions = nlohmann::json::parse(next.out);
  ASSERT_EQ(sessions.size(), 1u);
  EXPECT_EQ(sessions[0]["routine"], "Hold on");
  EXPECT_EQ(sessions[0]["status"], "completed");  // its last state, not the one the history had
  EXPECT_EQ(sessions[0]["active_seconds"], 3);
  EXPECT_TRUE(std::filesystem::is_empty(pending));
  EXPECT_EQ(limber({"history"}).err, "");  // said once
}

// No history can be made at all (something else in its place): the session is kept aside, and
// the first command that can make the history finds it there.
TEST_F(HistoryCli, ASessionKeptAsideBeforeAnyHistoryExistedIsFoundByTheNextCommand) {
  testing::ScratchDir work;
  const auto routine = work / "blink.yaml";
  testing::write_file(routine, "limber: 1\nname: Blink\nget_ready: 0s\nexercises:\n  - {name: Blink, duration: 1s}\n");
  std::filesystem::create_directories(data_ / "history.sqlite3");
  const CommandResult run = limber({"run", routine.string(), "--headless", "--mute"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_THAT(run.err, HasSubstr("it is kept in " + (data_ / "pending").string()));
  std::filesystem::remove(data_ / "history.sqlite3");
  const CommandResult listed = limber({"history", "--csv"});
  EXPECT_THAT(listed.out, HasSubstr(",Blink,completed,1,1"));
  EXPECT_THAT(listed.err, HasSubstr("1 session that could not be recorded when it ran is now in your history."));
}

// A really full disk: a 160 KiB tmpfs in a private mount namespace. The diary entry fails with a
// message naming the cause; everything written before is still there.
TEST_F(HistoryCli, AFullDiskIsAClearErrorAndLosesNothing) {
  if (std::system("unshare -Urm true 2>/dev/null") != 0) GTEST_SKIP() << "no user namespaces to mount a small disk in";
  testing::ScratchDir mount_point;
  const std::string dir = mount_point.path().string();
  const std::string env = "LIMBER_DATA_DIR=" + shell_quote(dir) + " XDG_CONFIG_HOME=/nonexistent ";
  const std::string bin = shell_quote(LIMBER_BINARY);
  std::string script = "mount -t tmpfs -o size=320k tmpfs " + shell_quote(dir) + " || exit 99\n";
  script += env + bin + " diary add --date 2026-01-01 --cramps 1 --severity 2 || exit 98\n";
  // Fill the disk, leaving the history file itself as it is.
  script += "dd if=/dev/zero of=" + shell_quote(dir + "/filler") + " bs=4k 2>/dev/null\n";
  script += "for d in 02 03 04 05 06 07 08 09 10; do " + env + bin +
            " diary add --date 2026-01-$d --cramps 1 --severity 2 --note \"$(head -c 900 /dev/zero | tr '\\0' x)\" "
            "2>>" + shell_quote(dir + "/../err.txt") + " || echo failed; done\n";
  script += "rm " + shell_quote(dir + "/filler") + "\n";
  script += env + bin + " diary --csv\n";
  // The tmpfs goes with the namespace: keep a copy of the history (no process has it open now).
  const std::filesystem::path copy = mount_point.path().parent_path() / (mount_point.path().filename().string() + ".copy.sqlite3");
  script += "cp " + shell_quote(dir + "/history.sqlite3") + " " + shell_quote(copy.string()) + " || exit 97\n";
  // (A checkpoint the full disk refused leaves the last changes in the -wal: copied with it.)
  script += "[ ! -s " + shell_quote(dir + "/history.sqlite3-wal") + " ] || cp " + shell_quote(dir + "/history.sqlite3-wal") +
            " " + shell_quote(copy.string() + "-wal") + "\n";
  const CommandResult result = testing::run_command("unshare", {"-Urm", "sh", "-c", script});
  ASSERT_NE(result.exit_code, 99) << "mount failed: " << result.err;
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("failed"));  // at least one night could not be saved
  EXPECT_THAT(result.out, HasSubstr("2026-01-01,1,2,"));
  ASSERT_NE(result.exit_code, 97) << "the history file was not there to copy";
  {
    // SQLite's own check, through the library: it cannot pass for want of a program.
    Database db(copy, Database::Mode::read_only);
    Statement check = db.prepare("PRAGMA integrity_check");
    ASSERT_TRUE(check.step());
    EXPECT_EQ(check.text(0), "ok");
  }
  std::filesystem::remove(copy);
  std::filesystem::remove(copy.string() + "-wal");
  const std::string errors = testing::read_file(mount_point.path().parent_path() / "err.txt");
  std::filesystem::remove(mount_point.path().parent_path() / "err.txt");
  EXPECT_THAT(errors, ::testing::ContainsRegex("the disk holding .* is full")) << errors;
}

}  // namespace
}  // namespace limber
