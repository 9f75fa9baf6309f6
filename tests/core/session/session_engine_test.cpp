#include "core/session/session_engine.hpp"

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <random>

#include "core/routine/routine_loader.hpp"
#include "core/session/session_summary.hpp"
#include "support/fixtures.hpp"

namespace limber {
namespace {

using namespace std::chrono_literals;
using K = SessionEventKind;

constexpr Nanos kT0 = 1000s;  // the clock's origin is arbitrary: start far from zero

std::shared_ptr<const Plan> plan_of(std::string_view text, std::optional<int> reps = std::nullopt) {
  RoutineResult routine = parse_routine(text, "t.yaml");
  EXPECT_TRUE(routine) << (routine ? "" : format_diagnostic(routine.error().front()));
  return std::make_shared<const Plan>(expand_plan(routine ? *routine : Routine{}, reps));
}

std::shared_ptr<const Plan> builtin_plan(const std::string& stem, std::optional<int> reps = std::nullopt) {
  RoutineResult routine = load_routine_file(testing::routines_dir() / (stem + ".yaml"));
  EXPECT_TRUE(routine);
  return std::make_shared<const Plan>(expand_plan(*routine, reps));
}

// Drives an engine the way the app's loop does: sleep until the next deadline, then update.
struct Driver {
  explicit Driver(std::shared_ptr<const Plan> plan) : engine(std::move(plan)) {}

  void take(SessionEvents batch) { events.insert(events.end(), batch.begin(), batch.end()); }
  void start() { take(engine.start(now)); }
  void run_until(Nanos until) {
    while (auto deadline = engine.next_deadline()) {
      if (*deadline > until) break;
      now = *deadline;
      take(engine.update(now));
    }
    now = std::max(now, until);
    take(engine.update(now));
  }
  void run_to_end() {
    while (auto deadline = engine.next_deadline()) {
      now = *deadline;
      take(engine.update(now));
    }
  }
  std::vector<SessionEvent> of_kind(K kind) const {
    std::vector<SessionEvent> out;
    for (const auto& e : events) {
      if (e.kind == kind) out.push_back(e);
    }
    return out;
  }

  SessionEngine engine;
  Nanos now = kT0;
  std::vector<SessionEvent> events;
};

constexpr std::string_view kTiny = R"(limber: 1
name: Tiny
get_ready: 3s
exercises:
  - {name: A, sides: [left, right], reps: 2, hold: 5s, rest: 2s, switch: 4s, rest_after: 6s}
  - {name: B, duration: 20s}
)";

std::string describe(const SessionEvent& e) {
  return fmt::format("{}@{}:{}:{}", session_event_key(e.kind), std::chrono::duration_cast<std::chrono::milliseconds>(e.scheduled - kT0).count(),
                     e.phase, e.count);
}

std::vector<std::string> describe_all(const std::vector<SessionEvent>& events) {
  std::vector<std::string> out;
  for (const auto& e : events) out.push_back(describe(e));
  return out;
}

TEST(SessionEngine, EmitsTheWholeSequenceAtTheScheduledTimes) {
  Driver d(plan_of(kTiny));
  d.start();
  d.run_to_end();
  // phases: 0 get ready 3s | 1 hold L1 | 2 rest | 3 hold L2 | 4 switch 4s | 5 hold R1 | 6 rest | 7 hold R2
  //         8 transition 6s | 9 timed 20s
  EXPECT_THAT(describe_all(d.events),
              ::testing::ElementsAre(
                  "session_started@0:-1:0", "phase_started@0:0:0", "countdown_tick@1000:0:2", "countdown_tick@2000:0:1",
                  "phase_started@3000:1:0", "countdown_tick@5000:1:3", "countdown_tick@6000:1:2",
                  "countdown_tick@7000:1:1", "phase_started@8000:2:0", "phase_started@10000:3:0",
                  "countdown_tick@12000:3:3", "countdown_tick@13000:3:2", "countdown_tick@14000:3:1",
                  "phase_started@15000:4:0", "side_switched@15000:4:0", "phase_started@19000:5:0",
                  "countdown_tick@21000:5:3", "countdown_tick@22000:5:2", "countdown_tick@23000:5:1",
                  "phase_started@24000:6:0", "phase_started@26000:7:0", "countdown_tick@28000:7:3",
                  "countdown_tick@29000:7:2", "countdown_tick@30000:7:1", "exercise_finished@31000:8:0",
                  "phase_started@31000:8:0", "phase_started@37000:9:0", "countdown_tick@54000:9:3",
                  "countdown_tick@55000:9:2", "countdown_tick@56000:9:1", "exercise_finished@57000:9:0",
                  "session_finished@57000:9:0"));
  EXPECT_EQ(d.engine.status(), SessionStatus::completed);
  EXPECT_EQ(d.engine.active_time(d.now), 57s);
  EXPECT_EQ(d.engine.next_deadline(), std::nullopt);
  EXPECT_EQ(d.of_kind(K::exercise_finished).at(0).exercise, 0);
  EXPECT_EQ(d.of_kind(K::exercise_finished).at(1).exercise, 1);
}

TEST(SessionEngine, TheSummaryCountsRepsDonePerExerciseAndSide) {
  Driver d(plan_of(kTiny));
  d.start();
  d.run_until(kT0 + 16s);  // both left reps done (the second hold ends at 15 s), in the switch
  d.take(d.engine.stop(d.now));
  const SessionSummary summary = summarize(d.engine, d.now);
  ASSERT_EQ(summary.reps.size(), 3u);
  EXPECT_EQ(reps_done_text(d.engine.plan(), summary.reps[0]), "A \u00b7 Left leg: 2 of 2 reps");
  EXPECT_EQ(reps_done_text(d.engine.plan(), summary.reps[1]), "A \u00b7 Right leg: 0 of 2 reps");
  EXPECT_EQ(reps_done_text(d.engine.plan(), summary.reps[2]), "B: 0 of 1 done");
  EXPECT_EQ(summary.status, SessionStatus::stopped);
}

// The summary's headline says what was done: not "Well done!" when every step was skipped.
TEST(SessionEngine, TheHeadlineSaysWhatWasDone) {
  {
    Driver d(plan_of(kTiny));
    d.start();
    d.run_to_end();
    EXPECT_EQ(session_verdict(summarize(d.engine, d.now)), SessionVerdict::done);
    EXPECT_EQ(verdict_headline(SessionVerdict::done), "Well done!");
  }
  {
    Driver d(plan_of(kTiny));
    d.start();
    while (d.engine.status() == SessionStatus::running) d.take(d.engine.skip(d.now));
    const SessionSummary summary = summarize(d.engine, d.now);
    EXPECT_EQ(summary.status, SessionStatus::completed);
    EXPECT_EQ(session_verdict(summary), SessionVerdict::nothing_done);
    EXPECT_EQ(verdict_headline(session_verdict(summary)), "Every step was skipped");
  }
  {
    Driver d(plan_of(kTiny));
    d.start();
    d.run_until(kT0 + 16s);  // the left reps done, then everything else skipped
    while (d.engine.status() == SessionStatus::running) d.take(d.engine.skip(d.now));
    EXPECT_EQ(session_verdict(summarize(d.engine, d.now)), SessionVerdict::done_with_skips);
  }
  {
    Driver d(plan_of(kTiny));
    d.start();
    d.take(d.engine.stop(d.now));
    EXPECT_EQ(verdict_headline(session_verdict(summarize(d.engine, d.now))), "Session stopped");
  }
}

TEST(SessionEngine, HalfwayOnlyInHoldsOfTwentySecondsOrMore) {
  Driver d(plan_of("limber: 1\nname: H\nget_ready: 0\nexercises:\n  - {name: A, reps: 2, hold: 20s, rest: 19s}\n"
                   "  - {name: B, reps: 1, hold: 19s, rest: 1s}\n"));
  d.start();
  d.run_to_end();
  const auto halfway = d.of_kind(K::halfway);
  ASSERT_EQ(halfway.size(), 2u);
  EXPECT_EQ(halfway[0].scheduled - kT0, 10s);
  EXPECT_EQ(halfway[1].scheduled - kT0, 49s);  // second hold starts at 39s
}

TEST(SessionEngine, NoCountdownInPhasesOfOneSecondAndNoneInRests) {
  Driver d(plan_of("limber: 1\nname: S\nget_ready: 0\nexercises:\n  - {name: A, reps: 3, hold: 1s, rest: 9s}\n"));
  d.start();
  d.run_to_end();
  EXPECT_TRUE(d.of_kind(K::countdown_tick).empty());
  EXPECT_EQ(d.of_kind(K::phase_started).size(), 5u);
}

// Whether the loop wakes at every deadline or at random, late moments, the schedule is the same.
TEST(SessionEngine, TheScheduleDoesNotDependOnHowOftenTheLoopWakes) {
  for (const std::string stem : {"morning-calf-stretch", "bedtime-stretches", "calf-self-massage", "evening-wind-down"}) {
    Driver exact(builtin_plan(stem));
    exact.start();
    exact.run_to_end();

    Driver sloppy(builtin_plan(stem));
    sloppy.start();
    std::mt19937 rng(42);
    std::uniform_int_distribution<int> step_ms(1, 1900);  // never a clock jump (2 s)
    while (!sloppy.engine.is_over()) {
      sloppy.now += std::chrono::milliseconds(step_ms(rng));
      sloppy.take(sloppy.engine.update(sloppy.now));
    }
    EXPECT_EQ(describe_all(sloppy.events), describe_all(exact.events)) << stem;
    EXPECT_EQ(exact.of_kind(K::session_finished).at(0).scheduled - kT0,
              std::chrono::duration_cast<Nanos>(exact.engine.plan().total))
        << stem;
  }
}

TEST(SessionEngine, BuiltInRoutinesStartEveryPhaseOnceInOrder) {
  for (const std::string stem : {"morning-calf-stretch", "bedtime-stretches", "calf-self-massage", "evening-wind-down"}) {
    Driver d(builtin_plan(stem));
    d.start();
    d.run_to_end();
    const auto started = d.of_kind(K::phase_started);
    ASSERT_EQ(started.size(), d.engine.plan().phases.size()) << stem;
    for (std::size_t i = 0; i < started.size(); ++i) {
      EXPECT_EQ(started[i].phase, static_cast<int>(i));
      EXPECT_EQ(started[i].scheduled - kT0, std::chrono::duration_cast<Nanos>(d.engine.plan().phases[i].start));
    }
    EXPECT_THAT(d.engine.completed_phases(), ::testing::Each(true));
  }
}

TEST(SessionEngine, ReportsPhaseTimeAndProgress) {
  Driver d(plan_of(kTiny));
  d.start();
  d.run_until(kT0 + 4500ms);  // 1.5 s into the first hold
  EXPECT_EQ(d.engine.current_index(), 1);
  EXPECT_EQ(d.engine.phase_elapsed(d.now), 1500ms);
  EXPECT_EQ(d.engine.phase_remaining(d.now), 3500ms);
  EXPECT_EQ(d.engine.total_remaining(d.now), 57s - 4500ms);
  EXPECT_NEAR(d.engine.progress(d.now), 4.5 / 57.0, 1e-9);
  EXPECT_EQ(d.engine.next_deadline(), kT0 + 5s);  // the "3" tick
  EXPECT_EQ(d.engine.next_phase()->kind, PhaseKind::rest);
}

TEST(SessionEngine, PauseFreezesTimeAndResumeShiftsEveryBoundary) {
  Driver d(plan_of(kTiny));
  d.start();
  d.run_until(kT0 + 4s);
  d.take(d.engine.pause(d.now));
  EXPECT_EQ(d.engine.status(), SessionStatus::paused);
  EXPECT_EQ(d.engine.next_deadline(), std::nullopt);
  d.now += 60s;
  d.take(d.engine.update(d.now));
  EXPECT_EQ(d.engine.phase_remaining(d.now), 4s);
  d.take(d.engine.resume(d.now));
  d.run_to_end();
  EXPECT_EQ(d.of_kind(K::phase_started).at(2).scheduled - kT0, 68s);  // the rest, 60 s later than planned
  EXPECT_EQ(d.of_kind(K::session_finished).at(0).scheduled - kT0, 117s);
  EXPECT_EQ(d.engine.active_time(d.now), 57s);
  EXPECT_EQ(d.of_kind(K::paused).size(), 1u);
  EXPECT_EQ(d.of_kind(K::resumed).size(), 1u);
  EXPECT_EQ(d.engine.toggle_pause(d.now).size(), 0u);  // nothing to pause once over
}

TEST(SessionEngine, SkipJumpsToTheNextPhaseAndCountsTheSkippedTime) {
  Driver d(plan_of(kTiny));
  d.start();
  d.run_until(kT0 + 4s);  // 1 s into hold L1
  const SessionEvents skipped = d.engine.skip(d.now);
  ASSERT_EQ(skipped.size(), 2u);
  EXPECT_EQ(skipped[0].kind, K::skipped);
  EXPECT_EQ(skipped[0].phase, 1);
  EXPECT_EQ(skipped[1].kind, K::phase_started);
  EXPECT_EQ(skipped[1].phase, 2);
  EXPECT_EQ(skipped[1].scheduled, d.now);
  EXPECT_EQ(d.engine.skipped_time(), 4s);
  EXPECT_FALSE(d.engine.completed_phases()[1]);
  d.run_to_end();
  EXPECT_EQ(d.engine.active_time(d.now), 57s - 4s);
}

TEST(SessionEngine, SkippingTheLastPhaseCompletesTheSession) {
  Driver d(plan_of("limber: 1\nname: One\nget_ready: 0\nexercises:\n  - {name: A, duration: 10s}\n"));
  d.start();
  d.run_until(kT0 + 2s);
  d.take(d.engine.skip(d.now));
  EXPECT_EQ(d.engine.status(), SessionStatus::completed);
  EXPECT_THAT(describe_all(d.events), ::testing::ElementsAre("session_started@0:-1:0", "phase_started@0:0:0",
                                                            "skipped@2000:0:1", "exercise_finished@2000:0:0",
                                                            "session_finished@2000:0:0"));
}

TEST(SessionEngine, BackRestartsTheRepOrGoesToThePreviousOneEarlyInIt) {
  Driver d(plan_of(kTiny));
  d.start();
  d.run_until(kT0 + 11s);  // 1 s into hold L2 (phase 3), whose rep starts at 10 s
  SessionEvents back = d.engine.back(d.now);
  ASSERT_EQ(back.size(), 2u);
  EXPECT_EQ(back[0].kind, K::went_back);
  EXPECT_EQ(back[1].phase, 3);  // restarted rep 2
  EXPECT_EQ(d.engine.phase_remaining(d.now), 5s);
  EXPECT_EQ(d.engine.skipped_time(), -1s);

  d.now += 500ms;  // within its first second: go to rep 1
  back = d.engine.back(d.now);
  EXPECT_EQ(back.back().phase, 1);
  d.now += 1s;  // in the rest of rep 1: restarts rep 1 at its hold
  d.take(d.engine.update(d.now));
  d.run_until(d.now + 5500ms);
  EXPECT_EQ(d.engine.current_index(), 2);
  back = d.engine.back(d.now);
  EXPECT_EQ(back.back().phase, 1);
  d.run_to_end();
  EXPECT_EQ(d.engine.active_time(d.now), 57s - d.engine.skipped_time());
}

TEST(SessionEngine, BackAcrossASideSwitchSaysSo) {
  Driver d(plan_of(kTiny));
  d.start();
  d.run_until(kT0 + 19500ms);  // 0.5 s into hold R1 (phase 5)
  const SessionEvents back = d.engine.back(d.now);
  EXPECT_EQ(back.back().phase, 4);  // the switch
  const SessionEvents again = d.engine.back(d.now);
  ASSERT_GE(again.size(), 3u);
  EXPECT_EQ(again[1].phase, 3);  // hold L2
  EXPECT_EQ(again[2].kind, K::side_switched);
}

TEST(SessionEngine, SkipExerciseGoesToWhatFollowsIt) {
  Driver d(plan_of(kTiny));
  d.start();
  d.run_until(kT0 + 5s);
  const SessionEvents skipped = d.engine.skip_exercise(d.now);
  EXPECT_EQ(skipped[0].kind, K::skipped);
  EXPECT_EQ(skipped[0].count, 7);  // phases 1..7
  EXPECT_EQ(skipped[1].kind, K::exercise_finished);
  EXPECT_EQ(skipped[2].phase, 8);  // the transition to B
  // From a transition, it is a plain skip into B.
  EXPECT_EQ(d.engine.skip_exercise(d.now).back().phase, 9);
}

TEST(SessionEngine, StopEndsTheSessionAsStopped) {
  Driver d(plan_of(kTiny));
  d.start();
  d.run_until(kT0 + 12s);
  d.take(d.engine.pause(d.now));
  d.now += 5s;
  d.take(d.engine.stop(d.now));
  EXPECT_EQ(d.engine.status(), SessionStatus::stopped);
  EXPECT_EQ(d.engine.active_time(d.now + 100s), 12s);
  EXPECT_EQ(d.engine.ended_at(), d.now);
  EXPECT_TRUE(d.engine.update(d.now + 100s).empty());
  EXPECT_TRUE(d.engine.skip(d.now + 100s).empty());
  EXPECT_EQ(d.events.back().kind, K::stopped);
  EXPECT_TRUE(d.engine.completed_phases()[1]);
  EXPECT_FALSE(d.engine.completed_phases()[3]);
}

TEST(SessionEngine, AClockJumpPausesAtThePhaseThatWasRunning) {
  Driver d(plan_of(kTiny));
  d.start();
  d.run_until(kT0 + 4200ms);  // hold L1, 0.8 s left before the "3" tick
  d.now += 45s;               // the process was stopped
  const SessionEvents events = d.engine.update(d.now);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].kind, K::paused);
  EXPECT_TRUE(events[0].automatic);
  EXPECT_EQ(d.engine.current_index(), 1);
  EXPECT_EQ(d.engine.phase_remaining(d.now), 3800ms);
  d.take(d.engine.resume(d.now));
  d.run_to_end();
  EXPECT_EQ(d.engine.active_time(d.now), 57s);
}

TEST(SessionEngine, ALateButNotJumpedClockCatchesUpInOrder) {
  Driver d(plan_of(kTiny));
  d.start();
  // Wakes 1.9 s after the first missed deadline (the tick at 1 s): within the clock-jump limit.
  const SessionEvents events = d.engine.update(kT0 + 2900ms);
  EXPECT_THAT(describe_all(events), ::testing::ElementsAre("countdown_tick@1000:0:2", "countdown_tick@2000:0:1"));
  EXPECT_EQ(d.engine.status(), SessionStatus::running);
}

TEST(SessionEngine, PreviewShowsWhatIsComingWithoutChangingAnything) {
  Driver d(plan_of(kTiny));
  d.start();
  const SessionEvents coming = d.engine.preview(kT0 + 3s);
  EXPECT_THAT(describe_all(coming), ::testing::ElementsAre("countdown_tick@1000:0:2", "countdown_tick@2000:0:1",
                                                          "phase_started@3000:1:0"));
  EXPECT_EQ(d.engine.current_index(), 0);
  EXPECT_EQ(describe_all(d.engine.update(kT0 + 3s)), describe_all(coming));
}

// Random control sequences over random routines: the invariants the rest of Limber relies on.
TEST(SessionEngine, PropertiesHoldUnderRandomControl) {
  std::mt19937 rng(7);
  const auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  for (int round = 0; round < 400; ++round) {
    Routine routine;
    routine.name = "R";
    routine.get_ready = std::chrono::seconds{pick(0, 4)};
    for (int e = pick(1, 4); e > 0; --e) {
      Exercise ex;
      ex.name = "E";
      if (pick(0, 1)) ex.sides = {Side::left, Side::right};
      ex.reps = {pick(1, 4), 4};
      ex.sets = pick(1, 2);
      ex.set_rest = std::chrono::seconds{pick(0, 3)};
      ex.switch_time = std::chrono::seconds{pick(0, 3)};
      ex.rest_after = std::chrono::seconds{pick(0, 3)};
      if (pick(0, 2) == 0) {
        ex.body = TimedStep{std::chrono::seconds{pick(1, 25)}};
      } else if (pick(0, 1)) {
        ex.body = HoldRest{std::chrono::seconds{pick(1, 25)}, std::chrono::seconds{pick(1, 5)}};
      } else {
        ex.body = CustomPhases{{{"In", std::chrono::seconds{pick(1, 3)}}, {"Out", std::chrono::seconds{pick(1, 3)}}}};
      }
      routine.exercises.push_back(ex);
    }
    Driver d(std::make_shared<const Plan>(expand_plan(routine, pick(1, 4))));
    const auto& plan = d.engine.plan();
    d.start();
    bool stopped = false;
    while (!d.engine.is_over()) {
      d.now += std::chrono::milliseconds(pick(1, 1500));
      SessionEvents batch;
      switch (pick(0, 30)) {
        case 0: batch = d.engine.toggle_pause(d.now); break;
        case 1: batch = d.engine.skip(d.now); break;
        case 2: batch = d.engine.back(d.now); break;
        case 3: batch = d.engine.skip_exercise(d.now); break;
        case 4:
          if (pick(0, 5) == 0) {
            batch = d.engine.stop(d.now);
            stopped = true;
          } else {
            batch = d.engine.update(d.now);
          }
          break;
        default: batch = d.engine.update(d.now); break;
      }
      if (d.engine.status() == SessionStatus::paused && pick(0, 3) == 0) {
        const SessionEvents resumed = d.engine.resume(d.now);
        batch.insert(batch.end(), resumed.begin(), resumed.end());
      }
      d.take(batch);
      if (auto deadline = d.engine.next_deadline()) {
        ASSERT_GT(*deadline, d.now) << round << " after " << (batch.empty() ? "nothing" : describe(batch.back()));
      }
    }

    // Exactly one start and one end.
    ASSERT_EQ(d.of_kind(K::session_started).size(), 1u);
    ASSERT_EQ(d.of_kind(K::session_finished).size() + d.of_kind(K::stopped).size(), 1u);
    ASSERT_EQ(stopped, d.engine.status() == SessionStatus::stopped);

    // Time never runs backwards, and phase order follows the plan: +1 naturally or by a skip,
    // +count after a skip of several, never forward after Back.
    int expected_next = 0;
    int previous_phase = -1;
    K cause = K::session_started;
    Nanos last_time = kT0;
    std::map<std::tuple<int, int, int>, int> marks_in_visit;
    for (const SessionEvent& e : d.events) {
      ASSERT_GE(e.scheduled, last_time) << round;
      last_time = e.scheduled;
      if (e.kind == K::skipped) expected_next = e.phase + e.count;
      if (e.kind == K::went_back || e.kind == K::skipped) cause = e.kind;
      if (e.kind == K::phase_started) {
        if (cause == K::went_back) {
          ASSERT_LE(e.phase, previous_phase) << round;
        } else {
          ASSERT_EQ(e.phase, expected_next) << round;
        }
        previous_phase = e.phase;
        expected_next = e.phase + 1;
        cause = K::phase_started;
        marks_in_visit.clear();
      }
      if (e.kind == K::countdown_tick || e.kind == K::halfway) {
        // Never twice in one visit of a phase.
        const auto key = std::make_tuple(static_cast<int>(e.kind), e.phase, e.count);
        ASSERT_EQ(++marks_in_visit[key], 1) << round;
        ASSERT_EQ(e.phase, previous_phase);
      }
    }

    // Active time is the plan's total less what was skipped (Back counts as negative skipping).
    if (d.engine.status() == SessionStatus::completed) {
      ASSERT_EQ(d.engine.active_time(d.now), std::chrono::duration_cast<Nanos>(plan.total) - d.engine.skipped_time())
          << round;
    } else {
      ASSERT_EQ(d.engine.active_time(d.now), d.engine.plan_position(d.now) - d.engine.skipped_time()) << round;
    }
  }
}

}  // namespace
}  // namespace limber
