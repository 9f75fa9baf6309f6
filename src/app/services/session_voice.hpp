#pragma once
// The voice of a session: espeak-ng phrases synthesised before the session starts and handed to
// the player, so a spoken cue starts as exactly as a tone. Without espeak-ng (or when it fails)
// the session plays tones, after one notice.

#include <future>
#include <memory>
#include <string>

#include "audio/cue_player.hpp"
#include "audio/voice_synth.hpp"
#include "core/routine/plan.hpp"

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
  // One more phrase (the closing line once the time spent is known), synthesised on a thread of
  // its own so the session's loop never waits for it; the player has it once it is ready (a cue
  // due before then plays its tone).
  void prepare_in_background(const std::string& text);
  // Returns once the phrase being made in the background (if any) is ready.
  void wait_for_background();
  [[nodiscard]] CuePlayer& player() { return player_; }

  ~SessionVoice();
  SessionVoice(const SessionVoice&) = delete;
  SessionVoice& operator=(const SessionVoice&) = delete;

 private:
  SessionVoice(std::unique_ptr<VoiceSynth> synth, CuePlayer& player) : synth_(std::move(synth)), player_(player) {}
  std::unique_ptr<VoiceSynth> synth_;  // one synthesis at a time: espeak-ng is not reentrant
  CuePlayer& player_;
  std::future<void> background_;
};

}  // namespace limber
