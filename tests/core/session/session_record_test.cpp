#include "core/session/session_record.hpp"
#include "core/session/session_cues.hpp"

#include <gtest/gtest.h>

#include "core/routine/routine_loader.hpp"
#include "core/session/spoken_phrases.hpp"

namespace limber {
namespace {

using namespace std::chrono_literals;
using K = SessionEventKind;

std::shared_ptr<const Plan> plan_of(std::string_view text) {
  RoutineResult routine = parse_routine(text, "t.yaml");
  EXPECT_TRUE(routine);
  return std::make_shared<const Plan>(expand_plan(routine ? *routine : Routine{}, std::nullopt));
}

// Two reps of 2 s hold, 1 s rest, after a 3 s get-ready: 3 + 2 + 1 + 2 = 8 s.
// Every event due up to `to`, deadline by deadline, as the app's loop would.
SessionEvents advance(SessionEngine& engine, Nanos to) {
  SessionEvents all;
  while (const auto deadline = engine.next_deadline()) {
    if (*deadline > to) break;
    const SessionEvents batch = engine.update(*deadline);
    all.insert(all.end(), batch.begin(), batch.end());
  }
  const SessionEvents batch = engine.update(to);
  all.insert(all.end(), batch.begin(), batch.end());
  return all;
}

constexpr std::string_view kShort = "limber: 1\nname: Short\nget_ready: 3s\nexercises:\n  - {name: Lean, reps: 2, hold: 2s, rest: 1s}\n";

TEST(SessionRecord, OnlyPhaseChangesPausesAndEndsAreRecorded) {
  const auto only = [](K kind) { return changes_session_record(std::vector{SessionEvent{.kind = kind}}); };
  EXPECT_TRUE(only(K::phase_started));
  EXPECT_TRUE(only(K::paused));
  EXPECT_TRUE(only(K::session_finished));
  EXPECT_TRUE(only(K::stopped));
  EXPECT_FALSE(only(K::countdown_tick));
  EXPECT_FALSE(only(K::halfway));
  EXPECT_FALSE(only(K::resumed));
  EXPECT_FALSE(changes_session_record(std::vector<SessionEvent>{}));
}

TEST(SessionRecord, TheRecordFollowsTheEngineToItsEnd) {
  const auto plan = plan_of(kShort);
  SessionEngine engine(plan);
  const Nanos t0 = 100s;
  (void)engine.start(t0);
  const WallTime started = std::chrono::sys_days{std::chrono::year{2026} / 11 / 29} + 20h;
  SessionRecord record = new_session_record({.uuid = "u1", .routine_name = "Short", .routine_file = "/r/short.yaml",
                                             .routine_hash = "abc", .reps = 2, .started = started},
                                            *plan);
  EXPECT_EQ(record.outcome, SessionOutcome::in_progress);
  EXPECT_EQ(record.planned_seconds, 8);
  EXPECT_EQ(record.reps_target, 2);
  EXPECT_EQ(record.started_utc, "2026-11-29T20:00:00Z");
  (void)advance(engine, t0 + 8s);
  ASSERT_TRUE(engine.is_over());
  update_session_record(record, engine, t0 + 8s, started + 8s);
  EXPECT_EQ(record.outcome, SessionOutcome::completed);
  EXPECT_EQ(record.active_seconds, 8);
  EXPECT_EQ(record.ended_utc, "2026-11-29T20:00:08Z");
  ASSERT_EQ(record.reps.size(), 1u);
  EXPECT_EQ(record.reps[0].done, 2);
}

TEST(SessionCues, TheClosingLineIsMadeWhenTheLastPhaseStartsWithTheTimeReallySpent) {
  const auto plan = plan_of(kShort);
  SessionEngine engine(plan);
  const Nanos t0 = 100s;
  (void)engine.start(t0);
  // Nothing to prepare before the last phase.
  EXPECT_FALSE(closing_phrase_to_prepare(advance(engine, t0 + 3s), engine, t0 + 3s));
  // The first hold skipped as it starts: 2 s fewer spent.
  const SessionEvents skipped = engine.skip(t0 + 3s);
  const SessionEvents to_last = advance(engine, t0 + 4s);
  SessionEvents all = skipped;
  all.insert(all.end(), to_last.begin(), to_last.end());
  const auto last = std::find_if(all.begin(), all.end(), [&](const SessionEvent& e) {
    return e.kind == K::phase_started && e.phase + 1 == static_cast<int>(plan->phases.size());
  });
  ASSERT_NE(last, all.end());
  const auto phrase = closing_phrase_to_prepare(all, engine, t0 + 4s);
  ASSERT_TRUE(phrase);
  EXPECT_EQ(closing_time_spent(engine, t0 + 4s), Seconds{6});
  EXPECT_EQ(*phrase, phrase_options(SessionEvent{.kind = K::session_finished}, *plan, Seconds{6}).front());
}

TEST(SessionCues, ASpokenCueTakesTheToneAtItsInstant) {
  const std::vector<Cue> tones = {{CueSound::hold, 1s, 1}, {CueSound::tick, 2s, 1}, {CueSound::rest, 3s, 2}};
  const std::vector<Cue> spoken = {{CueSound::hold, 1s, 1, "Hold."}, {CueSound::phase, 2500ms, 1, "Halfway."}};
  const std::vector<Cue> merged = with_spoken_cues(tones, spoken);
  ASSERT_EQ(merged.size(), 4u);
  EXPECT_EQ(merged[0].text, "Hold.");
  EXPECT_EQ(merged[1].sound, CueSound::tick);
  EXPECT_EQ(merged[2].text, "Halfway.");
  EXPECT_EQ(merged[3].sound, CueSound::rest);
}

}  // namespace
}  // namespace limber
