#include "audio/stream_clock.hpp"

#include <algorithm>
#include <cmath>

namespace limber {
namespace {

constexpr double kWindowSeconds = 8.0;      // long enough to average jitter, short enough to follow drift
constexpr double kMinFitSeconds = 0.5;      // below this span the slope is noise: use the nominal rate
constexpr double kResyncError_ns = 50e6;    // a callback this far off the line: the stream stalled, start over
constexpr double kMaxRateError = 0.1;       // a device runs within 10 % of its nominal rate
// One point per this many callbacks: the fit stays cheap on the audio thread (SDL's disk driver
// stretches its period by whatever the callback costs) and the map changes only in small steps.
constexpr int kCallbacksPerPoint = 8;

}  // namespace

StreamClock::StreamClock(int frequency)
    : nominal_period_ns_(1e9 / frequency),
      window_frames_(static_cast<std::int64_t>(kWindowSeconds * frequency)),
      period_ns_(nominal_period_ns_) {}

void StreamClock::on_buffer(Nanos now, std::int64_t first_frame) {
  if (!points_.empty()) {
    const double predicted = static_cast<double>(time_of(first_frame).count());
    if (std::abs(static_cast<double>(now.count()) - predicted) > kResyncError_ns) points_.clear();
  }
  const bool first_point = points_.empty();
  if (first_point) {
    origin_frame_ = first_frame;
    origin_time_ns_ = now.count();
    callbacks_ = 0;
  }
  if (!first_point && ++callbacks_ % kCallbacksPerPoint != 0) return;
  points_.push_back({static_cast<double>(first_frame - origin_frame_), static_cast<double>(now.count() - origin_time_ns_)});
  while (points_.back().frame - points_.front().frame > static_cast<double>(window_frames_)) points_.pop_front();
  refit();
}

void StreamClock::refit() {
  const double n = static_cast<double>(points_.size());
  double mean_x = 0;
  double mean_y = 0;
  for (const Point& p : points_) {
    mean_x += p.frame;
    mean_y += p.time_ns;
  }
  mean_x /= n;
  mean_y /= n;
  const double span_s = (points_.back().frame - points_.front().frame) * nominal_period_ns_ / 1e9;
  if (span_s >= kMinFitSeconds) {
    double sxx = 0;
    double sxy = 0;
    for (const Point& p : points_) {
      sxx += (p.frame - mean_x) * (p.frame - mean_x);
      sxy += (p.frame - mean_x) * (p.time_ns - mean_y);
    }
    period_ns_ = std::clamp(sxy / sxx, nominal_period_ns_ * (1 - kMaxRateError), nominal_period_ns_ * (1 + kMaxRateError));
  }
  intercept_ns_ = mean_y - period_ns_ * mean_x;
}

Nanos StreamClock::time_of(std::int64_t frame) const {
  const double relative = intercept_ns_ + period_ns_ * static_cast<double>(frame - origin_frame_);
  return Nanos{origin_time_ns_ + static_cast<std::int64_t>(std::llround(relative))};
}

std::int64_t StreamClock::frame_at(Nanos time) const {
  const double relative = static_cast<double>(time.count() - origin_time_ns_);
  return origin_frame_ + std::llround((relative - intercept_ns_) / period_ns_);
}

}  // namespace limber
