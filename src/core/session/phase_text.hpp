#pragma once
// How a phase is described to people, the same in the terminal and on screen
// (the voice has its own words: spoken_cues.hpp).

#include <string>

#include "core/routine/plan.hpp"

namespace limber {

// "Left leg · Rep 3 of 8", "Set 2 of 3 · Rep 1 of 6", "Right leg"; empty when nothing applies.
[[nodiscard]] std::string phase_context(const PlannedPhase& phase);

// "Switch to the left leg", in the user's language.
[[nodiscard]] std::string switch_phase_text(const PlannedPhase& phase);
// "Next: Hamstring stretch": the pause between exercises, named by the exercise it leads to.
[[nodiscard]] std::string transition_text(const Plan& plan, const PlannedPhase& phase);

// What the phase is, in words and in the user's language: "Hold", "Switch to the left leg",
// "Rest before set 2 of 3", "Next: Hamstring stretch", a timed step's or custom phase's own name.
[[nodiscard]] std::string phase_label(const Plan& plan, const PlannedPhase& phase);

// How long a phase lasts, as a clock: "0:10"; a step until Done "0:30+" (at least that long), or
// "until Done" when it has no minimum (never "0:00").
[[nodiscard]] std::string phase_length_text(const PlannedPhase& phase);

// The exercise a phase belongs to, or "" for the get-ready countdown.
[[nodiscard]] std::string exercise_name(const Plan& plan, const PlannedPhase& phase);

}  // namespace limber
