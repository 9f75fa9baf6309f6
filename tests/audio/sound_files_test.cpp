// Cue sound sets from files: WAV, Ogg Vorbis and FLAC read into the output rate, and every way a
// set can be incomplete or broken falling back to the built-in tone with a notice.
#include "audio/sound_files.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sndfile.h>

#include <cmath>
#include <fstream>

#include "support/fixtures.hpp"

namespace limber {
namespace {

using ::testing::HasSubstr;

// A 440 Hz tone of `seconds` in `channels` channels at `rate`, written by libsndfile.
void write_tone(const std::filesystem::path& file, int format, int rate, int channels, double seconds) {
  SF_INFO info{};
  info.samplerate = rate;
  info.channels = channels;
  info.format = format;
  SNDFILE* out = sf_open(file.c_str(), SFM_WRITE, &info);
  ASSERT_NE(out, nullptr) << sf_strerror(nullptr);
  const auto frames = static_cast<std::size_t>(seconds * rate);
  std::vector<float> samples(frames * static_cast<std::size_t>(channels));
  for (std::size_t i = 0; i < frames; ++i) {
    for (int c = 0; c < channels; ++c) {
      samples[i * static_cast<std::size_t>(channels) + static_cast<std::size_t>(c)] =
          0.5f * static_cast<float>(std::sin(2 * M_PI * 440 * static_cast<double>(i) / rate));
    }
  }
  sf_writef_float(out, samples.data(), static_cast<sf_count_t>(frames));
  sf_close(out);
}

// Zero crossings a second: twice the tone's frequency, whatever rate it was read at.
double crossings_per_second(const std::vector<float>& samples, int rate) {
  int crossings = 0;
  for (std::size_t i = 1; i < samples.size(); ++i) crossings += (samples[i - 1] < 0) != (samples[i] < 0);
  return crossings / (static_cast<double>(samples.size()) / rate);
}

TEST(SoundFiles, ReadsWavOggAndFlacAtTheOutputRate) {
  testing::ScratchDir dir;
  write_tone(dir / "a.wav", SF_FORMAT_WAV | SF_FORMAT_PCM_16, 44100, 2, 0.5);
  write_tone(dir / "b.ogg", SF_FORMAT_OGG | SF_FORMAT_VORBIS, 22050, 1, 0.5);
  write_tone(dir / "c.flac", SF_FORMAT_FLAC | SF_FORMAT_PCM_16, 48000, 1, 0.5);
  for (const char* name : {"a.wav", "b.ogg", "c.flac"}) {
    const DecodedSound sound = decode_sound_file(dir / name, 48000);
    ASSERT_EQ(sound.error, "") << name;
    EXPECT_NEAR(static_cast<double>(sound.samples.size()), 24000, 600) << name;
    EXPECT_NEAR(crossings_per_second(sound.samples, 48000), 880, 20) << name;
    const float peak = *std::max_element(sound.samples.begin(), sound.samples.end());
    EXPECT_NEAR(peak, 0.5f, 0.06f) << name;
  }
}

TEST(SoundFiles, ALongFileIsCutWithAFade) {
  testing::ScratchDir dir;
  write_tone(dir / "long.wav", SF_FORMAT_WAV | SF_FORMAT_PCM_16, 48000, 1, 20);
  const DecodedSound sound = decode_sound_file(dir / "long.wav", 48000);
  EXPECT_EQ(sound.samples.size(), static_cast<std::size_t>(kMaxCueSeconds * 48000));
  EXPECT_LT(std::abs(sound.samples.back()), 0.001f);
}

TEST(SoundFiles, ASetWithMissingAndBrokenFilesKeepsTheBuiltInTonesForThem) {
  testing::ScratchDir dir;
  write_tone(dir / "hold.ogg", SF_FORMAT_OGG | SF_FORMAT_VORBIS, 48000, 1, 0.3);
  write_tone(dir / "rest.flac", SF_FORMAT_FLAC | SF_FORMAT_PCM_16, 48000, 1, 0.3);
  testing::write_file(dir / "tick.wav", "this is not a sound file");
  testing::write_file(dir / "halfway.ogg", "");
  const CueSoundFiles set = load_cue_sound_files(dir.path(), 48000);
  EXPECT_EQ(set.sounds.size(), 2u);
  EXPECT_TRUE(set.sounds.count(CueSound::hold) && set.sounds.count(CueSound::rest));
  std::string notices;
  for (const auto& n : set.notices) notices += n + "\n";
  EXPECT_THAT(notices, HasSubstr("tick.wav cannot be read"));
  EXPECT_THAT(notices, HasSubstr("halfway.ogg cannot be read"));
  EXPECT_THAT(notices, HasSubstr("no session_finished sound in"));
  EXPECT_EQ(set.notices.size(), 6u) << notices;  // 8 cues, 2 of them read
}

TEST(SoundFiles, AFolderThatIsNotThereIsOnlyNotices) {
  const CueSoundFiles set = load_cue_sound_files("/nonexistent/sounds/bells", 48000);
  EXPECT_TRUE(set.sounds.empty());
  EXPECT_EQ(set.notices.size(), 8u);
}

TEST(SoundFiles, TheShippedSetHasEveryCue) {
  const CueSoundFiles set = load_cue_sound_files(std::filesystem::path(LIMBER_SOURCE_DIR) / "assets" / "sounds" / "plucked", 48000);
  EXPECT_TRUE(set.notices.empty()) << set.notices.front();
  EXPECT_EQ(set.sounds.size(), std::size(kAllCueSounds));
}

}  // namespace
}  // namespace limber
