#include "core/session/session_start.hpp"

#include <gtest/gtest.h>

#include "core/routine/routine_loader.hpp"
#include "support/fixtures.hpp"

namespace limber {
namespace {

Routine builtin(const std::string& stem) {
  auto routine = load_routine_file(testing::routines_dir() / (stem + ".yaml"));
  EXPECT_TRUE(routine);
  return routine ? *routine : Routine{};
}

SessionRecord completed_at(int reps, SessionOutcome outcome = SessionOutcome::completed) {
  SessionRecord record;
  record.uuid = "s" + std::to_string(reps);
  record.routine_name = "Morning calf stretch";
  record.local_date = "2026-11-01";
  record.reps_target = reps;
  record.outcome = outcome;
  return record;
}

TEST(ChooseReps, AskedBeatsSuggestionBeatsLastPickBeatsMinimum) {
  const Routine calf = builtin("morning-calf-stretch");  // 6-8 reps
  std::vector<SessionRecord> history;
  EXPECT_EQ(choose_reps(calf, history, std::nullopt, std::nullopt), (RepsChoice{6, RepsReason::minimum}));
  EXPECT_EQ(choose_reps(calf, history, std::nullopt, 7), (RepsChoice{7, RepsReason::last_pick}));
  EXPECT_EQ(choose_reps(calf, history, std::nullopt, 12), (RepsChoice{8, RepsReason::last_pick}));  // clamped
  for (int i = 0; i < 3; ++i) history.push_back(completed_at(6));
  EXPECT_EQ(choose_reps(calf, history, std::nullopt, 6), (RepsChoice{7, RepsReason::suggested}));
  EXPECT_EQ(choose_reps(calf, history, 8, 6), (RepsChoice{8, RepsReason::asked}));
  EXPECT_EQ(choose_reps(calf, history, 2, 6), (RepsChoice{6, RepsReason::asked}));  // clamped into the range
}

TEST(ChooseReps, AFixedRoutineHasNothingToChoose) {
  const Routine bedtime = builtin("bedtime-stretches");
  EXPECT_EQ(choose_reps(bedtime, {}, 5, 4), (RepsChoice{std::nullopt, RepsReason::fixed}));
  EXPECT_EQ(reps_choice_text(choose_reps(bedtime, {}, 5, 4)), "");
}

TEST(ChooseReps, SaysWhyInWords) {
  EXPECT_EQ(reps_choice_text({7, RepsReason::suggested}), "7 reps, as your history suggests");
  EXPECT_EQ(reps_choice_text({6, RepsReason::minimum}), "6 reps, the routine's minimum to begin with");
  EXPECT_EQ(reps_choice_text({8, RepsReason::asked}), "8 reps, as asked");
  EXPECT_EQ(reps_choice_text({1, RepsReason::last_pick}), "1 rep, as you picked last time");
}

}  // namespace
}  // namespace limber
