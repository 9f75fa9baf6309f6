#pragma once
// The cue sound sets a user can choose: the built-in synthesised tones, the sets shipped in
// assets/sounds/<set>/, and the user's own in <data folder>/sounds/<set>/ (a user set of the same
// name as a shipped one is the one used). A set is a folder of files named after the cues
// (audio/sound_files.hpp).

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace limber {

struct SoundSet {
  std::string key;  // the folder's name, as settings.json keeps it; "" for the built-in tones
  std::string name;  // for people: "Built-in tones", "Plucked"
  std::filesystem::path folder{};  // empty for the built-in tones
  bool users = false;              // from the data folder
};

[[nodiscard]] std::vector<SoundSet> list_sound_sets(const std::optional<std::filesystem::path>& data_dir);

// The folder of the set with this key; empty for "" and for a set that is not there (the
// built-in tones then play, and `missing` says so).
struct ChosenSoundSet {
  std::filesystem::path folder{};
  std::string missing{};  // "the sound set \"bells\" is not there any more: the built-in tones play"
};
[[nodiscard]] ChosenSoundSet choose_sound_set(const std::string& key, const std::optional<std::filesystem::path>& data_dir);

}  // namespace limber
