#pragma once
// Cue sound sets made of sound files: a folder with one file per cue, named after the cue's key
// (hold.ogg, rest.wav, session_finished.flac, ...; cues.hpp). Read by sound_decoder.hpp (WAV, OGG
// Vorbis, FLAC on the desktop), mixed to mono and resampled to the output rate. A cue with
// no file, or a file that cannot be read, keeps its built-in tone, and the notice says which.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/session/cues.hpp"

namespace limber {

struct CueSoundFiles {
  std::map<CueSound, std::vector<float>> sounds;  // mono, at the requested rate, in [-1, 1]
  std::vector<std::string> notices;               // one per file that could not be used
};

// Longer files are cut here: a cue is a moment, not a song.
inline constexpr double kMaxCueSeconds = 6.0;
inline constexpr const char* kSoundFileExtensions[] = {".wav", ".ogg", ".flac"};

[[nodiscard]] CueSoundFiles load_cue_sound_files(const std::filesystem::path& folder, int frequency);

// One file, for a set's "play" preview and for tests: its samples, or why not.
struct DecodedSound {
  std::vector<float> samples;
  std::string error;  // non-empty when it could not be read
};
[[nodiscard]] DecodedSound decode_sound_file(const std::filesystem::path& file, int frequency);

}  // namespace limber
