#pragma once
// The window's sound device, open only while something sounds: a session or a preview opens it,
// and the shell closes it once nothing holds it and its last sound has rung out. An open SDL audio
// device wakes its thread about 100 times a second even in silence (and keeps a sound server and
// the sound card awake), so the library, progress and editor screens leave it closed.
//
// One owner decides when to close: the device itself. Whatever keeps pointers into the player
// beyond the call that got it (a session's driver and voice) holds a Lease, and the device never
// closes under a lease; a preview, which hands its cues over and keeps nothing, holds none. (Two
// screens each closing the device when *they* thought it quiet once freed it under a session.)

#include <filesystem>
#include <memory>
#include <optional>

#include "app/services/trace_writer.hpp"
#include "audio/cue_player.hpp"
#include "core/base/clock.hpp"

namespace limber {

class SoundDevice {
 public:
  // Keeps the device open while it lives; player() is null when there is no sound to be had.
  class Lease {
   public:
    Lease() = default;
    Lease(Lease&& other) noexcept : device_(std::exchange(other.device_, nullptr)) {}
    Lease& operator=(Lease&& other) noexcept;
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease() { release(); }
    [[nodiscard]] CuePlayer* player() const { return device_ != nullptr ? device_->player_.get() : nullptr; }
    void release();

   private:
    friend class SoundDevice;
    explicit Lease(SoundDevice* device) : device_(device) {}
    SoundDevice* device_ = nullptr;
  };

  // `disabled`: --mute, never opened. `trace` (may be null) gets an audio line at each opening.
  SoundDevice(bool disabled, AudioSettings settings, const MonotonicClock& clock, TraceWriter* trace)
      : disabled_(disabled), settings_(settings), clock_(clock), trace_(trace) {}
  ~SoundDevice();
  SoundDevice(const SoundDevice&) = delete;
  SoundDevice& operator=(const SoundDevice&) = delete;

  // The open player, opening the device if it is closed, for sounds handed over at once (null
  // without sound: --mute, or no device, said once on stderr and asked again at the next opening).
  CuePlayer* open();
  // The same, held open until the lease is released.
  [[nodiscard]] Lease lease();

  [[nodiscard]] bool is_open() const { return player_ != nullptr; }
  [[nodiscard]] bool leased() const { return leases_ > 0; }
  // No sound to be had: --mute, or the last opening failed.
  [[nodiscard]] bool unavailable() const { return disabled_ || (failed_ && !player_); }

  // When an open device nobody holds will have been silent long enough to close (its last sound,
  // plus the time the sound takes to leave it); nullopt when it is closed or held.
  [[nodiscard]] std::optional<Nanos> close_at() const;
  // Closes the device if close_at() has come (the shell calls this every turn).
  void close_if_quiet(Nanos now);

  void set_muted(bool muted);
  void set_volume(float volume);  // 0..1
  // The cue sound set for the next opening: an open device nobody holds closes now, a held one
  // once it is released.
  void set_cue_sound_folder(const std::filesystem::path& folder);

  // How long after its last sound the device stays open: the output buffers drain first.
  static constexpr Nanos kDrain = std::chrono::milliseconds{250};
  // How long an opened stream runs before its clock is trusted to place the first cue.
  static constexpr std::chrono::milliseconds kSettle{100};

 private:
  void close();

  bool disabled_;
  AudioSettings settings_;
  const MonotonicClock& clock_;
  TraceWriter* trace_;
  std::unique_ptr<CuePlayer> player_;
  int leases_ = 0;
  bool stale_ = false;  // opened with another sound set: reopen once nobody holds it
  Nanos opened_at_{};
  bool failed_ = false;
  bool said_failure_ = false;
};

}  // namespace limber
