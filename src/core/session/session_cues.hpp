#pragma once
// What a running session sounds like, decided here so that every front end does the same: the
// tones its events ring, each replaced by the spoken cue at the same instant when the voice is on,
// and the closing line to make ready before the session ends (it is synthesised ahead).

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/session/cues.hpp"
#include "core/session/session_engine.hpp"
#include "core/session/spoken_cues.hpp"

namespace limber {

struct SessionCues {
  std::vector<Cue> cues;                     // in time order
  std::optional<std::string> closing_line{};  // to synthesise now (the voice only)
};

// The cues for `events`: the tones alone when `voice` is null, else the tones and the spoken cues
// (`voice` says how long each phrase takes to say).
[[nodiscard]] SessionCues session_cues(std::span<const SessionEvent> events, const SessionEngine& engine, Nanos now,
                                       const PhraseLength* voice);

// The time spent the closing line will say: the active time so far plus all the plan has left
// (a skip made earlier shortens it; the plan's total otherwise).
[[nodiscard]] Seconds closing_time_spent(const SessionEngine& engine, Nanos now);

// The closing line to make ready now: when `events` start the last phase, the line with the time
// that will have been spent, so it can be synthesised before the session ends.
[[nodiscard]] std::optional<std::string> closing_phrase_to_prepare(std::span<const SessionEvent> events,
                                                                   const SessionEngine& engine, Nanos now);

// The tones, each replaced by the spoken cue at the same instant (a spoken cue with no tone at
// its instant is added), in time order.
[[nodiscard]] std::vector<Cue> with_spoken_cues(std::vector<Cue> tones, const std::vector<Cue>& spoken);

}  // namespace limber
