#pragma once
// The voice of a session: espeak-ng phrases synthesised before the session starts and handed to
// the player, so a spoken cue starts as exactly as a tone. Without espeak-ng (or when it fails)
// the session plays tones, after one notice.

#include <memory>
#include <string>

#include "audio/cue_player.hpp"
#include "audio/voice_synth.hpp"
#include "core/plan.hpp"

namespace limber {

struct VoicePreparation {
  int phrases = 0;
  double milliseconds = 0;  // synthesis time for all of them
};

class SessionVoice {
 public:
  // Null, after a notice on stderr, when there is no voice to be had.
  [[nodiscard]] static std::unique_ptr<SessionVoice> open(const VoiceSettings& settings, CuePlayer& player,
                                                          float relative_volume);

  // Synthesises every phrase `plan` can say that is not ready yet.
  [[nodiscard]] Expected<VoicePreparation, std::string> prepare(const Plan& plan);
  // One more phrase (the closing line once the time spent is known); false if it cannot be had.
  bool prepare_phrase(const std::string& text);
  [[nodiscard]] CuePlayer& player() { return player_; }

 private:
  SessionVoice(std::unique_ptr<VoiceSynth> synth, CuePlayer& player) : synth_(std::move(synth)), player_(player) {}
  std::unique_ptr<VoiceSynth> synth_;
  CuePlayer& player_;
};

}  // namespace limber
