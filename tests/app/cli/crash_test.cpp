// A headless session killed with SIGKILL at random moments: the history file stays sound, every
// earlier session is intact, and the killed session reads as interrupted at the next start.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <iostream>
#include <random>
#include <thread>

#include "core/history/history_store.hpp"
#include "support/fixtures.hpp"

extern char** environ;

namespace limber {
namespace {

std::string integrity(const std::filesystem::path& file) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    return "cannot open";
  }
  sqlite3_stmt* check = nullptr;
  sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &check, nullptr);
  std::string result = sqlite3_step(check) == SQLITE_ROW ? reinterpret_cast<const char*>(sqlite3_column_text(check, 0))
                                                         : "no result";
  sqlite3_finalize(check);
  sqlite3_close(db);
  return result;
}

pid_t spawn_session(const std::filesystem::path& data_dir) {
  const std::string data = "--data-dir=" + data_dir.string();
  const std::string routine = (testing::tests_dir() / "app" / "routines" / "timing-test.yaml").string();
  std::vector<std::string> args = {LIMBER_BINARY, "run", routine, "--headless", "--mute", data};
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = -1;
  const int spawned = posix_spawn(&pid, LIMBER_BINARY, &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  return spawned == 0 ? pid : -1;
}

TEST(CrashSafety, TwentyKillsAtRandomMomentsLoseNothingButTheRunningPhase) {
  testing::ScratchDir dir;
  const auto file = dir / "history.sqlite3";
  {
    auto store = HistoryStore::open(file);
    ASSERT_TRUE(store);
    SessionRecord before;
    before.uuid = "before-the-crashes";
    before.routine_name = "Morning calf stretch";
    before.local_date = "2026-11-25";
    before.started_utc = "2026-11-25T07:00:00Z";
    before.outcome = SessionOutcome::completed;
    before.active_seconds = 120;
    before.reps = {{0, "Calf ledge stretch", "left", 6, 6}};
    ASSERT_TRUE(store->save_session(before));
  }
  const unsigned seed = std::random_device{}();
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> moment_ms(30, 2500);
  std::vector<SessionRecord> expected;  // every session so far, as the store reads it back
  {
    auto store = HistoryStore::open(file);
    expected = store->sessions().value();
  }
  int recorded = 0;
  constexpr int kKills = 20;
  for (int kill = 0; kill < kKills; ++kill) {
    const int after_ms = moment_ms(rng);
    const pid_t pid = spawn_session(dir.path());
    ASSERT_GT(pid, 0);
    std::this_thread::sleep_for(std::chrono::milliseconds(after_ms));
    ::kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the session ended before the kill at " << after_ms << " ms";
    SCOPED_TRACE("seed " + std::to_string(seed) + ", kill " + std::to_string(kill) + " at " +
                 std::to_string(after_ms) + " ms");
    // Checked as the crash left it, before anything opens it again.
    EXPECT_EQ(integrity(file), "ok");

    auto store = HistoryStore::open(file);  // as the next start would
    ASSERT_TRUE(store) << store.error().message;
    const auto sessions = store->sessions();
    ASSERT_TRUE(sessions) << sessions.error();
    ASSERT_GE(sessions->size(), expected.size());
    ASSERT_LE(sessions->size(), expected.size() + 1);
    for (std::size_t i = 0; i < expected.size(); ++i) EXPECT_EQ(sessions->at(i), expected[i]) << "session " << i;
    if (sessions->size() == expected.size() + 1) {
      // Killed after the session's row was written: it is interrupted, with its time so far.
      const SessionRecord& killed = sessions->back();
      EXPECT_EQ(killed.outcome, SessionOutcome::interrupted);
      EXPECT_EQ(killed.routine_name, "Timing test");
      EXPECT_LE(killed.active_seconds * 1000, after_ms);
      // At most the running phase is lost: the longest is get-ready's 3 s, plus whole seconds
      // rounded down and the process's start-up.
      EXPECT_LE(after_ms - killed.active_seconds * 1000, 3000 + 1000 + 500);
      ++recorded;
    }
    expected = *sessions;
  }
  std::cout << "seed " << seed << ": " << recorded << " of " << kKills << " killed sessions had started recording\n";
  EXPECT_GE(recorded, kKills / 2);  // most kills land inside a session, not in start-up
}

}  // namespace
}  // namespace limber
