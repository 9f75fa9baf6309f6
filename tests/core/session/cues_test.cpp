#include "core/session/cues.hpp"

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/routine/routine_loader.hpp"
#include "core/session/session_engine.hpp"

namespace limber {
namespace {

using namespace std::chrono_literals;

std::vector<std::string> cue_names(std::string_view routine_text) {
  auto routine = parse_routine(routine_text, "t.yaml");
  EXPECT_TRUE(routine);
  SessionEngine engine(std::make_shared<const Plan>(expand_plan(*routine)));
  std::vector<std::string> out;
  const auto take = [&](const SessionEvents& events) {
    for (const Cue& cue : cues_for(events, engine.plan())) {
      out.push_back(fmt::format("{}@{}", cue_sound_key(cue.sound), std::chrono::duration_cast<std::chrono::seconds>(cue.scheduled).count()));
    }
  };
  take(engine.start(0s));
  while (auto deadline = engine.next_deadline()) take(engine.update(*deadline));
  return out;
}

TEST(Cues, OneDistinctSoundPerMomentOfASession) {
  EXPECT_THAT(cue_names("limber: 1\nname: C\nget_ready: 2s\nexercises:\n"
                        "  - {name: A, sides: [left, right], reps: 2, hold: 4s, rest: 2s, switch: 3s, rest_after: 5s}\n"
                        "  - {name: B, reps: 1, phases: [{name: In, duration: 2s}]}\n"),
              ::testing::ElementsAre("tick@1", "hold@2", "tick@3", "tick@4", "tick@5", "rest@6", "hold@8", "tick@9",
                                     "tick@10", "tick@11", "switch@12", "hold@15", "tick@16", "tick@17", "tick@18",
                                     "rest@19", "hold@21", "tick@22", "tick@23", "tick@24", "exercise_finished@25",
                                     "phase@30", "session_finished@32"));
}

TEST(Cues, HalfwayAndTimedSteps) {
  EXPECT_THAT(cue_names("limber: 1\nname: C\nget_ready: 0\nexercises:\n  - {name: A, reps: 1, hold: 20s, rest: 1s}\n"
                        "  - {name: B, duration: 4s, rest_after: 0}\n"),
              ::testing::ElementsAre("hold@0", "halfway@10", "tick@17", "tick@18", "tick@19", "exercise_finished@20",
                                     "hold@30", "tick@31", "tick@32", "tick@33", "session_finished@34"));
}

TEST(Cues, TheMostImportantCueWinsAnInstant) {
  // With no transition, the next exercise's first hold starts as the previous one finishes.
  EXPECT_THAT(cue_names("limber: 1\nname: C\nget_ready: 0\nexercises:\n  - {name: A, reps: 1, hold: 1s, rest: 1s, rest_after: 0}\n"
                        "  - {name: B, reps: 1, hold: 1s, rest: 1s}\n"),
              ::testing::ElementsAre("hold@0", "exercise_finished@1", "session_finished@2"));
}

TEST(Cues, KeysAreStable) {
  EXPECT_EQ(cue_sound_key(CueSound::switch_sides), "switch");
  EXPECT_EQ(cue_sound_key(CueSound::session_finished), "session_finished");
}

}  // namespace
}  // namespace limber
