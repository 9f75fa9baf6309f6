#include "app/services/sound_device.hpp"

#include <fmt/format.h>

#include <cstdio>

#include "core/base/translate.hpp"

namespace limber {

SoundDevice::Lease& SoundDevice::Lease::operator=(Lease&& other) noexcept {
  if (this != &other) {
    release();
    device_ = std::exchange(other.device_, nullptr);
  }
  return *this;
}

void SoundDevice::Lease::release() {
  if (device_ == nullptr) return;
  --device_->leases_;
  device_ = nullptr;
}

SoundDevice::~SoundDevice() = default;

CuePlayer* SoundDevice::open() {
  if (player_ && stale_ && leases_ == 0) close();
  if (disabled_ || player_) return player_.get();
  auto player = CuePlayer::open(settings_, clock_);
  if (!player) {
    failed_ = true;
    if (!said_failure_) fmt::print(stderr, "{}", format(tr("limber: {0}; sessions run without sound.\n"), player.error()));
    if (trace_ != nullptr) trace_->audio(std::nullopt, false);
    said_failure_ = true;
    return nullptr;
  }
  failed_ = false;
  player_ = std::move(player.value());
  // A few buffers, so the stream clock knows the device's pace before the first cue is placed.
  player_->wait_until_settled(kSettle);
  opened_at_ = clock_.now();
  for (const auto& notice : player_->sound_notices()) fmt::print(stderr, "limber: {}.\n", notice);
  if (trace_ != nullptr) trace_->audio(player_->info(), false);
  return player_.get();
}

SoundDevice::Lease SoundDevice::lease() {
  (void)open();
  ++leases_;
  return Lease(this);
}

std::optional<Nanos> SoundDevice::close_at() const {
  if (!player_ || leases_ > 0) return std::nullopt;
  const std::optional<Nanos> last = player_->sounding_until();
  return (last ? std::max(*last, opened_at_) : opened_at_) + kDrain;
}

void SoundDevice::close_if_quiet(Nanos now) {
  const auto at = close_at();
  if (at && now >= *at) close();
}

void SoundDevice::close() {
  player_.reset();
  stale_ = false;
}

void SoundDevice::set_cue_sound_folder(const std::filesystem::path& folder) {
  if (settings_.cue_sound_folder == folder) return;
  settings_.cue_sound_folder = folder;
  if (!player_) return;
  if (leases_ == 0) {
    close();
  } else {
    stale_ = true;
  }
}

void SoundDevice::set_volume(float volume) {
  settings_.volume = volume;
  if (player_) player_->set_volume(volume);
}

void SoundDevice::set_muted(bool muted) {
  settings_.muted = muted;
  if (player_) player_->set_muted(muted);
}

}  // namespace limber
