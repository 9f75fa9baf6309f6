#include "audio/cue_player.hpp"

#include <SDL.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <thread>

#include "audio/sound_files.hpp"
#include "audio/tones.hpp"

namespace limber {

Expected<std::unique_ptr<CuePlayer>, std::string> CuePlayer::open(const AudioSettings& settings,
                                                                const MonotonicClock& clock) {
  if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
    return Unexpected{fmt::format("the sound system could not start ({})", SDL_GetError())};
  }
  std::unique_ptr<CuePlayer> player(new CuePlayer(clock, settings));
  // Our mixer adds signed 16-bit samples, so SDL converts if the device wants another format.
  SDL_AudioSpec wanted{};
  wanted.freq = settings.frequency;
  wanted.format = AUDIO_S16SYS;
  wanted.channels = 2;
  wanted.samples = static_cast<Uint16>(settings.buffer_frames);
  wanted.callback = &CuePlayer::mix_callback;
  wanted.userdata = player.get();
  SDL_AudioSpec got{};
  const SDL_AudioDeviceID device = SDL_OpenAudioDevice(nullptr, 0, &wanted, &got,
                                                       SDL_AUDIO_ALLOW_FREQUENCY_CHANGE | SDL_AUDIO_ALLOW_CHANNELS_CHANGE);
  if (device == 0) {
    std::string reason = SDL_GetError();
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    return Unexpected{fmt::format("no sound device could be opened ({})", reason)};
  }
  const int frequency = got.freq;
  const int channels = got.channels;
  player->device_ = device;
  player->info_ = AudioDeviceInfo{
      .driver = SDL_GetCurrentAudioDriver() ? SDL_GetCurrentAudioDriver() : "unknown",
      .frequency = frequency,
      .format = "S16",
      .channels = channels,
      .buffer_frames = got.samples,
  };
  player->channels_ = channels;
  player->stream_clock_ = StreamClock(frequency);
  // A buffer is heard about one buffer after it is filled.
  player->output_latency_ = Nanos{static_cast<std::int64_t>(1e9 * got.samples / frequency)};
  for (const CueSound sound : kAllCueSounds) player->sounds_[sound] = synthesize_cue(sound, frequency);
  if (!settings.cue_sound_folder.empty()) {
    CueSoundFiles files = load_cue_sound_files(settings.cue_sound_folder, frequency);
    for (auto& [sound, samples] : files.sounds) player->sounds_[sound] = std::move(samples);
    player->sound_notices_ = std::move(files.notices);
  }
  SDL_PauseAudioDevice(device, 0);  // the callback runs from here on, with the player complete
  return player;
}

CuePlayer::CuePlayer(const MonotonicClock& clock, const AudioSettings& settings)
    : clock_(clock), stream_clock_(settings.frequency), volume_(settings.volume), muted_(settings.muted) {}

CuePlayer::~CuePlayer() {
  if (device_ != 0) SDL_CloseAudioDevice(device_);  // returns once the callback has stopped
  SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

AudioDeviceInfo CuePlayer::info() {
  const std::lock_guard lock(mutex_);
  return info_;
}

void CuePlayer::wait_until_settled(std::chrono::milliseconds settle) {
  const Nanos give_up = clock_.now() + 2 * settle;
  const auto frames_wanted = static_cast<std::int64_t>(settle.count()) * info_.frequency / 1000;
  while (clock_.now() < give_up) {
    {
      const std::lock_guard lock(mutex_);
      if (frames_done_ >= frames_wanted) return;
    }
    SDL_Delay(5);
  }
}

void CuePlayer::add_voice_clips(std::map<std::string, std::vector<float>> clips) {
  const std::lock_guard lock(mutex_);
  voice_clips_.merge(clips);
}

std::optional<Nanos> CuePlayer::voice_clip_length(const std::string& text) {
  const std::lock_guard lock(mutex_);
  const auto clip = voice_clips_.find(text);
  if (clip == voice_clips_.end() || info_.frequency <= 0) return std::nullopt;
  return Nanos{static_cast<std::int64_t>(clip->second.size()) * 1'000'000'000 / info_.frequency};
}

void CuePlayer::set_voice_volume(float relative) {
  const std::lock_guard lock(mutex_);
  voice_volume_ = std::clamp(relative, 0.0f, 2.0f);
}

void CuePlayer::wait_until_quiet(std::chrono::milliseconds limit) {
  const auto give_up = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < give_up) {
    {
      const std::lock_guard lock(mutex_);
      if (pending_.empty() && playing_.empty()) return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds{20});
  }
}

std::optional<Nanos> CuePlayer::sounding_until() {
  const std::lock_guard lock(mutex_);
  std::optional<Nanos> until = last_sound_end_;
  const auto later = [&until](Nanos end) { until = until ? std::max(*until, end) : end; };
  const auto length = [this](std::size_t samples) {
    return Nanos{static_cast<std::int64_t>(samples) * 1'000'000'000 / std::max(1, info_.frequency)};
  };
  for (const Cue& cue : pending_) {
    const auto clip = cue.text.empty() ? voice_clips_.end() : voice_clips_.find(cue.text);
    later(cue.scheduled + length(clip != voice_clips_.end() ? clip->second.size() : sounds_.at(cue.sound).size()));
  }
  for (const Playing& cue : playing_) later(stream_clock_.time_of(cue.end_frame()) + output_latency_);
  return until;
}

void CuePlayer::schedule(const Cue& cue) {
  const std::lock_guard lock(mutex_);
  pending_.push_back(cue);
}

void CuePlayer::cancel_after(Nanos time) {
  const std::lock_guard lock(mutex_);
  std::erase_if(pending_, [time](const Cue& cue) { return cue.scheduled > time; });
}

void CuePlayer::set_volume(float volume) {
  const std::lock_guard lock(mutex_);
  volume_ = std::clamp(volume, 0.0f, 1.0f);
}

void CuePlayer::set_muted(bool muted) {
  const std::lock_guard lock(mutex_);
  muted_ = muted;
}

std::vector<PlayedCue> CuePlayer::take_played() {
  const std::lock_guard lock(mutex_);
  return std::exchange(played_, {});
}

void CuePlayer::mix_callback(void* self, std::uint8_t* stream, int length) {
  auto* player = static_cast<CuePlayer*>(self);
  std::fill_n(stream, length, std::uint8_t{0});  // SDL hands over the last buffer's bytes: start from silence
  const int frame_bytes = static_cast<int>(sizeof(std::int16_t)) * player->channels_;
  player->mix(reinterpret_cast<std::int16_t*>(stream), length / frame_bytes);
}

// Runs on SDL's audio thread, once per buffer.
void CuePlayer::mix(std::int16_t* stream, int frames) {
  const Nanos now = clock_.now();
  const std::lock_guard lock(mutex_);
  if (info_.buffer_frames != frames) info_.buffer_frames = frames;
  const std::int64_t first = frames_done_;
  const std::int64_t end = first + frames;
  stream_clock_.on_buffer(now, first);

  // Start the cues due in this buffer, at their own frame.
  for (auto it = pending_.begin(); it != pending_.end();) {
    const std::int64_t at = stream_clock_.frame_at(it->scheduled - output_latency_);
    if (at >= end) {
      ++it;
      continue;
    }
    const std::int64_t start = std::max(at, first);
    const auto clip = it->text.empty() ? voice_clips_.end() : voice_clips_.find(it->text);
    if (clip != voice_clips_.end()) {
      for (Playing& other : playing_) {
        if (!other.cue.text.empty()) other.stop_frame = std::min(other.stop_frame, start);
      }
      playing_.push_back(Playing{*it, start, &clip->second, voice_volume_});
    } else {
      Cue tone = *it;
      tone.text.clear();  // no clip for the words: the tone plays, and the trace says so
      playing_.push_back(Playing{tone, start, &sounds_.at(it->sound)});
    }
    const Playing& started = playing_.back();
    played_.push_back(PlayedCue{started.cue, stream_clock_.time_of(start) + output_latency_,
                                Nanos{static_cast<std::int64_t>(started.samples->size()) * 1'000'000'000 /
                                      std::max(1, info_.frequency)},
                                start});
    it = pending_.erase(it);
  }

  const float gain = muted_ ? 0.0f : volume_ * 32767.0f;
  const int channels = channels_;
  for (const Playing& cue : playing_) {
    const auto& samples = *cue.samples;
    const std::int64_t from = std::max(cue.start_frame, first);
    const std::int64_t to = std::min(cue.end_frame(), end);
    for (std::int64_t frame = from; frame < to; ++frame) {
      const float value = samples[static_cast<std::size_t>(frame - cue.start_frame)] * gain * cue.gain;
      std::int16_t* out = stream + (frame - first) * channels;
      for (int c = 0; c < channels; ++c) {
        out[c] = static_cast<std::int16_t>(std::clamp(static_cast<float>(out[c]) + value, -32768.0f, 32767.0f));
      }
    }
  }
  for (const Playing& cue : playing_) {
    if (cue.end_frame() > end) continue;
    const Nanos ended = stream_clock_.time_of(cue.end_frame()) + output_latency_;
    last_sound_end_ = last_sound_end_ ? std::max(*last_sound_end_, ended) : ended;
  }
  std::erase_if(playing_, [end](const Playing& cue) { return cue.end_frame() <= end; });
  frames_done_ = end;
}

}  // namespace limber
