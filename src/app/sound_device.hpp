#pragma once
// The window's sound device, open only while something sounds: a session opens it, and it is
// closed once the session is over and its last cue has rung out. An open SDL audio device wakes
// its thread about 100 times a second even in silence (and keeps a sound server and the sound
// card awake), so the library, progress and editor screens leave it closed.

#include <memory>
#include <optional>

#include "app/trace_writer.hpp"
#include "audio/cue_player.hpp"
#include "core/clock.hpp"

namespace limber {

class SoundDevice {
 public:
  // `disabled`: --mute, never opened. `trace` (may be null) gets an audio line at each opening.
  SoundDevice(bool disabled, AudioSettings settings, const MonotonicClock& clock, TraceWriter* trace)
      : disabled_(disabled), settings_(settings), clock_(clock), trace_(trace) {}

  // The open player, opening the device if it is closed; null without sound (--mute, or no
  // device: said once on stderr, and asked again at the next opening).
  CuePlayer* open();
  void close() { player_.reset(); }
  [[nodiscard]] CuePlayer* player() const { return player_.get(); }
  [[nodiscard]] bool is_open() const { return player_ != nullptr; }
  // No sound to be had: --mute, or the last opening failed.
  [[nodiscard]] bool unavailable() const { return disabled_ || (failed_ && !player_); }

  // When an open device has been silent long enough to close (its last sound, plus the time the
  // sound takes to leave the device); nullopt when it is closed.
  [[nodiscard]] std::optional<Nanos> quiet_at() const;

  void set_muted(bool muted);
  void set_volume(float volume);  // 0..1
  // The cue sound set for the next opening (an open device is closed when it changes).
  void set_cue_sound_folder(const std::filesystem::path& folder);
  void set_trace(TraceWriter* trace) { trace_ = trace; }

  // How long after its last sound the device stays open: the output buffers drain first.
  static constexpr Nanos kDrain = std::chrono::milliseconds{250};
  // How long an opened stream runs before its clock is trusted to place the first cue.
  static constexpr std::chrono::milliseconds kSettle{100};

 private:
  bool disabled_;
  AudioSettings settings_;
  const MonotonicClock& clock_;
  TraceWriter* trace_;
  std::unique_ptr<CuePlayer> player_;
  Nanos opened_at_{};
  bool failed_ = false;
  bool said_failure_ = false;
};

}  // namespace limber
