// The recorder writes a session into a real history file as it goes: in progress from the first
// moment, updated at each phase, finished at the end, on its own thread.
#include "app/services/session_recorder.hpp"

#include <gtest/gtest.h>

#include "app/services/session_driver.hpp"
#include "core/base/record_ids.hpp"
#include "core/routine/routine_loader.hpp"
#include "core/routine/routine_yaml.hpp"
#include "support/fixtures.hpp"

namespace limber {
namespace {

using namespace std::chrono_literals;

constexpr std::string_view kRoutine =
    "limber: 1\nname: Two reps\nget_ready: 2s\nexercises:\n  - {name: Lean, reps: 2-4, hold: 2s, rest: 1s}\n";

class SessionRecorderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::write_file(file_, std::string(kRoutine));
    LoadedRoutine loaded = read_routine_file(file_);
    ASSERT_TRUE(loaded.routine);
    routine_ = ResolvedRoutine{file_, *loaded.routine, loaded.facts};
  }
  std::vector<SessionRecord> recorded() {
    // Read-only: an ordinary open would mark a session in progress as interrupted.
    auto store = HistoryStore::open(dir_ / "history.sqlite3", /*read_only=*/true);
    EXPECT_TRUE(store);
    auto sessions = store->sessions();
    EXPECT_TRUE(sessions);
    return sessions ? *sessions : std::vector<SessionRecord>{};
  }

  testing::ScratchDir dir_;
  std::filesystem::path file_ = dir_ / "two-reps.yaml";
  ResolvedRoutine routine_;
  // Steps the driver from deadline to deadline, as the loop wakes, up to `until` (or the end): a
  // jump of seconds would look like a computer waking from sleep.
  void run_to(SessionDriver& driver, std::optional<Nanos> until = std::nullopt) {
    while (const auto wake = driver.wake_at()) {
      if (until && *wake > *until) break;
      clock_.set(*wake);
      (void)driver.tick();
    }
  }

  ManualClock clock_{100s};
  ManualWallClock wall_{std::chrono::sys_days{std::chrono::year{2026} / 11 / 29} + 7h};
};

TEST_F(SessionRecorderTest, RecordsASessionFromItsStartToItsEnd) {
  const auto plan = std::make_shared<const Plan>(expand_plan(routine_.routine, 2));
  auto recorder = SessionRecorder::open(dir_.path(), wall_);
  ASSERT_NE(recorder, nullptr);
  recorder->start(routine_, *plan, 2);
  SessionDriver driver(plan, clock_, nullptr, nullptr);
  driver.set_recorder(recorder.get());
  (void)driver.start();
  recorder->flush();
  auto sessions = recorded();
  ASSERT_EQ(sessions.size(), 1u);
  EXPECT_EQ(sessions[0].outcome, SessionOutcome::in_progress);
  EXPECT_EQ(sessions[0].routine_name, "Two reps");
  EXPECT_EQ(sessions[0].routine_file, std::filesystem::absolute(file_).string());
  EXPECT_EQ(sessions[0].routine_hash, content_hash(std::string(kRoutine)));  // of the bytes read with the routine
  EXPECT_EQ(sessions[0].reps_target, 2);
  EXPECT_EQ(sessions[0].started_utc, "2026-11-29T07:00:00Z");

  // Through the first hold (get ready 2 s + hold 2 s): one rep done, still in progress.
  run_to(driver, 104s);
  recorder->flush();
  sessions = recorded();
  EXPECT_EQ(sessions[0].outcome, SessionOutcome::in_progress);
  EXPECT_EQ(sessions[0].active_seconds, 4);
  ASSERT_EQ(sessions[0].reps.size(), 1u);
  EXPECT_EQ(sessions[0].reps[0].done, 1);

  run_to(driver);
  wall_.advance(7s);
  recorder->flush();
  sessions = recorded();
  ASSERT_EQ(sessions.size(), 1u);
  EXPECT_EQ(sessions[0].outcome, SessionOutcome::completed);
  EXPECT_EQ(sessions[0].active_seconds, 7);
  EXPECT_EQ(sessions[0].reps[0].done, 2);
}

TEST_F(SessionRecorderTest, AStopIsRecordedAsStopped) {
  const auto plan = std::make_shared<const Plan>(expand_plan(routine_.routine, 3));
  auto recorder = SessionRecorder::open(dir_.path(), wall_);
  ASSERT_NE(recorder, nullptr);
  recorder->start(routine_, *plan, 3);
  SessionDriver driver(plan, clock_, nullptr, nullptr);
  driver.set_recorder(recorder.get());
  (void)driver.start();
  clock_.advance(1s);
  (void)driver.control(SessionControl::stop);
  recorder->flush();
  const auto sessions = recorded();
  ASSERT_EQ(sessions.size(), 1u);
  EXPECT_EQ(sessions[0].outcome, SessionOutcome::stopped);
  EXPECT_EQ(sessions[0].active_seconds, 1);
  EXPECT_EQ(sessions[0].reps_target, 3);
}

TEST_F(SessionRecorderTest, AnUnsavedRoutineIsHashedByItsText) {
  const auto plan = std::make_shared<const Plan>(expand_plan(routine_.routine, 2));
  auto recorder = SessionRecorder::open(dir_.path(), wall_);
  ASSERT_NE(recorder, nullptr);
  recorder->start(ResolvedRoutine{{}, routine_.routine}, *plan, 2);
  recorder->flush();
  const auto sessions = recorded();
  ASSERT_EQ(sessions.size(), 1u);
  EXPECT_EQ(sessions[0].routine_file, "");
  EXPECT_EQ(sessions[0].routine_hash, content_hash(routine_to_yaml(routine_.routine)));
}

TEST_F(SessionRecorderTest, NoDataFolderMeansUnrecordedNotFailed) {
  EXPECT_EQ(SessionRecorder::open(std::nullopt, wall_), nullptr);
}

}  // namespace
}  // namespace limber
