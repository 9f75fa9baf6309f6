#include "app/services/session_voice.hpp"

#include <fmt/format.h>

#include <chrono>
#include <cstdio>

#include "core/base/translate.hpp"
#include "core/session/spoken_phrases.hpp"
#include "platform/threads.hpp"

namespace limber {

std::unique_ptr<SessionVoice> SessionVoice::open(const VoiceSettings& settings, CuePlayer& player, float relative_volume) {
  auto synth = VoiceSynth::open(settings, player.info().frequency);
  if (!synth) {
    fmt::print(stderr, "{}", format(tr("limber: no voice ({0}); the cues are tones.\n"), synth.error()));
    return nullptr;
  }
  player.set_voice_volume(relative_volume);
  return std::unique_ptr<SessionVoice>(new SessionVoice(std::move(synth.value()), player));
}

SessionVoice::~SessionVoice() { wait_for_background(); }

Expected<VoicePreparation, std::string> SessionVoice::prepare(const Plan& plan) {
  wait_for_background();
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::string> missing;
  for (const std::string& text : all_phrases(plan)) {
    if (!player_.voice_clip_length(text)) missing.push_back(text);
  }
  auto clips = synth_->synthesize_all(missing);
  if (!clips) return Unexpected{clips.error()};
  player_.add_voice_clips(std::move(clips.value()));
  return VoicePreparation{static_cast<int>(missing.size()),
                          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count()};
}

void SessionVoice::prepare_in_background(const std::string& text) {
  wait_for_background();
  if (player_.voice_clip_length(text)) return;
  background_ = in_background([this, text] {
    auto clip = synth_->synthesize(text);
    if (!clip) return;
    std::map<std::string, VoiceClip> one;
    one.emplace(text, std::move(clip.value()));
    player_.add_voice_clips(std::move(one));
  });
}

void SessionVoice::wait_for_background() {
  if (background_.valid()) background_.wait();
}

}  // namespace limber
