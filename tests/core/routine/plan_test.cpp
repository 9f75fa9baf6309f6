#include "core/routine/plan.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <random>

#include "core/routine/routine_loader.hpp"
#include "support/fixtures.hpp"

namespace limber {
namespace {

Routine builtin(const std::string& stem) {
  RoutineResult result = load_routine_file(testing::routines_dir() / (stem + ".yaml"));
  EXPECT_TRUE(result) << stem;
  return result ? result.value() : Routine{};
}

Routine parsed(std::string_view text) {
  RoutineResult result = parse_routine(text, "t.yaml");
  EXPECT_TRUE(result) << (result ? "" : format_diagnostic(result.error().front()));
  return result ? result.value() : Routine{};
}

std::string kinds(const Plan& plan) {
  std::string out;
  for (const PlannedPhase& p : plan.phases) {
    if (!out.empty()) out += ' ';
    out += phase_kind_key(p.kind);
  }
  return out;
}

// Phases follow each other with no gap or overlap, and the total is their sum.
void expect_contiguous(const Plan& plan) {
  Seconds at{0};
  for (const PlannedPhase& p : plan.phases) {
    EXPECT_EQ(p.start, at) << p.label;
    EXPECT_GT(p.duration, Seconds{0}) << p.label;
    at = p.end();
  }
  EXPECT_EQ(plan.total, at);
}

TEST(Plan, MorningCalfStretchIsSixToEightLedgeStretchesPerFoot) {
  const Routine routine = builtin("morning-calf-stretch");
  const Plan plan = expand_plan(routine);
  expect_contiguous(plan);
  // Get ready, then per leg 6 holds with 5 rests between, a switch in the middle.
  EXPECT_EQ(plan.phases.size(), 1u + 11u + 1u + 11u);
  EXPECT_EQ(plan.total, Seconds{5 + 2 * (6 * 5 + 5 * 5) + 5});
  EXPECT_EQ(plan.exercises.at(0).reps, 6);

  const Plan most = expand_plan(routine, 8);
  EXPECT_EQ(most.total, Seconds{5 + 2 * (8 * 5 + 7 * 5) + 5});
  EXPECT_EQ(expand_plan(routine, 100).total, most.total);  // clamped into 6-8
  EXPECT_EQ(expand_plan(routine, 1).total, plan.total);

  const PlannedPhase& switch_phase = plan.phases.at(12);
  EXPECT_EQ(switch_phase.kind, PhaseKind::switch_sides);
  EXPECT_EQ(switch_phase.label, "Switch to the right leg");
  EXPECT_EQ(switch_phase.side, Side::right);
  EXPECT_EQ(plan.phases.back().kind, PhaseKind::hold);
}

TEST(Plan, BedtimeStretchesFollowTheTrial) {
  const Plan plan = expand_plan(builtin("bedtime-stretches"));
  expect_contiguous(plan);
  int holds = 0;
  for (std::size_t i = 0; i < plan.phases.size(); ++i) {
    const PlannedPhase& p = plan.phases[i];
    if (p.kind == PhaseKind::hold) {
      ++holds;
      EXPECT_EQ(p.duration, Seconds{10});
      EXPECT_EQ(p.reps, 3);
      ASSERT_TRUE(p.side.has_value());
      // Each hold but the third of a leg is followed by a 10 s relaxation.
      if (p.rep < 3) {
        EXPECT_EQ(plan.phases.at(i + 1).kind, PhaseKind::rest);
        EXPECT_EQ(plan.phases.at(i + 1).duration, Seconds{10});
      } else if (i + 1 < plan.phases.size()) {
        EXPECT_NE(plan.phases.at(i + 1).kind, PhaseKind::rest);
      }
    }
  }
  EXPECT_EQ(holds, 3 * 2 * 3);
  EXPECT_EQ(plan.exercises.size(), 3u);
  EXPECT_EQ(kinds(plan).substr(0, 60), "get_ready hold rest hold rest hold switch hold rest hold res");
  EXPECT_EQ(plan.phases.back().kind, PhaseKind::hold);
}

TEST(Plan, NoRestAfterTheLastRepOfASetSideOrExercise) {
  const Plan plan = expand_plan(parsed(R"(limber: 1
name: Sets
get_ready: 3s
exercises:
  - {name: A, sides: [left, right], reps: 2, sets: 2, set_rest: 20s, hold: 5s, rest: 4s, switch: 6s, rest_after: 7s}
  - {name: B, reps: 2, hold: 5s, rest: 4s}
)"));
  expect_contiguous(plan);
  EXPECT_EQ(kinds(plan),
            "get_ready hold rest hold set_rest hold rest hold "       // left: both sets
            "switch hold rest hold set_rest hold rest hold "          // then right
            "transition hold rest hold");
  const PlannedPhase& set_rest = plan.phases.at(4);
  EXPECT_EQ(set_rest.label, "Rest before set 2 of 2");
  EXPECT_EQ(set_rest.set, 2);
  EXPECT_EQ(set_rest.side, Side::left);
  const PlannedPhase& transition = plan.phases.at(16);
  EXPECT_EQ(transition.label, "Next: B");
  EXPECT_EQ(transition.exercise, 1);
  EXPECT_EQ(transition.duration, Seconds{7});
  // 3s get ready; per side 2 sets of (5+4+5) with 20s between; 6s switch; 7s transition; B is 5+4+5.
  EXPECT_EQ(plan.total, Seconds{3 + 2 * (2 * 14 + 20) + 6 + 7 + 14});
}

TEST(Plan, CustomPhasesRepeatPerRepWithTheirNames) {
  const Plan plan = expand_plan(builtin("evening-wind-down"));
  expect_contiguous(plan);
  ASSERT_EQ(plan.phases.size(), 1u + 12u * 2u);
  EXPECT_EQ(plan.phases[1].label, "Breathe in");
  EXPECT_EQ(plan.phases[1].kind, PhaseKind::custom);
  EXPECT_EQ(plan.phases[1].rep, 1);
  EXPECT_EQ(plan.phases[2].label, "Breathe out");
  EXPECT_EQ(plan.phases[24].rep, 12);
  EXPECT_EQ(plan.phases[24].reps, 12);
  EXPECT_FALSE(plan.phases[1].side.has_value());
}

TEST(Plan, TimedStepsHaveNoReps) {
  const Plan plan = expand_plan(builtin("calf-self-massage"));
  expect_contiguous(plan);
  EXPECT_EQ(kinds(plan), "get_ready timed switch timed");
  EXPECT_EQ(plan.phases[1].label, "Calf compression");
  EXPECT_EQ(plan.phases[1].duration, Seconds{120});
  EXPECT_FALSE(plan.phases[1].rep.has_value());
  EXPECT_EQ(plan.phases[3].side, Side::right);
  EXPECT_FALSE(plan.exercises[0].reps.has_value());
}

TEST(Plan, ZeroPausesAreLeftOut) {
  const Plan plan = expand_plan(parsed(
      "limber: 1\nname: Quick\nget_ready: 0\nexercises:\n"
      "  - {name: A, sides: [left, right], switch: 0, hold: 5s, rest: 5s, rest_after: 0}\n"
      "  - {name: B, duration: 1m}\n"));
  expect_contiguous(plan);
  EXPECT_EQ(kinds(plan), "hold hold timed");
}

TEST(Plan, GetReadyBelongsToNoExercise) {
  const Plan plan = expand_plan(builtin("morning-calf-stretch"));
  const PlannedPhase& first = plan.phases.front();
  EXPECT_EQ(first.kind, PhaseKind::get_ready);
  EXPECT_EQ(first.exercise, -1);
  EXPECT_FALSE(first.side || first.set || first.rep);
}

// total_duration must agree with the expansion on any routine, at any reps.
TEST(Plan, TotalDurationMatchesExpansionOnRandomRoutines) {
  std::mt19937 rng(1234);
  const auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  for (int round = 0; round < 300; ++round) {
    Routine routine;
    routine.name = "Random";
    routine.get_ready = Seconds{pick(0, 10)};
    const int exercises = pick(1, 5);
    for (int e = 0; e < exercises; ++e) {
      Exercise ex;
      ex.name = fmt::format("E{}", e);
      if (pick(0, 1)) ex.sides = {Side::left, Side::right};
      const int lo = pick(1, 5);
      ex.reps = {lo, lo + pick(0, 3)};
      ex.sets = pick(1, 3);
      ex.set_rest = Seconds{pick(0, 30)};
      ex.switch_time = Seconds{pick(0, 10)};
      ex.rest_after = Seconds{pick(0, 15)};
      switch (pick(0, 2)) {
        case 0: ex.body = HoldRest{Seconds{pick(1, 20)}, Seconds{pick(1, 20)}}; break;
        case 1: ex.body = TimedStep{Seconds{pick(1, 120)}}; break;
        default: ex.body = CustomPhases{{{"In", Seconds{pick(1, 6)}}, {"Out", Seconds{pick(1, 8)}}}}; break;
      }
      routine.exercises.push_back(ex);
    }
    for (const std::optional<int> reps : {std::optional<int>{}, std::optional<int>{1}, std::optional<int>{4},
                                          std::optional<int>{500}}) {
      const Plan plan = expand_plan(routine, reps);
      expect_contiguous(plan);
      ASSERT_EQ(plan.total, total_duration(routine, reps)) << "round " << round;
    }
  }
}

TEST(Plan, TheRoutineRepsRangeSpansItsRangedExercises) {
  EXPECT_EQ(routine_reps_range(builtin("morning-calf-stretch")), (RepRange{6, 8}));
  EXPECT_EQ(routine_reps_range(builtin("bedtime-stretches")), std::nullopt);  // fixed reps only
  EXPECT_EQ(routine_reps_range(parsed("limber: 1\nname: R\nexercises:\n  - {name: A, reps: 3-5, hold: 1s, rest: 1s}\n"
                                      "  - {name: B, reps: 2-4, hold: 1s, rest: 1s}\n  - {name: C, duration: 1m}\n")),
            (RepRange{2, 5}));
}

TEST(Plan, PhaseKindKeysAreStable) {
  EXPECT_EQ(phase_kind_key(PhaseKind::get_ready), "get_ready");
  EXPECT_EQ(phase_kind_key(PhaseKind::switch_sides), "switch");
  EXPECT_EQ(phase_kind_key(PhaseKind::custom), "phase");
}

}  // namespace
}  // namespace limber
