#include "audio/sound_decoder.hpp"

#include <SDL.h>
#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <memory>

#define STB_VORBIS_HEADER_ONLY
#include <stb_vorbis.c>  // its declarations only: the body is built once, beside stb_image's

namespace limber {
namespace {

struct VorbisCloser {
  void operator()(stb_vorbis* vorbis) const { stb_vorbis_close(vorbis); }
};

Expected<DecodedFrames, std::string> decode_vorbis(const std::filesystem::path& file, double max_seconds) {
  int error = 0;
  std::unique_ptr<stb_vorbis, VorbisCloser> vorbis(stb_vorbis_open_filename(file.c_str(), &error, nullptr));
  if (!vorbis) return Unexpected{fmt::format("{} cannot be read (not OGG Vorbis, error {})", file.filename().string(), error)};
  const stb_vorbis_info info = stb_vorbis_get_info(vorbis.get());
  DecodedFrames decoded;
  decoded.channels = info.channels;
  decoded.rate = static_cast<int>(info.sample_rate);
  const auto max_frames = static_cast<std::size_t>(max_seconds * info.sample_rate);
  decoded.interleaved.resize(max_frames * static_cast<std::size_t>(info.channels));
  std::size_t got = 0;
  while (got < max_frames) {
    const int read = stb_vorbis_get_samples_float_interleaved(
        vorbis.get(), info.channels, decoded.interleaved.data() + got * static_cast<std::size_t>(info.channels),
        static_cast<int>((max_frames - got) * static_cast<std::size_t>(info.channels)));
    if (read <= 0) break;
    got += static_cast<std::size_t>(read);
  }
  decoded.interleaved.resize(got * static_cast<std::size_t>(info.channels));
  decoded.cut = got == max_frames;
  return decoded;
}

Expected<DecodedFrames, std::string> decode_wav(const std::filesystem::path& file, double max_seconds) {
  SDL_AudioSpec spec{};
  Uint8* bytes = nullptr;
  Uint32 length = 0;
  if (SDL_LoadWAV(file.c_str(), &spec, &bytes, &length) == nullptr) {
    return Unexpected{fmt::format("{} cannot be read ({})", file.filename().string(), SDL_GetError())};
  }
  const std::unique_ptr<Uint8, decltype(&SDL_FreeWAV)> owned(bytes, &SDL_FreeWAV);
  // Converted to float samples by SDL itself, at the file's own rate and channels.
  SDL_AudioCVT convert;
  if (SDL_BuildAudioCVT(&convert, spec.format, spec.channels, spec.freq, AUDIO_F32SYS, spec.channels, spec.freq) < 0) {
    return Unexpected{fmt::format("{} is not a sound Limber can play ({})", file.filename().string(), SDL_GetError())};
  }
  std::vector<Uint8> buffer(static_cast<std::size_t>(length) * static_cast<std::size_t>(std::max(1, convert.len_mult)));
  std::copy(bytes, bytes + length, buffer.begin());
  convert.buf = buffer.data();
  convert.len = static_cast<int>(length);
  if (convert.needed != 0 && SDL_ConvertAudio(&convert) < 0) {
    return Unexpected{fmt::format("{} is not a sound Limber can play ({})", file.filename().string(), SDL_GetError())};
  }
  const std::size_t converted = convert.needed != 0 ? static_cast<std::size_t>(convert.len_cvt) : length;
  DecodedFrames decoded;
  decoded.channels = spec.channels;
  decoded.rate = spec.freq;
  const std::size_t samples = converted / sizeof(float);
  const auto max_samples = static_cast<std::size_t>(max_seconds * spec.freq) * spec.channels;
  decoded.interleaved.resize(std::min(samples, max_samples));
  std::memcpy(decoded.interleaved.data(), buffer.data(), decoded.interleaved.size() * sizeof(float));
  decoded.cut = samples > max_samples;
  if (decoded.interleaved.empty()) return Unexpected{fmt::format("{} holds no sound", file.filename().string())};
  return decoded;
}

}  // namespace

Expected<DecodedFrames, std::string> decode_frames(const std::filesystem::path& file, double max_seconds) {
  const std::string extension = file.extension().string();
  if (extension == ".ogg") return decode_vorbis(file, max_seconds);
  if (extension == ".wav") return decode_wav(file, max_seconds);
  return Unexpected{fmt::format("{}: in a browser Limber plays OGG Vorbis and WAV files (FLAC on a computer)", file.filename().string())};
}

}  // namespace limber
