#pragma once
// Plays cue sounds through SDL's audio device, each placed at the exact stream frame that sounds at its
// scheduled time (not "as soon as the next buffer comes"), so cues keep time whatever the buffer
// size and however late the caller hands them over, as long as it is ahead of time.

#include <algorithm>
#include <filesystem>
#include <cstdint>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "audio/stream_clock.hpp"
#include "core/base/clock.hpp"
#include "core/base/expected.hpp"
#include "core/session/cues.hpp"

namespace limber {

struct AudioDeviceInfo {
  std::string driver;  // SDL's driver name: "pulseaudio", "alsa", "disk", ...
  int frequency = 0;
  std::string format;  // "S16"
  int channels = 0;
  int buffer_frames = 0;
};

struct PlayedCue {
  Cue cue;
  Nanos heard{};     // when its first frame sounds, by the stream clock
  Nanos duration{};  // how long its sound lasts
  std::int64_t frame = 0;  // its first frame in the stream the player fills
};

struct AudioSettings {
  int frequency = 48000;
  // A cue sound set's folder (sound_files.hpp); empty: the built-in synthesised tones.
  std::filesystem::path cue_sound_folder{};
  int buffer_frames = 480;  // 10 ms at 48 kHz; SDL's disk driver keeps time best at this size
  float volume = 1.0f;      // 0..1
  bool muted = false;
};

class CuePlayer {
 public:
  // Opens the default audio device. The error says why, in words a user can act on.
  [[nodiscard]] static Expected<std::unique_ptr<CuePlayer>, std::string> open(const AudioSettings& settings,
                                                                              const MonotonicClock& clock);
  ~CuePlayer();
  CuePlayer(const CuePlayer&) = delete;
  CuePlayer& operator=(const CuePlayer&) = delete;

  // The device as opened; buffer_frames is what SDL actually asks for once it has asked.
  [[nodiscard]] AudioDeviceInfo info();
  // Waits until the stream has run for `settle` (or twice that passed), so that info() knows the
  // real buffer size and the stream clock has measured the device's true rate.
  void wait_until_settled(std::chrono::milliseconds settle);

  // Thread-safe. A cue whose time has passed plays at once.
  void schedule(const Cue& cue);
  // Drops scheduled cues that have not started and are due after `time` (a pause, skip or stop).
  void cancel_after(Nanos time);
  void set_volume(float volume);
  // Spoken phrases by their text: a cue with text plays its clip (mono, at the device's rate),
  // or its tone when there is none. Thread-safe; clips are only ever added.
  void add_voice_clips(std::map<std::string, std::vector<float>> clips);
  [[nodiscard]] std::optional<Nanos> voice_clip_length(const std::string& text);
  void set_voice_volume(float relative);  // speech gain relative to the tones, 0..2
  void set_muted(bool muted);
  // Waits until nothing is playing or due (the closing words or chime have rung out), at most `limit`.
  void wait_until_quiet(std::chrono::milliseconds limit);
  // When the last sound scheduled so far ends, on the clock (may be past); nullopt: none ever was.
  [[nodiscard]] std::optional<Nanos> sounding_until();
  // The sound set's files that could not be used (their cues play the built-in tone), in words.
  [[nodiscard]] const std::vector<std::string>& sound_notices() const { return sound_notices_; }
  // Cues that started since the last call, in order.
  [[nodiscard]] std::vector<PlayedCue> take_played();

 private:
  struct Playing {
    Cue cue;
    std::int64_t start_frame;
    const std::vector<float>* samples;
    float gain = 1.0f;
    // A phrase is cut where the next one starts (after a skip), so two never overlap.
    std::int64_t stop_frame = std::numeric_limits<std::int64_t>::max();
    [[nodiscard]] std::int64_t end_frame() const {
      return std::min(start_frame + static_cast<std::int64_t>(samples->size()), stop_frame);
    }
  };

  CuePlayer(const MonotonicClock& clock, const AudioSettings& settings);
  static void mix_callback(void* self, std::uint8_t* stream, int length);
  void mix(std::int16_t* stream, int frames);

  const MonotonicClock& clock_;
  std::uint32_t device_ = 0;  // SDL_AudioDeviceID
  int channels_ = 2;  // fixed once open
  StreamClock stream_clock_;
  Nanos output_latency_{};
  std::map<CueSound, std::vector<float>> sounds_;  // made once at open, then only read
  std::vector<std::string> sound_notices_;

  std::mutex mutex_;  // guards everything below
  std::map<std::string, std::vector<float>> voice_clips_;
  float voice_volume_ = 1.0f;
  AudioDeviceInfo info_;
  std::vector<Cue> pending_;
  std::vector<Playing> playing_;
  std::vector<PlayedCue> played_;
  std::int64_t frames_done_ = 0;
  float volume_ = 1.0f;
  bool muted_ = false;
  std::optional<Nanos> last_sound_end_;  // of the sounds that have finished
};

}  // namespace limber
