#include "core/routine/routine_rules.hpp"

#include <gmock/gmock.h>
#include <fmt/format.h>
#include <gtest/gtest.h>

namespace limber {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

Routine valid_routine() {
  Routine routine;
  routine.name = "Calf";
  Exercise calf;
  calf.name = "Calf ledge stretch";
  calf.sides = {Side::left, Side::right};
  calf.reps = {6, 8};
  calf.body = HoldRest{Seconds{5}, Seconds{5}};
  routine.exercises.push_back(calf);
  return routine;
}

std::vector<std::string> messages(const Routine& routine) {
  std::vector<std::string> out;
  for (const RuleViolation& v : check_routine_rules(routine)) out.push_back(v.message);
  return out;
}

TEST(RoutineRules, AValidRoutineBreaksNone) { EXPECT_THAT(check_routine_rules(valid_routine()), IsEmpty()); }

TEST(RoutineRules, NamesTheFieldOfEachViolation) {
  Routine routine = valid_routine();
  routine.exercises[0].reps = {0, 3};
  const auto violations = check_routine_rules(routine);
  ASSERT_EQ(violations.size(), 1u);
  EXPECT_EQ(violations[0].field, (FieldPath{.exercise = 0, .key = "reps"}));
  EXPECT_EQ(violations[0].message, "`reps` is 0; reps go from 1 to 500");
}

TEST(RoutineRules, Names) {
  Routine routine = valid_routine();
  routine.name.clear();
  routine.exercises[0].name = std::string(101, 'a');
  EXPECT_THAT(messages(routine),
              ElementsAre("`name` is empty", "`name` is 101 characters long; the limit is 100"));
}

TEST(RoutineRules, TextLimits) {
  Routine routine = valid_routine();
  routine.description = std::string(5001, 'd');
  routine.source = std::string(1001, 's');
  routine.exercises[0].instructions = std::string(5001, 'i');
  EXPECT_THAT(messages(routine), ElementsAre("`description` is 5001 characters long; the limit is 5000",
                                             "`source` is 1001 characters long; the limit is 1000",
                                             "`instructions` is 5001 characters long; the limit is 5000"));
}

TEST(RoutineRules, Tags) {
  Routine routine = valid_routine();
  routine.tags = {"a", "", "a"};
  for (int i = 0; i < 20; ++i) routine.tags.push_back(fmt::format("t{}", i));
  EXPECT_THAT(messages(routine),
              ElementsAre("`tags` has 23 entries; the limit is 20", "a tag is empty", "tag `a` is listed twice"));
}

TEST(RoutineRules, Exercises) {
  Routine routine = valid_routine();
  routine.exercises.clear();
  EXPECT_THAT(messages(routine), ElementsAre("`exercises` is empty: a routine needs at least one exercise"));
  routine.exercises.assign(1001, valid_routine().exercises[0]);
  for (auto& e : routine.exercises) e.body = HoldRest{Seconds{1}, Seconds{1}};
  EXPECT_THAT(messages(routine), ElementsAre("the routine has 1001 exercises; the limit is 1000"));
}

TEST(RoutineRules, Reps) {
  Routine routine = valid_routine();
  routine.exercises[0].reps = {8, 6};
  EXPECT_THAT(messages(routine),
              ElementsAre("`reps` range 8-6 runs backwards: write the smaller number first (6-8)"));
  routine.exercises[0].reps = {1, 501};
  EXPECT_THAT(messages(routine), ElementsAre("`reps` is 501; reps go from 1 to 500"));
  routine.exercises[0].reps = {500, 500};
  routine.exercises[0].body = HoldRest{Seconds{1}, Seconds{1}};
  EXPECT_THAT(messages(routine), IsEmpty());
}

TEST(RoutineRules, RepsDoNotApplyToTimedSteps) {
  Routine routine = valid_routine();
  routine.exercises[0].body = TimedStep{Seconds{60}};
  routine.exercises[0].reps = {0, 0};
  EXPECT_THAT(messages(routine), IsEmpty());
}

TEST(RoutineRules, Sets) {
  Routine routine = valid_routine();
  routine.exercises[0].sets = 0;
  EXPECT_THAT(messages(routine), ElementsAre("`sets` is 0; sets go from 1 to 50"));
  routine.exercises[0].sets = 51;
  EXPECT_THAT(messages(routine), ElementsAre("`sets` is 51; sets go from 1 to 50"));
}

TEST(RoutineRules, Sides) {
  Routine routine = valid_routine();
  routine.exercises[0].sides = {Side::right, Side::right};
  EXPECT_THAT(messages(routine), ElementsAre("`sides` lists `right` twice"));
}

TEST(RoutineRules, PhasesLastAtLeastASecondAndAtMostAnHour) {
  Routine routine = valid_routine();
  routine.exercises[0].body = HoldRest{Seconds{0}, Seconds{3601}};
  EXPECT_THAT(messages(routine), ElementsAre("`hold` is 0s; it must be at least 1s",
                                             "`rest` is 1h1s; no phase may be longer than 1h"));
  routine.exercises[0].body = TimedStep{Seconds{0}};
  EXPECT_THAT(messages(routine), ElementsAre("`duration` is 0s; it must be at least 1s"));
  routine.exercises[0].body = HoldRest{Seconds{3600}, Seconds{1}};
  routine.exercises[0].reps = {1, 1};
  EXPECT_THAT(messages(routine), IsEmpty());
}

TEST(RoutineRules, PausesMayBeZeroButNotOverAnHour) {
  Routine routine = valid_routine();
  routine.get_ready = Seconds{0};
  routine.exercises[0].switch_time = Seconds{0};
  routine.exercises[0].set_rest = Seconds{0};
  routine.exercises[0].rest_after = Seconds{0};
  EXPECT_THAT(messages(routine), IsEmpty());
  routine.get_ready = Seconds{3601};
  routine.exercises[0].switch_time = Seconds{3601};
  routine.exercises[0].set_rest = Seconds{3601};
  routine.exercises[0].rest_after = Seconds{3601};
  EXPECT_THAT(messages(routine), ElementsAre("`get_ready` is 1h1s; no phase may be longer than 1h",
                                             "`switch` is 1h1s; no phase may be longer than 1h",
                                             "`set_rest` is 1h1s; no phase may be longer than 1h",
                                             "`rest_after` is 1h1s; no phase may be longer than 1h"));
}

TEST(RoutineRules, CustomPhases) {
  Routine routine = valid_routine();
  routine.exercises[0].body = CustomPhases{};
  EXPECT_THAT(messages(routine), ElementsAre("`phases` is empty: list at least one phase"));
  routine.exercises[0].body = CustomPhases{{{"", Seconds{4}}, {"Out", Seconds{0}}}};
  const auto violations = check_routine_rules(routine);
  ASSERT_EQ(violations.size(), 2u);
  EXPECT_EQ(violations[0].field, (FieldPath{.exercise = 0, .phase = 0, .key = "name"}));
  EXPECT_EQ(violations[1].message, "`duration` is 0s; it must be at least 1s");
  routine.exercises[0].body = CustomPhases{std::vector<PhaseSpec>(21, PhaseSpec{"In", Seconds{1}})};
  EXPECT_THAT(messages(routine), ElementsAre("`phases` has 21 entries; the limit is 20"));
}

TEST(RoutineRules, TheWholeRoutineFitsInFourHoursAtItsLongest) {
  Routine routine = valid_routine();
  routine.get_ready = Seconds{0};
  routine.exercises[0].sides.clear();
  routine.exercises[0].reps = {1, 240};
  routine.exercises[0].body = HoldRest{Seconds{30}, Seconds{30}};
  // 240 x 30s + 239 x 30s = 3h59m30s
  EXPECT_THAT(messages(routine), IsEmpty());
  routine.exercises[0].reps = {1, 241};
  EXPECT_THAT(messages(routine), ElementsAre("the routine takes 4h30s with the most reps; the limit is 4h"));
}

}  // namespace
}  // namespace limber
