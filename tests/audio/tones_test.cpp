#include "audio/tones.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>

namespace limber {
namespace {

constexpr int kRate = 48000;

std::size_t first_audible(const std::vector<float>& samples) {
  for (std::size_t i = 0; i < samples.size(); ++i) {
    if (std::abs(samples[i]) > 0.02f) return i;
  }
  return samples.size();
}

TEST(Tones, EverySoundStartsAtOnceAndEndsInSilence) {
  for (const CueSound sound : kAllCueSounds) {
    const std::vector<float> samples = synthesize_cue(sound, kRate);
    ASSERT_FALSE(samples.empty()) << cue_sound_key(sound);
    EXPECT_LT(first_audible(samples), static_cast<std::size_t>(kRate / 1000)) << cue_sound_key(sound);  // within 1 ms
    EXPECT_LE(*std::max_element(samples.begin(), samples.end()), 0.71f);
    EXPECT_NEAR(samples.back(), 0.0f, 1e-3f) << cue_sound_key(sound);
    // Short enough to end before the next second's cue, except the closing chime.
    if (sound != CueSound::session_finished) {
      EXPECT_LE(samples.size(), static_cast<std::size_t>(kRate * 0.8));
    }
  }
}

// Distinct: no two sounds share both their length and their loudest pitch region.
TEST(Tones, SoundsAreDistinct) {
  std::set<std::pair<std::size_t, int>> signatures;
  for (const CueSound sound : kAllCueSounds) {
    const std::vector<float> samples = synthesize_cue(sound, kRate);
    std::size_t crossings = 0;
    for (std::size_t i = 1; i < std::min<std::size_t>(samples.size(), kRate / 20); ++i) {
      crossings += (samples[i - 1] < 0) != (samples[i] < 0);
    }
    signatures.emplace(samples.size(), static_cast<int>(crossings / 10));
  }
  EXPECT_EQ(signatures.size(), std::size(kAllCueSounds));
}

TEST(Tones, FollowTheDeviceRate) {
  EXPECT_EQ(synthesize_cue(CueSound::tick, 44100).size() * 48000 / 44100,
            synthesize_cue(CueSound::tick, 48000).size());
}

}  // namespace
}  // namespace limber
