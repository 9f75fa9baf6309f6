#include "audio/stream_clock.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

namespace limber {
namespace {

using namespace std::chrono_literals;

constexpr int kRate = 48000;
constexpr int kBuffer = 480;

// Feeds `seconds` of callbacks from a device running `rate_error` fast, with uniform jitter.
void feed(StreamClock& clock, double seconds, double rate_error, double jitter_ms, std::int64_t& frame,
          std::mt19937& rng, double start_ns = 5e12) {
  std::uniform_real_distribution<double> jitter(-jitter_ms * 1e6, jitter_ms * 1e6);
  const double true_period = 1e9 / (kRate * (1 + rate_error));
  const std::int64_t end = frame + static_cast<std::int64_t>(seconds * kRate);
  for (; frame < end; frame += kBuffer) {
    const double t = start_ns + static_cast<double>(frame) * true_period + jitter(rng);
    clock.on_buffer(Nanos{static_cast<std::int64_t>(t)}, frame);
  }
}

TEST(StreamClock, MapsTimeToFramesOnASteadyDevice) {
  StreamClock clock(kRate);
  std::mt19937 rng(1);
  std::int64_t frame = 0;
  feed(clock, 2.0, 0.0, 0.0, frame, rng);
  EXPECT_EQ(clock.frame_at(Nanos{static_cast<std::int64_t>(5e12 + 1e9)}), kRate);
  EXPECT_NEAR(static_cast<double>(clock.time_of(2 * kRate).count()), 5e12 + 2e9, 1e3);
}

TEST(StreamClock, AveragesCallbackJitterAway) {
  StreamClock clock(kRate);
  std::mt19937 rng(2);
  std::int64_t frame = 0;
  feed(clock, 3.0, 0.0, 2.0, frame, rng);  // callbacks +-2 ms late or early
  for (const double at_s : {3.0, 3.05, 3.5}) {
    const auto expected = static_cast<std::int64_t>(at_s * kRate);
    const std::int64_t got = clock.frame_at(Nanos{static_cast<std::int64_t>(5e12 + at_s * 1e9)});
    EXPECT_LE(std::abs(got - expected), kRate / 2000) << at_s;  // within 0.5 ms
  }
}

TEST(StreamClock, FollowsADeviceThatRunsOffItsNominalRate) {
  StreamClock clock(kRate);
  std::mt19937 rng(3);
  std::int64_t frame = 0;
  feed(clock, 4.0, -0.023, 0.5, frame, rng);  // SDL's disk driver was measured 2.3 % slow
  EXPECT_NEAR(clock.frames_per_second(), kRate * (1 - 0.023), kRate * 0.001);
  const double next_callback_ns = 5e12 + static_cast<double>(frame) * 1e9 / (kRate * (1 - 0.023));
  EXPECT_NEAR(static_cast<double>(clock.time_of(frame).count()), next_callback_ns, 0.5e6);
}

TEST(StreamClock, StartsOverAfterAStall) {
  StreamClock clock(kRate);
  std::mt19937 rng(4);
  std::int64_t frame = 0;
  feed(clock, 1.0, 0.0, 0.0, frame, rng);
  // The device stalled for 300 ms: frames resume later than the line predicts.
  clock.on_buffer(Nanos{static_cast<std::int64_t>(5e12 + static_cast<double>(frame) * 1e9 / kRate + 300e6)}, frame);
  EXPECT_NEAR(static_cast<double>(clock.time_of(frame).count()), 5e12 + static_cast<double>(frame) * 1e9 / kRate + 300e6,
              1e3);
}

}  // namespace
}  // namespace limber
