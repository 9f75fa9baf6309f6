// Pose figures: the files Limber ships, the format's checks, the figure's proportions, and how a
// session moves the figure.
#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "core/pose/pose.hpp"
#include "core/pose/pose_figure.hpp"
#include "core/pose/pose_loader.hpp"
#include "core/routine/routine_loader.hpp"
#include "core/routine/routine_yaml.hpp"
#include "core/session/pose_motion.hpp"
#include "core/session/session_display.hpp"
#include "support/fixtures.hpp"

namespace limber {
namespace {

using ::testing::HasSubstr;
using namespace std::chrono_literals;

double distance(Point2 a, Point2 b) { return std::hypot(a.x - b.x, a.y - b.y); }

TEST(Poses, EveryBuiltInPoseHasItsFileAndEveryFileIsABuiltInPose) {
  std::set<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(testing::poses_dir())) files.insert(entry.path().stem().string());
  std::set<std::string> listed(kBuiltInPoses.begin(), kBuiltInPoses.end());
  EXPECT_EQ(files, listed);
  for (const std::string_view name : kBuiltInPoses) {
    const auto pose = load_pose_file(testing::poses_dir() / (std::string(name) + ".yaml"));
    ASSERT_TRUE(pose) << name << ": " << format_diagnostic(pose.error().front());
    EXPECT_EQ(pose->name, name);
    EXPECT_FALSE(pose->description.empty());
    EXPECT_NE(pose->rest, pose->hold) << name << " does not move";
  }
}

// However the hands and feet are placed, the limbs keep their lengths: the figure never stretches.
TEST(Poses, TheFigureKeepsItsProportionsInEveryPosition) {
  using B = BodyProportions;
  for (const std::string_view name : kBuiltInPoses) {
    const auto pose = load_pose_file(testing::poses_dir() / (std::string(name) + ".yaml"));
    ASSERT_TRUE(pose);
    for (double t : {0.0, 0.25, 0.5, 0.75, 1.0}) {
      const Figure f = solve_figure(blend(pose->rest, pose->hold, t));
      SCOPED_TRACE(fmt::format("{} at {}", name, t));
      for (const LegJoints* leg : {&f.near_leg, &f.far_leg}) {
        EXPECT_NEAR(distance(leg->hip, leg->knee), B::thigh, 1e-9);
        EXPECT_NEAR(distance(leg->knee, leg->ankle), B::shin, 1e-9);
        EXPECT_NEAR(distance(leg->heel, leg->toes), B::foot_length, 1e-9);
        EXPECT_GE(std::min(leg->heel.y, leg->toes.y), -0.01);  // nothing sinks into the floor
      }
      for (const ArmJoints* arm : {&f.near_arm, &f.far_arm}) {
        EXPECT_NEAR(distance(arm->shoulder, arm->elbow), B::upper_arm, 1e-9);
        EXPECT_NEAR(distance(arm->elbow, arm->hand), B::forearm, 1e-9);
      }
      EXPECT_NEAR(distance(f.hips, f.shoulders), B::trunk, 1e-9);
    }
  }
}

TEST(Poses, AStandingFiguresKneesBendForwardAndElbowsDown) {
  PoseState s;
  s.hips = {0.45, 0.50};  // a little lower than straight legs allow: the knees must bend
  s.near_hand = {0.75, 0.80};
  const Figure f = solve_figure(s);
  EXPECT_GT(f.near_leg.knee.x, s.hips.x);
  EXPECT_LT(f.near_arm.elbow.y, std::max(f.near_arm.shoulder.y, f.near_arm.hand.y));
}

TEST(Poses, ProblemsInAPoseFileAreGivenWithTheirPlace) {
  const auto bad = parse_pose(
      "limber_pose: 1\n"
      "description: x\n"
      "stretch: calf\n"                          // 3: no such key
      "props:\n"
      "  - {kind: shelf, x: 0.5}\n"              // 5: no such prop
      "rest:\n"
      "  hips: [0.4, 0.53]\n"
      "  lean: ninety\n"                         // 8: not a number
      "hold:\n"
      "  near_hand: [2.5, 1.5]\n",               // 10: beyond reach (found once the rest is right)
      "x", "x.yaml");
  ASSERT_FALSE(bad);
  const Diagnostics& problems = bad.error();
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_EQ(problems[0].line, 3);
  EXPECT_THAT(problems[0].message, HasSubstr("did you mean `stretches`?"));
  EXPECT_EQ(problems[1].line, 5);
  EXPECT_EQ(problems[1].column, 12);
  EXPECT_THAT(problems[1].message, HasSubstr("there is no prop `shelf`"));
  EXPECT_EQ(problems[2].line, 8);
  EXPECT_THAT(problems[2].message, HasSubstr("rest's lean must be a number"));

  const auto far = parse_pose("limber_pose: 1\ndescription: x\nrest:\n  hips: [0.4, 0.53]\nhold:\n  near_hand: [1.5, 1.5]\n",
                              "x", "x.yaml");
  ASSERT_FALSE(far);
  EXPECT_EQ(far.error().front().line, 6);
  EXPECT_THAT(far.error().front().message, HasSubstr("the near_hand is"));
  EXPECT_THAT(far.error().front().message, HasSubstr("beyond the limb's reach"));
}

TEST(Poses, ARoutineNamesAPoseLimberKnows) {
  const std::string routine =
      "limber: 1\nname: R\nexercises:\n  - name: E\n    pose: calf-ledeg\n    hold: 5s\n    rest: 5s\n";
  const auto loaded = parse_routine(routine, "r.yaml");
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().front().line, 5);
  EXPECT_EQ(loaded.error().front().column, 11);
  EXPECT_THAT(loaded.error().front().message, HasSubstr("there is no pose `calf-ledeg`: did you mean `calf-ledge`?"));
  const auto good = parse_routine("limber: 1\nname: R\nexercises:\n  - name: E\n    pose: calf-ledge\n    hold: 5s\n    rest: 5s\n",
                                  "r.yaml");
  ASSERT_TRUE(good);
  EXPECT_EQ(good->exercises.front().pose, "calf-ledge");
}

// The editor writes back what it read: a figure and a picture survive a round trip.
TEST(Poses, APoseAndAPictureRoundTripThroughTheEditorsDraft) {
  const auto loaded = parse_routine(
      "limber: 1\nname: R\nexercises:\n  - name: E\n    pose: calf-wall\n    image: my physio.JPG\n    hold: 5s\n"
      "    rest: 5s\n",
      "r.yaml");
  ASSERT_TRUE(loaded);
  EXPECT_EQ(loaded->exercises.front().image, "my physio.JPG");
  const std::string yaml = routine_to_yaml(*loaded);
  EXPECT_THAT(yaml, HasSubstr("    pose: calf-wall\n"));
  const auto again = parse_routine(yaml, "r.yaml");
  ASSERT_TRUE(again) << yaml;
  EXPECT_EQ(*again, *loaded);
}

TEST(Poses, EveryBuiltInExerciseHasAPose) {
  for (const auto& entry : std::filesystem::directory_iterator(testing::routines_dir())) {
    const auto routine = load_routine_file(entry.path());
    ASSERT_TRUE(routine) << entry.path();
    for (const Exercise& e : routine->exercises) EXPECT_FALSE(e.pose.empty()) << e.name;
  }
}

// The engine moved to `to` as a running session would be, a little at a time (a jump would look
// like a suspended machine and pause it).
void run_to(SessionEngine& engine, Nanos from, Nanos to) {
  for (Nanos at = from; at < to; at += 100ms) (void)engine.update(at);
  (void)engine.update(to);
}

SessionEngine engine_for(const std::string& yaml) {
  const auto routine = parse_routine(yaml, "r.yaml");
  EXPECT_TRUE(routine) << (routine ? "" : format_diagnostic(routine.error().front()));
  SessionEngine engine(std::make_shared<const Plan>(expand_plan(*routine)));
  (void)engine.start(Nanos{0});
  return engine;
}

// In a hold the figure eases in over kPoseEase and then holds still (asking for no frames of
// its own); the relax phase eases it back out; the second side is the mirror side.
TEST(PoseMotion, AHoldEasesInThenHoldsStillAndTheRestEasesOut) {
  SessionEngine engine = engine_for(
      "limber: 1\nname: R\nget_ready: 3s\nexercises:\n  - name: E\n    pose: calf-ledge\n    sides: [left, right]\n"
      "    reps: 2\n    hold: 10s\n    rest: 10s\n    switch: 5s\n");
  FigureMoment ready = figure_at(engine, 1s);
  EXPECT_EQ(ready.pose, "calf-ledge");
  EXPECT_EQ(ready.side, Side::left);
  EXPECT_EQ(ready.toward_hold, 0);
  EXPECT_FALSE(ready.moving);

  run_to(engine, 0s, 3s);  // the hold starts
  const FigureMoment start = figure_at(engine, 3s);
  const FigureMoment half = figure_at(engine, 3s + kPoseEase / 2);
  const FigureMoment held = figure_at(engine, 3s + kPoseEase + 1ms);
  EXPECT_EQ(start.toward_hold, 0);
  EXPECT_TRUE(start.moving);
  EXPECT_NEAR(half.toward_hold, 0.5, 1e-9);
  EXPECT_EQ(held.toward_hold, 1);
  EXPECT_EQ(held.glow, 1);
  EXPECT_FALSE(held.moving);
  // Held still, the figure asks for no frames: the next is the one the ring and the countdown
  // would ask for with no figure at all.
  SessionEngine plain = engine_for(
      "limber: 1\nname: R\nget_ready: 3s\nexercises:\n  - name: E\n    sides: [left, right]\n"
      "    reps: 2\n    hold: 10s\n    rest: 10s\n    switch: 5s\n");
  run_to(plain, 0s, 3s);
  for (Nanos at = 3s + kPoseEase + 1ms; at < 13s; at += 150ms) {
    EXPECT_EQ(next_session_frame(engine, at, at, std::nullopt), next_session_frame(plain, at, at, std::nullopt));
  }
  EXPECT_LT(*next_session_frame(engine, 3s + 100ms, 3s + 100ms, std::nullopt),
            *next_session_frame(plain, 3s + 100ms, 3s + 100ms, std::nullopt));  // while it moves, it does
  // ... unless the screen shows no moving figure (the user's still picture instead).
  EXPECT_EQ(next_session_frame(engine, 3s + 100ms, 3s + 100ms, std::nullopt, /*figure_shown=*/false),
            next_session_frame(plain, 3s + 100ms, 3s + 100ms, std::nullopt));

  const auto starts = [&](PhaseKind kind) {
    for (const PlannedPhase& p : engine.plan().phases) {
      if (p.kind == kind) return Nanos{p.start} + 1ms;
    }
    return Nanos{-1};
  };
  const Nanos rest = starts(PhaseKind::rest);
  run_to(engine, 3s, rest);
  EXPECT_TRUE(figure_at(engine, rest).moving);
  EXPECT_NEAR(figure_at(engine, rest).toward_hold, 1, 1e-3);
  EXPECT_EQ(figure_at(engine, rest + kPoseEase).toward_hold, 0);
  const Nanos switching = starts(PhaseKind::switch_sides);  // the coming side, at rest
  run_to(engine, rest, switching);
  EXPECT_EQ(figure_at(engine, switching).side, Side::right);
  EXPECT_EQ(figure_at(engine, switching).toward_hold, 0);
}

TEST(PoseMotion, ABreathInRisesOverTheWholePhaseAndTheBreathOutFalls) {
  SessionEngine engine = engine_for(
      "limber: 1\nname: R\nget_ready: 0s\nexercises:\n  - name: Breathe\n    pose: seated-breathing\n    reps: 2\n"
      "    phases:\n      - {name: Breathe in, duration: 4s}\n      - {name: Breathe out, duration: 6s}\n");
  run_to(engine, 0s, 2s);
  EXPECT_NEAR(figure_at(engine, 2s).toward_hold, 0.5, 1e-9);
  EXPECT_TRUE(figure_at(engine, 2s).moving);
  run_to(engine, 2s, 7s);
  EXPECT_NEAR(figure_at(engine, 7s).toward_hold, 0.5, 1e-9);
  EXPECT_TRUE(figure_at(engine, 7s).moving);
}

}  // namespace
}  // namespace limber
