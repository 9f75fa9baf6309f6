// What the voice says, and that the longest phrase that fits is the one said.
#include "core/session/spoken_cues.hpp"

#include <gtest/gtest.h>

#include "core/routine/routine_loader.hpp"
#include "core/routine/routine_yaml.hpp"
#include "core/session/session_engine.hpp"
#include "core/session/spoken_phrases.hpp"
#include "support/fixtures.hpp"

namespace limber {
namespace {

Plan morning_plan(int reps = 8) {
  const auto routine = load_routine_file(testing::routines_dir() / "morning-calf-stretch.yaml");
  return expand_plan(*routine, reps);
}

// Every event of a whole session, as the engine gives them.
std::vector<SessionEvent> all_events(const Plan& plan) {
  SessionEngine engine(std::make_shared<const Plan>(plan));
  std::vector<SessionEvent> events = engine.start(Nanos{0});
  while (auto deadline = engine.next_deadline()) {
    const auto more = engine.update(*deadline);
    events.insert(events.end(), more.begin(), more.end());
  }
  return events;
}

// A speaking rate of about 14 characters a second, like espeak-ng's default.
std::optional<Nanos> fake_length(const std::string& text) {
  return std::chrono::milliseconds{static_cast<std::int64_t>(text.size()) * 70};
}

TEST(SpokenCues, AHoldSaysTheExerciseSideAndRepWhenThereIsTime) {
  Plan plan = morning_plan();
  const auto events = all_events(plan);
  const auto first_hold = std::find_if(events.begin(), events.end(), [&](const SessionEvent& e) {
    return e.kind == SessionEventKind::phase_started && plan.phases[static_cast<std::size_t>(e.phase)].kind == PhaseKind::hold;
  });
  ASSERT_NE(first_hold, events.end());
  const auto options = phrase_options(*first_hold, plan, {});
  ASSERT_GE(options.size(), 2u);
  EXPECT_EQ(options.front(), "Calf ledge stretch, left leg, rep 1 of 8, hold.");
  EXPECT_EQ(options.back(), "Hold.");
  // Later holds leave the name out.
  const auto second_hold = std::find_if(first_hold + 1, events.end(), [&](const SessionEvent& e) {
    return e.kind == SessionEventKind::phase_started && plan.phases[static_cast<std::size_t>(e.phase)].kind == PhaseKind::hold;
  });
  EXPECT_EQ(phrase_options(*second_hold, plan, {}).front(), "Left leg, rep 2 of 8, hold.");
}

TEST(SpokenCues, ArmsAndSidesOfTheBodyAreSaidAsTheRoutineSays) {
  const auto routine = parse_routine(
      "limber: 1\nname: Desk break\nexercises:\n"
      "  - {name: Wall arm stretch, sides: [left, right], side_of: arm, reps: 2, hold: 3s, rest: 2s}\n"
      "  - {name: Side bend, sides: [right, left], side_of: body, duration: 10s}\n",
      "desk-break");
  ASSERT_TRUE(routine);
  const Plan plan = expand_plan(*routine);
  const auto said = [&](int phase) { return phrase_options(SessionEvent{.kind = SessionEventKind::phase_started, .phase = phase}, plan, Seconds{0}); };
  EXPECT_EQ(said(0).front(), "Get ready. First, wall arm stretch, left arm first.");
  EXPECT_EQ(said(0).at(1), "Get ready, left arm first.");
  EXPECT_EQ(said(1).front(), "Wall arm stretch, left arm, rep 1 of 2, hold.");
  bool switched = false;
  for (int i = 0; i < static_cast<int>(plan.phases.size()); ++i) {
    const PlannedPhase& phase = plan.phases[static_cast<std::size_t>(i)];
    if (phase.kind != PhaseKind::switch_sides) continue;
    const std::string expected = phase.exercise == 0 ? "Switch to the right arm." : "Switch to the left side.";
    EXPECT_EQ(said(i).front(), expected);
    switched = true;
    // A timed step names its side: with no pause between the sides, the voice is the only sign.
    if (phase.exercise == 1) {
      EXPECT_EQ(said(i + 1).front(), "Side bend, left side, 10 seconds.");
    }
  }
  EXPECT_TRUE(switched);
  const auto timed = std::find_if(plan.phases.begin(), plan.phases.end(), [](const PlannedPhase& p) { return p.kind == PhaseKind::timed; });
  ASSERT_NE(timed, plan.phases.end());
  const auto bend = said(static_cast<int>(timed - plan.phases.begin()));
  EXPECT_EQ(bend.front(), "Side bend, right side, 10 seconds.");
  EXPECT_EQ(bend.at(1), "Right side, 10 seconds.");
  // The end of the arm stretch says which side the next one starts on.
  const auto next = phrase_options(SessionEvent{.kind = SessionEventKind::exercise_finished, .exercise = 0}, plan, Seconds{0});
  ASSERT_FALSE(next.empty());
  EXPECT_EQ(next.front(), "Well done. Next, side bend, right side first.");
}

TEST(SpokenCues, GetReadySaysWhichLegComesFirst) {
  const Plan plan = morning_plan();
  const auto options = phrase_options(SessionEvent{.kind = SessionEventKind::phase_started, .phase = 0}, plan, Seconds{0});
  ASSERT_EQ(options.size(), 3u);
  EXPECT_EQ(options[0], "Get ready. First, calf ledge stretch, left leg first.");
  EXPECT_EQ(options[1], "Get ready, left leg first.");
}

TEST(SpokenCues, CountdownHalfwaySwitchAndTheClosingLine) {
  EXPECT_EQ(phrase_options({.kind = SessionEventKind::countdown_tick, .count = 3}, morning_plan(), {}).front(), "Three.");
  EXPECT_EQ(phrase_options({.kind = SessionEventKind::halfway}, morning_plan(), {}).front(), "Halfway.");
  EXPECT_EQ(phrase_options({.kind = SessionEventKind::session_finished}, morning_plan(), Seconds{370}).front(),
            "Well done. That was 6 minutes 10 seconds of stretching.");
  EXPECT_EQ(spoken_duration(Seconds{60}), "1 minute");
  EXPECT_EQ(spoken_duration(Seconds{45}), "45 seconds");
  const Plan plan = morning_plan();
  const auto switch_phase = std::find_if(plan.phases.begin(), plan.phases.end(),
                                         [](const PlannedPhase& p) { return p.kind == PhaseKind::switch_sides; });
  ASSERT_NE(switch_phase, plan.phases.end());
  const SessionEvent at_switch{.kind = SessionEventKind::phase_started,
                               .phase = static_cast<int>(switch_phase - plan.phases.begin())};
  EXPECT_EQ(phrase_options(at_switch, plan, {}).front(), switch_phase->label + ".");
}

// Over a whole session, each phrase ends (with a gap) before the next thing to be said: phrases
// never run into each other or into a countdown.
TEST(SpokenCues, NoPhraseRunsIntoTheNext) {
  for (const char* stem : {"morning-calf-stretch", "bedtime-stretches", "evening-wind-down", "calf-self-massage"}) {
    const auto routine = load_routine_file(testing::routines_dir() / (std::string(stem) + ".yaml"));
    const Plan plan = expand_plan(*routine);
    const auto events = all_events(plan);
    const auto cues = spoken_cues_for(events, plan, plan.total, fake_length);
    ASSERT_FALSE(cues.empty()) << stem;
    for (std::size_t i = 0; i + 1 < cues.size(); ++i) {
      const Nanos end = cues[i].scheduled + *fake_length(cues[i].text);
      EXPECT_LE(end + kPhraseGap, cues[i + 1].scheduled) << stem << ": `" << cues[i].text << "` runs into `" << cues[i + 1].text << "`";
    }
    // The countdown is spoken wherever the tones would tick.
    const auto ticks = std::count_if(events.begin(), events.end(),
                                     [](const SessionEvent& e) { return e.kind == SessionEventKind::countdown_tick; });
    const auto spoken_ticks = std::count_if(cues.begin(), cues.end(), [](const Cue& c) { return c.sound == CueSound::tick; });
    EXPECT_EQ(spoken_ticks, ticks) << stem;
  }
}

TEST(SpokenCues, APhraseWithoutAudioOrRoomIsLeftToTheTone) {
  const Plan plan = morning_plan();
  const auto events = all_events(plan);
  const auto none = spoken_cues_for(events, plan, plan.total, [](const std::string&) { return std::optional<Nanos>{}; });
  EXPECT_TRUE(none.empty());
  const auto slow = spoken_cues_for(events, plan, plan.total,
                                    [](const std::string&) { return std::optional<Nanos>{std::chrono::seconds{20}}; });
  ASSERT_EQ(slow.size(), 1u);  // only the closing line has room for 20 s
  EXPECT_EQ(slow.front().sound, CueSound::session_finished);
}

TEST(SpokenCues, EveryPhraseASessionCanSayIsInTheListToSynthesise) {
  const Plan plan = morning_plan();
  const auto phrases = all_phrases(plan);
  const auto events = all_events(plan);
  for (const SessionEvent& event : events) {
    for (const std::string& text : phrase_options(event, plan, plan.total)) {
      EXPECT_NE(std::find(phrases.begin(), phrases.end(), text), phrases.end()) << text;
    }
  }
}

TEST(SpokenCues, ARoutinesOwnCueWordsReplaceHold) {
  const auto routine = parse_routine(R"(limber: 1
name: Own words
get_ready: 0s
exercises:
  - name: Calf ledge stretch
    cue: Lean into the ledge.
    reps: 2
    hold: 20s
    rest: 5s
  - name: Box breathing
    phases:
      - {name: In, duration: 4s, cue: Breathe in slowly}
)",
                                     "own.yaml");
  ASSERT_TRUE(routine) << format_diagnostic(routine.error().front());
  EXPECT_EQ(routine->exercises[0].cue, "Lean into the ledge.");
  const Plan plan = expand_plan(*routine);
  EXPECT_EQ(plan.phases[0].cue, "Lean into the ledge.");
  const auto options = phrase_options({.kind = SessionEventKind::phase_started, .phase = 0}, plan, {});
  EXPECT_EQ(options.front(), "Calf ledge stretch, rep 1 of 2, lean into the ledge.");
  EXPECT_EQ(options[options.size() - 2], "Lean into the ledge.");
  EXPECT_EQ(options.back(), "Hold.");
  const auto breathing = std::find_if(plan.phases.begin(), plan.phases.end(), [](const PlannedPhase& p) { return p.kind == PhaseKind::custom; });
  EXPECT_EQ(phrase_options({.kind = SessionEventKind::phase_started, .phase = static_cast<int>(breathing - plan.phases.begin())}, plan, {}).front(),
            "Breathe in slowly.");
  // Saved by the editor and read again, the words stay.
  const auto again = parse_routine(routine_to_yaml(*routine), "again.yaml");
  ASSERT_TRUE(again);
  EXPECT_EQ(*again, *routine);
}

TEST(SpokenCues, ACueTooLongIsAPositionedError) {
  const auto routine = parse_routine("limber: 1\nname: X\nexercises:\n  - {name: A, duration: 5s, cue: " + std::string(101, 'w') + "}\n", "long.yaml");
  ASSERT_FALSE(routine);
  EXPECT_EQ(routine.error().front().line, 4);
  EXPECT_NE(routine.error().front().message.find("`cue`"), std::string::npos) << routine.error().front().message;
}

}  // namespace
}  // namespace limber
