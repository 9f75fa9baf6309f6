#pragma once
// Reading a sound file's samples, whatever its format: libsndfile on the desktop (WAV, OGG
// Vorbis, FLAC and the rest it knows; sndfile_decoder.cpp); in the browser build stb_vorbis for
// OGG Vorbis and SDL for WAV (web_sound_decoder.cpp: libsndfile and its codecs are not built for
// the page). sound_files.hpp mixes, resamples and fades what this reads.

#include <filesystem>
#include <string>
#include <vector>

#include "core/base/expected.hpp"

namespace limber {

struct DecodedFrames {
  std::vector<float> interleaved;  // frames of `channels` samples each, in [-1, 1]
  int channels = 0;
  int rate = 0;
  bool cut = false;  // the file went on past `max_seconds`
};

// At most `max_seconds` of `file`. The error names the file and says why, for the user.
[[nodiscard]] Expected<DecodedFrames, std::string> decode_frames(const std::filesystem::path& file, double max_seconds);

}  // namespace limber
