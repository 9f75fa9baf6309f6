#include "core/session/session_display.hpp"

#include <gtest/gtest.h>

#include "core/routine/routine_loader.hpp"
#include "core/session/phase_text.hpp"
#include "core/session/session_summary.hpp"
#include "support/fixtures.hpp"

namespace limber {
namespace {

using namespace std::chrono_literals;

// Runs the engine to `until` the way the app does: waking at every deadline on the way.
void run_to(SessionEngine& engine, Nanos until) {
  while (auto deadline = engine.next_deadline()) {
    if (*deadline > until) break;
    (void)engine.update(*deadline);
  }
  (void)engine.update(until);
}

SessionEngine engine_for(const std::string& stem) {
  auto routine = load_routine_file(testing::routines_dir() / (stem + ".yaml"));
  return SessionEngine(std::make_shared<const Plan>(expand_plan(*routine)));
}

TEST(SessionDisplay, DuringAHold) {
  SessionEngine engine = engine_for("morning-calf-stretch");
  (void)engine.start(0s);
  run_to(engine, 6200ms);
  const SessionDisplay d = describe_session(engine, 6200ms, 5s);
  EXPECT_EQ(d.kind, PhaseKind::hold);
  EXPECT_EQ(d.phase_word, "HOLD");
  EXPECT_EQ(d.exercise, "Calf ledge stretch");
  EXPECT_EQ(d.context, "Left leg \u00b7 Rep 1 of 6");
  EXPECT_EQ(d.countdown_seconds, 4);  // 3.8 s left shows as 4
  EXPECT_NEAR(d.phase_fraction, 1.2 / 5, 1e-9);
  EXPECT_EQ(d.time_left, "1:54 left");
  EXPECT_EQ(d.next, "Next: Relax \u00b7 0:05");
  EXPECT_FALSE(d.paused);
  EXPECT_EQ(d.flash, 0.0);  // 1.2 s after the change: the flash is over
  EXPECT_NE(d.instructions.find("ledge"), std::string::npos);
}

TEST(SessionDisplay, GetReadyShowsTheFirstExercise) {
  SessionEngine engine = engine_for("bedtime-stretches");
  (void)engine.start(0s);
  const SessionDisplay d = describe_session(engine, 1s, 0s);
  EXPECT_EQ(d.phase_word, "GET READY");
  EXPECT_EQ(d.exercise, "Calf stretch, standing");
  EXPECT_NE(d.instructions.find("wall"), std::string::npos);
  EXPECT_EQ(d.countdown_seconds, 9);
  EXPECT_EQ(d.context, "Left leg first");  // which leg, before the first hold
}

// `side_of:` names the sides everywhere the screen shows one: arms, or the sides of the body.
constexpr std::string_view kArmsAndSides = R"(limber: 1
name: Desk break
get_ready: 5s
exercises:
  - name: Wall arm stretch
    sides: [left, right]
    side_of: arm
    reps: 2
    hold: 3s
    rest: 2s
    switch: 4s
  - name: Side bend
    sides: [right, left]
    side_of: body
    duration: 10s
)";

TEST(SessionDisplay, ArmsAndSidesOfTheBodyAreNamedAsTheRoutineSays) {
  const auto routine = parse_routine(kArmsAndSides, "desk-break");
  ASSERT_TRUE(routine);
  SessionEngine engine(std::make_shared<const Plan>(expand_plan(*routine)));
  (void)engine.start(0s);
  EXPECT_EQ(describe_session(engine, 1s, 0s).context, "Left arm first");
  run_to(engine, 6s);
  EXPECT_EQ(describe_session(engine, 6s, 0s).context, "Left arm \u00b7 Rep 1 of 2");
  run_to(engine, 16s);  // 5 s get ready + 2 reps of 5 s: the switch
  EXPECT_EQ(engine.current_phase()->kind, PhaseKind::switch_sides);
  EXPECT_EQ(describe_session(engine, 16s, 0s).context, "Switch to the right arm");
  EXPECT_EQ(phase_label(engine.plan(), *engine.current_phase()), "Switch to the right arm");
  run_to(engine, 30s);  // the right arm (10 s), then the 10 s before the side bend
  EXPECT_EQ(engine.current_phase()->kind, PhaseKind::transition);
  EXPECT_EQ(describe_session(engine, 30s, 0s).context, "Next: Side bend \u00b7 Right side first");
  run_to(engine, 42s);  // 2 s into the side bend
  EXPECT_EQ(engine.current_phase()->kind, PhaseKind::timed);
  EXPECT_EQ(describe_session(engine, 42s, 0s).context, "Right side");
  EXPECT_EQ(reps_done_text(engine.plan(), RepsDone{.exercise = 0, .side = Side::right, .done = 1, .target = 2}),
            "Wall arm stretch \u00b7 Right arm: 1 of 2 reps");
  EXPECT_EQ(reps_done_text(engine.plan(), RepsDone{.exercise = 1, .side = Side::right, .done = 1, .target = 1}),
            "Side bend \u00b7 Right side: 1 of 1 done");
}

TEST(SessionDisplay, FlashesRightAfterAPhaseChangeButNotWhilePaused) {
  SessionEngine engine = engine_for("morning-calf-stretch");
  (void)engine.start(0s);
  run_to(engine, 5100ms);
  EXPECT_NEAR(describe_session(engine, 5100ms, 5s).flash, 1.0 - 100.0 / 700.0, 1e-9);
  (void)engine.pause(5100ms);
  const SessionDisplay paused = describe_session(engine, 5200ms, 5s);
  EXPECT_TRUE(paused.paused);
  EXPECT_EQ(paused.flash, 0.0);
}

TEST(SessionDisplay, SwitchAndTransitionSayWhatToDo) {
  SessionEngine engine = engine_for("bedtime-stretches");
  (void)engine.start(0s);
  run_to(engine, 61s);
  SessionDisplay d = describe_session(engine, 61s, std::nullopt);
  EXPECT_EQ(d.phase_word, "SWITCH SIDES");
  EXPECT_EQ(d.context, "Switch to the right leg");
  run_to(engine, 121s);
  d = describe_session(engine, 121s, std::nullopt);
  EXPECT_EQ(d.phase_word, "NEXT UP");
  EXPECT_EQ(d.context, "Next: Hamstring stretch, standing \u00b7 Left leg first");  // and which leg it starts on
  EXPECT_EQ(d.exercise, "Hamstring stretch, standing");
}

TEST(SessionDisplay, TheLastPhaseSaysSo) {
  SessionEngine engine = engine_for("calf-self-massage");
  (void)engine.start(0s);
  run_to(engine, 141s);
  const SessionDisplay d = describe_session(engine, 141s, std::nullopt);
  EXPECT_EQ(d.phase_word, "GO");
  EXPECT_EQ(d.next, "Last one");
  EXPECT_EQ(d.context, "Right leg");
}

TEST(SessionDisplay, DrawsWhenTheNumberChangesOrTheRingMovesAVisibleStep) {
  SessionEngine engine = engine_for("bedtime-stretches");  // 10 s phases: ring steps of 333 ms
  (void)engine.start(0s);
  run_to(engine, 12100ms);
  // 7.9 s left in the hold: the number changes in 0.9 s, the ring moves a step 333 ms after the last frame.
  EXPECT_EQ(next_session_frame(engine, 12100ms, 12100ms, std::nullopt), 12100ms + Nanos{10s} / 30);
  EXPECT_EQ(next_session_frame(engine, 12100ms, 11000ms, std::nullopt), 12100ms);  // overdue: now
  // Close to a second boundary the number wins.
  EXPECT_EQ(next_session_frame(engine, 12950ms, 12950ms, std::nullopt), 13s);
  // During the flash, 20 frames a second.
  EXPECT_EQ(next_session_frame(engine, 10100ms, 10100ms, 10s), 10150ms);
  (void)engine.pause(12100ms);
  EXPECT_EQ(next_session_frame(engine, 13s, 12100ms, std::nullopt), std::nullopt);
}

}  // namespace
}  // namespace limber
