#pragma once
// What a voice coach says, and when: a phrase for each moment that has one (the exercise and the
// side and rep at a hold, "Relax.", "Switch to the right leg.", "Three. Two. One.", "Halfway.",
// a closing line), each in several lengths. The longest that ends before the next thing to be
// said is chosen, so a phrase never runs into the next one or into a countdown.

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/cues.hpp"
#include "core/plan.hpp"
#include "core/session_event.hpp"

namespace limber {

// Longest first; empty when the event says nothing. `time_spent` is for the closing line.
[[nodiscard]] std::vector<std::string> phrase_options(const SessionEvent& event, const Plan& plan, Seconds time_spent);

// Every phrase a session of this plan can say (with the planned time in the closing line), for
// synthesising them all before the session starts.
[[nodiscard]] std::vector<std::string> all_phrases(const Plan& plan);

// From an event to the next moment the voice may speak, on the plan's timeline.
[[nodiscard]] Nanos speech_window(const SessionEvent& event, const Plan& plan);

// A phrase's spoken length, or nullopt if it has no audio.
using PhraseLength = std::function<std::optional<Nanos>(const std::string&)>;

// The space left between the end of one phrase and the next.
inline constexpr Nanos kPhraseGap = std::chrono::milliseconds{150};

// The spoken cues for a batch of events: at most one per instant (a phase's own words beat the
// exercise ending, the session ending beats all), each the longest option that fits. Events
// with no phrase that fits get none here: the caller plays their tone instead.
[[nodiscard]] std::vector<Cue> spoken_cues_for(std::span<const SessionEvent> events, const Plan& plan,
                                               Seconds time_spent, const PhraseLength& length);

// "6 minutes 10 seconds", "45 seconds", "1 minute".
[[nodiscard]] std::string spoken_duration(Seconds duration);

}  // namespace limber
