#include "audio/sound_decoder.hpp"

#include <fmt/format.h>
#include <sndfile.h>

#include <algorithm>
#include <memory>

namespace limber {
namespace {

struct SndfileCloser {
  void operator()(SNDFILE* file) const { sf_close(file); }
};

}  // namespace

Expected<DecodedFrames, std::string> decode_frames(const std::filesystem::path& file, double max_seconds) {
  SF_INFO info{};
  std::unique_ptr<SNDFILE, SndfileCloser> sound(sf_open(file.c_str(), SFM_READ, &info));
  if (!sound) return Unexpected{fmt::format("{} cannot be read ({})", file.filename().string(), sf_strerror(nullptr))};
  if (info.channels < 1 || info.channels > 8 || info.samplerate < 8000 || info.samplerate > 192000) {
    return Unexpected{fmt::format("{} is not a sound Limber can play ({} channels at {} Hz)", file.filename().string(),
                                  info.channels, info.samplerate)};
  }
  const auto max_frames = static_cast<sf_count_t>(max_seconds * info.samplerate);
  const sf_count_t frames = std::min<sf_count_t>(info.frames > 0 ? info.frames : max_frames, max_frames);
  DecodedFrames decoded;
  decoded.channels = info.channels;
  decoded.rate = info.samplerate;
  decoded.interleaved.resize(static_cast<std::size_t>(frames) * static_cast<std::size_t>(info.channels));
  const sf_count_t got = sf_readf_float(sound.get(), decoded.interleaved.data(), frames);
  if (got <= 0) return Unexpected{fmt::format("{} holds no sound", file.filename().string())};
  decoded.interleaved.resize(static_cast<std::size_t>(got) * static_cast<std::size_t>(info.channels));
  decoded.cut = got == max_frames;
  return decoded;
}

}  // namespace limber
