#include "audio/sound_files.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <memory>

#include "audio/sound_decoder.hpp"

namespace limber {
namespace {

std::vector<float> resample(const std::vector<float>& in, int from, int to) {
  if (from == to || in.empty()) return in;
  const double step = static_cast<double>(from) / to;
  const auto frames = static_cast<std::size_t>(static_cast<double>(in.size()) / step);
  std::vector<float> out;
  out.reserve(frames);
  for (std::size_t i = 0; i < frames; ++i) {
    const double at = static_cast<double>(i) * step;
    const auto index = static_cast<std::size_t>(at);
    const auto frac = static_cast<float>(at - static_cast<double>(index));
    const float a = in[std::min(index, in.size() - 1)];
    const float b = in[std::min(index + 1, in.size() - 1)];
    out.push_back(a + (b - a) * frac);
  }
  return out;
}

}  // namespace

DecodedSound decode_sound_file(const std::filesystem::path& file, int frequency) {
  auto decoded = decode_frames(file, kMaxCueSeconds);
  if (!decoded) return {{}, decoded.error()};
  const auto channels = static_cast<std::size_t>(decoded->channels);
  std::vector<float> mono(decoded->interleaved.size() / channels);
  for (std::size_t i = 0; i < mono.size(); ++i) {
    float sum = 0;
    for (std::size_t c = 0; c < channels; ++c) sum += decoded->interleaved[i * channels + c];
    mono[i] = std::clamp(sum / static_cast<float>(channels), -1.0f, 1.0f);
  }
  auto samples = resample(mono, decoded->rate, frequency);
  // A cut-off file ends in a short fade, never a click.
  const std::size_t fade = std::min<std::size_t>(samples.size(), static_cast<std::size_t>(frequency / 200));
  if (decoded->cut) {
    for (std::size_t i = 0; i < fade; ++i) samples[samples.size() - 1 - i] *= static_cast<float>(i) / static_cast<float>(fade);
  }
  return {std::move(samples), ""};
}

CueSoundFiles load_cue_sound_files(const std::filesystem::path& folder, int frequency) {
  CueSoundFiles loaded;
  for (const CueSound cue : kAllCueSounds) {
    std::filesystem::path found;
    for (const char* extension : kSoundFileExtensions) {
      const auto candidate = folder / (std::string(cue_sound_key(cue)) + extension);
      std::error_code ec;
      if (std::filesystem::is_regular_file(candidate, ec)) {
        found = candidate;
        break;
      }
    }
    if (found.empty()) {
      loaded.notices.push_back(fmt::format("no {} sound in {}: the built-in tone plays", cue_sound_key(cue),
                                           folder.filename().string()));
      continue;
    }
    auto decoded = decode_sound_file(found, frequency);
    if (!decoded.error.empty()) {
      loaded.notices.push_back(decoded.error + ": the built-in tone plays instead");
      continue;
    }
    loaded.sounds[cue] = std::move(decoded.samples);
  }
  return loaded;
}

}  // namespace limber
