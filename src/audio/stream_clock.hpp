#pragma once
// Maps between the audio stream's frame count and the monotonic clock, so a cue can be placed at
// the exact frame that will sound at its time. Audio callbacks arrive with scheduling jitter and
// the device's clock drifts from ours (SDL's disk driver runs a percent or two off), so the map is
// a least-squares line through the last few seconds of (callback time, stream frame) pairs: the
// jitter averages out and the drift is followed. Pure: tested without SDL.

#include <cstdint>
#include <deque>

#include "core/base/clock.hpp"

namespace limber {

class StreamClock {
 public:
  explicit StreamClock(int frequency);

  // Called at the start of each audio callback: `now` on the monotonic clock, `first_frame` the
  // stream position of the buffer about to be filled.
  void on_buffer(Nanos now, std::int64_t first_frame);

  [[nodiscard]] bool ready() const { return !points_.empty(); }
  [[nodiscard]] Nanos time_of(std::int64_t frame) const;
  [[nodiscard]] std::int64_t frame_at(Nanos time) const;
  [[nodiscard]] double frames_per_second() const { return 1e9 / period_ns_; }

 private:
  struct Point {
    double frame;    // relative to origin_frame_
    double time_ns;  // relative to origin_time_
  };
  void refit();

  double nominal_period_ns_;
  std::int64_t window_frames_;  // how much history the line is fitted to
  std::int64_t origin_frame_ = 0;
  std::int64_t origin_time_ns_ = 0;
  std::deque<Point> points_;
  int callbacks_ = 0;
  double period_ns_;
  double intercept_ns_ = 0;  // time of origin_frame_, relative to origin_time_
};

}  // namespace limber
