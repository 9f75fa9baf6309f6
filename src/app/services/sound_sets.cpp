#include "app/services/sound_sets.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "core/base/translate.hpp"
#include "platform/paths.hpp"

namespace limber {
namespace {

std::vector<std::filesystem::path> folders_in(const std::filesystem::path& parent) {
  std::vector<std::filesystem::path> folders;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(parent, ec)) {
    if (entry.is_directory(ec) && entry.path().filename().string().front() != '.') folders.push_back(entry.path());
  }
  std::sort(folders.begin(), folders.end());
  return folders;
}

std::string display_name(std::string key) {
  std::replace(key.begin(), key.end(), '-', ' ');
  std::replace(key.begin(), key.end(), '_', ' ');
  if (!key.empty()) key[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(key[0])));
  return key;
}

// The sets Limber ships, named in the user's language; a folder added later is named from its key.
std::string builtin_set_name(const std::string& key) {
  if (key == "plucked") return trc("a sound set", "Plucked");
  return display_name(key);
}

}  // namespace

std::vector<SoundSet> list_sound_sets(const std::optional<std::filesystem::path>& data_dir) {
  std::vector<SoundSet> sets{SoundSet{"", tr("Built-in tones")}};
  std::vector<SoundSet> users;
  if (data_dir) {
    for (const auto& folder : folders_in(*data_dir / "sounds")) {
      const std::string key = folder.filename().string();
      users.push_back(SoundSet{key, format(tr("{0} (yours)"), display_name(key)), folder, true});
    }
  }
  for (const auto& folder : folders_in(builtin_assets_dir() / "sounds")) {
    const std::string key = folder.filename().string();
    const bool shadowed = std::any_of(users.begin(), users.end(), [&](const SoundSet& s) { return s.key == key; });
    if (!shadowed) sets.push_back(SoundSet{key, builtin_set_name(key), folder, false});
  }
  sets.insert(sets.end(), users.begin(), users.end());
  return sets;
}

ChosenSoundSet choose_sound_set(const std::string& key, const std::optional<std::filesystem::path>& data_dir) {
  if (key.empty()) return {};
  for (const SoundSet& set : list_sound_sets(data_dir)) {
    if (set.key == key) return ChosenSoundSet{set.folder, ""};
  }
  return ChosenSoundSet{{}, format(tr("the sound set \"{0}\" is not there any more: the built-in tones play"), key)};
}

}  // namespace limber
