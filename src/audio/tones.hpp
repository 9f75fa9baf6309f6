#pragma once
// The cue sounds, synthesised: short, soft bell and wood tones, each recognisable without looking.
// Pure computation (no SDL), so the sounds can be tested and written to WAV files.

#include <vector>

#include "core/session/cues.hpp"

namespace limber {

// Mono samples in [-1, 1] at `frequency` Hz. Every sound starts within a millisecond (a 2 ms
// attack, so onsets are sharp but never click) and ends in silence.
[[nodiscard]] std::vector<float> synthesize_cue(CueSound sound, int frequency);

}  // namespace limber
