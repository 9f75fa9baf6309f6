// The Settings screen's previews: the chosen sound set played, and the chosen voice saying a
// phrase. Each hands its sounds over and keeps nothing of the player: the device closes once
// they have rung out, or stays open for a session that leases it meanwhile.
#include <fmt/format.h>

#include "app/window/settings_screen.hpp"
#include "core/base/translate.hpp"

namespace limber {

void SettingsScreen::play_sound_set() {
  if (services_.sound_off()) {
    preview_notice_ = services_.settings.muted ? tr("The cue sounds are off: turn them on to hear the set.")
                                               : tr("There is no sound device to play it on.");
    return;
  }
  CuePlayer* player = services_.sound->open();
  if (player == nullptr) return;
  const Nanos now = services_.clock.now();
  int at = 0;
  for (const CueSound sound : {CueSound::hold, CueSound::tick, CueSound::rest, CueSound::switch_sides, CueSound::session_finished}) {
    player->schedule(Cue{sound, now + std::chrono::milliseconds(150 + 900 * at++)});
  }
}

void SettingsScreen::say_something(const std::string& voice) {
  if (services_.sound_off()) {
    model_.voice_notice = services_.settings.muted ? tr("The cue sounds are off: turn them on to hear the voice.")
                                                   : tr("There is no sound device to speak on.");
    return;
  }
  CuePlayer* player = services_.sound->open();
  if (player == nullptr) return;
  const AppSettings& s = services_.settings;
  // A voice from the list is heard as itself; the chosen one as the cues will speak (in the
  // language's own voice when it is another language's).
  const std::string speaking = voice.empty() ? voice_for_language(s.voice_name) : voice;
  auto synth = VoiceSynth::open(VoiceSettings{speaking, s.voice_rate}, player->info().frequency);
  const char* phrase = tr("Lean in, and hold for ten seconds.");
  auto clip = synth ? (*synth)->synthesize(phrase) : Unexpected{synth.error()};
  if (!clip) {
    model_.voice_notice = format(tr("This voice cannot speak here: {0}"), clip.error());
    return;
  }
  model_.voice_notice.clear();
  // Each voice and speed says it differently: the clip is made afresh for each preview.
  const std::string text = fmt::format("{}##{}-{}", phrase, speaking, s.voice_rate);
  player->add_voice_clips({{text, std::move(*clip)}});
  player->set_voice_volume(static_cast<float>(s.voice_volume) / 100.0f);
  player->schedule(Cue{CueSound::hold, services_.clock.now() + std::chrono::milliseconds(150), -1, text});
}

}  // namespace limber
