// Steps that last until Done (`duration: until-done`, docs/routine-format.md): read and written,
// planned, run by the engine (the minimum, Done, pause, skip, back, the real length), shown and
// spoken.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/routine/routine_loader.hpp"
#include "core/routine/routine_yaml.hpp"
#include "core/session/phase_text.hpp"
#include "core/session/session_display.hpp"
#include "core/session/session_engine.hpp"
#include "core/session/spoken_cues.hpp"
#include "core/session/spoken_phrases.hpp"

namespace limber {
namespace {

using namespace std::chrono_literals;
using ::testing::HasSubstr;

constexpr const char* kRescue = R"(limber: 1
name: Rescue
get_ready: 0
exercises:
  - name: Walk it off
    cue: Walk it off until the cramp has gone
    duration: until-done
    at_least: 5s
    rest_after: 0
  - name: Breathe
    duration: 10s
)";

std::shared_ptr<const Plan> rescue_plan() {
  RoutineResult routine = parse_routine(kRescue, "rescue.yaml");
  EXPECT_TRUE(routine) << (routine ? "" : format_diagnostic(routine.error().front()));
  return std::make_shared<const Plan>(expand_plan(routine ? *routine : Routine{}));
}

std::string first_problem(const std::string& text) {
  RoutineResult routine = parse_routine(text, "t.yaml");
  if (routine) return "(loaded)";
  const Diagnostic& d = routine.error().front();
  return std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message;
}

// Its length in words: "0:05+" with a minimum, "until Done" without (never "0:00"), as the
// session's "Next:" line and `limber plan` show it.
TEST(UntilDone, ItsLengthIsAMinimumOrUntilDone) {
  const auto plan = rescue_plan();
  ASSERT_TRUE(plan->phases.front().until_done);
  EXPECT_EQ(phase_length_text(plan->phases.front()), "0:05+");
  PlannedPhase open_ended = plan->phases.front();
  open_ended.duration = Seconds{0};
  EXPECT_EQ(phase_length_text(open_ended), "until Done");
  PlannedPhase timed = plan->phases.back();
  EXPECT_EQ(phase_length_text(timed), "0:10");
}

TEST(UntilDone, IsReadCheckedAndWrittenBack) {
  RoutineResult routine = parse_routine(kRescue, "rescue.yaml");
  ASSERT_TRUE(routine);
  const auto& step = std::get<TimedStep>(routine->exercises[0].body);
  EXPECT_TRUE(step.until_done);
  EXPECT_EQ(step.duration, 5s);
  const std::string yaml = routine_to_yaml(*routine);
  EXPECT_THAT(yaml, HasSubstr("    duration: until-done\n    at_least: 5s\n"));
  EXPECT_EQ(parse_routine(yaml, "again.yaml").value(), *routine);

  const std::string head = "limber: 1\nname: N\nexercises:\n  - name: E\n";
  EXPECT_EQ(first_problem(head + "    duration: until-done\n"), "(loaded)");  // no minimum: Done at once
  EXPECT_EQ(first_problem(head + "    duration: 1m\n    at_least: 30s\n"),
            "6:15: `at_least` goes with `duration: until-done` only: a step of a set length has no minimum");
  EXPECT_EQ(first_problem(head + "    hold: 5s\n    rest: 5s\n    at_least: 30s\n"),
            "7:5: `at_least` goes with `duration: until-done` only: a step of a set length has no minimum");
  EXPECT_EQ(first_problem(head + "    duration: until-done\n    at_least: 2h\n"), "6:15: `at_least` is 2h; no phase may be longer than 1h");
  EXPECT_EQ(first_problem(head + "    duration: untill-done\n"),
            "5:15: `duration`: `untill-done` is not a duration: write seconds (45 or 45s), minutes (2m, 1m30s) or hours (1h)");
  const std::string phases = head + "    phases:\n      - {name: Massage, duration: until-done, at_least: 20s}\n";
  RoutineResult massage = parse_routine(phases, "m.yaml");
  ASSERT_TRUE(massage) << first_problem(phases);
  const auto& phase = std::get<CustomPhases>(massage->exercises[0].body).phases[0];
  EXPECT_TRUE(phase.until_done);
  EXPECT_EQ(phase.duration, 20s);
  EXPECT_EQ(parse_routine(routine_to_yaml(*massage), "again.yaml").value(), *massage);
}

TEST(UntilDone, WaitsAfterItsMinimumForDoneAndMovesWhatFollows) {
  const auto plan = rescue_plan();
  ASSERT_EQ(plan->phases.size(), 2u);
  EXPECT_TRUE(plan->phases[0].until_done);
  EXPECT_EQ(plan->total, 15s);  // the minimum, then the 10 s step
  EXPECT_TRUE(phase_marks(plan->phases[0]).empty());  // no halfway, no 3-2-1

  const Nanos t0 = 1000s;
  SessionEngine engine(plan);
  (void)engine.start(t0);
  (void)engine.update(t0 + 3s);
  EXPECT_TRUE(engine.done(t0 + 3s).empty()) << "Done before the minimum does nothing";
  EXPECT_EQ(engine.current_index(), 0);
  EXPECT_EQ(engine.next_deadline(), t0 + 5s);
  (void)engine.update(t0 + 5s);
  EXPECT_TRUE(engine.waiting_for_done());
  EXPECT_EQ(engine.next_deadline(), std::nullopt);  // nothing to wake for: the user ends it
  EXPECT_TRUE(engine.preview(t0 + 600s).empty());
  (void)engine.update(t0 + 60s);
  EXPECT_EQ(engine.current_index(), 0);
  EXPECT_EQ(engine.plan_position(t0 + 60s), 5s);
  EXPECT_EQ(engine.overtime(t0 + 60s), 55s);
  EXPECT_EQ(engine.total_remaining(t0 + 60s), 10s);
  const SessionDisplay counting = describe_session(engine, t0 + 60s, std::nullopt);
  EXPECT_TRUE(counting.done_available);
  EXPECT_EQ(counting.countdown_seconds, 60);  // counting up: a minute so far
  EXPECT_EQ(counting.phase_fraction, 1);

  const SessionEvents done = engine.done(t0 + 62s);
  ASSERT_FALSE(done.empty());
  EXPECT_EQ(done.back().kind, SessionEventKind::phase_started);
  EXPECT_EQ(done.back().scheduled, t0 + 62s);
  EXPECT_EQ(engine.current_index(), 1);
  EXPECT_EQ(engine.next_deadline(), t0 + 62s + 7s);  // the next step's countdown, moved by the wait
  SessionEvents end;
  // The 3-2-1 of the last step, then its end, each at its moment as the app's loop would wake.
  while (const auto deadline = engine.next_deadline()) {
    const SessionEvents batch = engine.update(*deadline);
    end.insert(end.end(), batch.begin(), batch.end());
  }
  ASSERT_FALSE(end.empty());
  EXPECT_EQ(end.back().kind, SessionEventKind::session_finished);
  EXPECT_EQ(end.back().scheduled, t0 + 72s);
  EXPECT_EQ(engine.active_time(t0 + 72s), 72s);  // its real length, not the plan's 15 s
  EXPECT_TRUE(engine.completed_phases()[0]);
  EXPECT_EQ(engine.skipped_time(), 0s);
}

TEST(UntilDone, PausesDoNotCountAndSkipAndBackStillWork) {
  const auto plan = rescue_plan();
  const Nanos t0 = 1000s;
  SessionEngine engine(plan);
  (void)engine.start(t0);
  (void)engine.update(t0 + 5s);
  (void)engine.update(t0 + 10s);  // no deadline while waiting: no clock jump either
  ASSERT_TRUE(engine.waiting_for_done());
  (void)engine.pause(t0 + 20s);
  EXPECT_TRUE(engine.done(t0 + 25s).empty()) << "Done while paused does nothing";
  (void)engine.resume(t0 + 50s);
  EXPECT_EQ(engine.overtime(t0 + 60s), 25s);  // 5 s to 60 s, less the 30 s paused
  EXPECT_EQ(engine.active_time(t0 + 60s), 30s);
  (void)engine.skip(t0 + 60s);
  EXPECT_EQ(engine.current_index(), 1);
  EXPECT_FALSE(engine.completed_phases()[0]);  // skipped, not done
  EXPECT_EQ(engine.skipped_time(), 0s);        // the wait was not the plan's time
  (void)engine.back(t0 + 60s + 500ms);  // early in the next step: back to the one before
  EXPECT_EQ(engine.current_index(), 0);
  EXPECT_FALSE(engine.waiting_for_done());
  (void)engine.update(t0 + 66s);
  EXPECT_TRUE(engine.waiting_for_done());  // its minimum again
  (void)engine.stop(t0 + 70s);
  EXPECT_EQ(engine.status(), SessionStatus::stopped);
  EXPECT_FALSE(engine.waiting_for_done());
}

TEST(UntilDone, TheVoiceSaysTheStepAndThatDoneEndsIt) {
  const auto plan = rescue_plan();
  const SessionEvent start{.kind = SessionEventKind::phase_started, .phase = 0, .exercise = 0};
  const auto options = phrase_options(start, *plan, plan->total);
  ASSERT_FALSE(options.empty());
  EXPECT_EQ(options.front(), "Walk it off until the cramp has gone. Tap Done when it is over.");
  EXPECT_GE(speech_window(start, *plan), 30s);  // a minimum of 5 s still leaves room to say it
}

}  // namespace
}  // namespace limber
