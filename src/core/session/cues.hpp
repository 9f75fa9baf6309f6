#pragma once
// Which sound belongs to which moment of a session. The audio layer plays what this decides.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/routine/plan.hpp"
#include "core/session/session_event.hpp"

namespace limber {

enum class CueSound { hold, rest, tick, halfway, switch_sides, exercise_finished, session_finished, phase };

inline constexpr CueSound kAllCueSounds[] = {CueSound::hold,         CueSound::rest,
                                             CueSound::tick,         CueSound::halfway,
                                             CueSound::switch_sides, CueSound::exercise_finished,
                                             CueSound::session_finished, CueSound::phase};

// The stable name used in traces: "hold", "rest", "tick", "halfway", "switch", "exercise_finished",
// "session_finished", "phase".
[[nodiscard]] std::string_view cue_sound_key(CueSound sound);

struct Cue {
  CueSound sound = CueSound::tick;
  Nanos scheduled{};  // when it should be heard, on the engine's clock
  int phase = -1;
  std::string text{};  // non-empty: spoken words instead of the tone
  bool operator==(const Cue&) const = default;
};

// The cues for a batch of engine events. Events at the same instant get one cue, the most
// important (the session ending beats an exercise ending beats a side switch beats a phase start).
[[nodiscard]] std::vector<Cue> cues_for(std::span<const SessionEvent> events, const Plan& plan);

}  // namespace limber
