#pragma once
// What a voice coach says: a phrase for each moment that has one (the exercise and the side and
// rep at a hold, "Relax.", "Switch to the right leg.", "Three. Two. One.", "Halfway.", a closing
// line), each in several lengths, longest first. core/session/spoken_cues.hpp chooses the one that fits.

#include <string>
#include <vector>

#include "core/base/duration.hpp"
#include "core/routine/plan.hpp"
#include "core/session/session_event.hpp"

namespace limber {

// Longest first; empty when the event says nothing. `time_spent` is for the closing line.
[[nodiscard]] std::vector<std::string> phrase_options(const SessionEvent& event, const Plan& plan, Seconds time_spent);

// Every phrase a session of this plan can say (with the planned time in the closing line), for
// synthesising them all before the session starts.
[[nodiscard]] std::vector<std::string> all_phrases(const Plan& plan);

// "6 minutes 10 seconds", "45 seconds", "1 minute".
[[nodiscard]] std::string spoken_duration(Seconds duration);

}  // namespace limber
