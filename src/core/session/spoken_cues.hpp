#pragma once
// When a voice coach speaks: of the phrases for each moment (core/session/spoken_phrases.hpp), the
// longest that ends before the next thing to be said, so a phrase never runs into the next one or
// into a countdown.

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/base/clock.hpp"
#include "core/routine/plan.hpp"
#include "core/session/cues.hpp"
#include "core/session/session_event.hpp"

namespace limber {

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

}  // namespace limber
