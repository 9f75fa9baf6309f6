#include "app/services/settings_store.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <set>

#include "core/base/aside_name.hpp"
#include "core/base/translate.hpp"
#include "core/formats/json_reader.hpp"
#include "core/formats/small_file.hpp"
#include "core/settings/settings_limits.hpp"
#include "platform/atomic_file.hpp"

namespace limber {
namespace {

constexpr std::uintmax_t kMostSettingsBytes = 1024 * 1024;
constexpr int kDeepestSettings = 8;

// Reads each key the way settings.json holds it; a value that cannot be used keeps the default,
// and is said, placed at its key.
class SettingsReader {
 public:
  SettingsReader(const nlohmann::json& json, std::string_view text, std::string file, std::vector<std::string>& problems)
      : json_(json), text_(text), file_(std::move(file)), problems_(problems) {}

  bool boolean(const char* key, bool fallback) {
    const auto* value = find(key);
    if (value == nullptr) return fallback;
    if (value->is_boolean()) return value->get<bool>();
    wrong(key, *value, tr("true or false"), fallback ? "true" : "false");
    return fallback;
  }
  int whole(const char* key, int fallback, int low, int high) {
    const auto* value = find(key);
    if (value == nullptr) return fallback;
    if (value->is_number_integer() && value->get<long long>() >= low && value->get<long long>() <= high) {
      return value->get<int>();
    }
    wrong(key, *value, format(tr("a whole number from {0} to {1}"), low, high), std::to_string(fallback));
    return fallback;
  }
  std::string text(const char* key, const std::string& fallback) {
    const auto* value = find(key);
    if (value == nullptr) return fallback;
    if (value->is_string()) return value->get<std::string>();
    wrong(key, *value, tr("text in quotes"), fmt::format("\"{}\"", fallback));
    return fallback;
  }
  // A value that was read but cannot be used as it is (an unknown theme, a routine's reps).
  void refuse(const char* key, const std::string& why) {
    const auto [line, column] = position_of_key(text_, key);
    problems_.push_back(format_diagnostic(Diagnostic{file_, line, column, fmt::format("`{}`: {}", key, why)}));
  }
  [[nodiscard]] const nlohmann::json* find(const char* key) {
    read_.insert(key);
    const auto found = json_.find(key);
    return found == json_.end() ? nullptr : &*found;
  }
  // Keys no Limber of this version knows (a newer one's, or a typing mistake).
  void say_unknown_keys() {
    for (const auto& [key, value] : json_.items()) {
      if (read_.count(key) == 0) refuse(key.c_str(), tr("Limber does not know this setting; it is kept aside when the settings are next saved"));
    }
  }

 private:
  void wrong(const char* key, const nlohmann::json& value, const std::string& wanted, const std::string& used) {
    refuse(key, format(tr("{0} is not {1}; {2} is used"), value.dump(), wanted, used));
  }
  const nlohmann::json& json_;
  std::string_view text_;
  std::string file_;
  std::vector<std::string>& problems_;
  std::set<std::string> read_;
};

AppSettings settings_from(SettingsReader& read) {
  AppSettings settings;
  settings.fullscreen = read.boolean("fullscreen", settings.fullscreen);
  const std::string theme = read.text("theme", std::string(theme_key(settings.theme)));
  if (theme != "desktop" && theme != "dark" && theme != "light" && theme != "night") {
    read.refuse("theme", format(tr("\"{0}\" is not a theme (dark, light, night or desktop); dark is used"), theme));
  }
  settings.theme_follows_desktop = theme == "desktop";
  settings.theme = theme_from_key(read.text("fallback_theme", theme));
  settings.sound_set = read.text("sound_set", settings.sound_set);
  settings.volume = read.whole("volume", settings.volume, kVolumeRange.low, kVolumeRange.high);
  settings.muted = read.boolean("muted", settings.muted);
  settings.weekly_goal_days = read.whole("weekly_goal_days", settings.weekly_goal_days, 1, 7);
  settings.voice = read.boolean("voice", settings.voice);
  settings.voice_name = read.text("voice_name", settings.voice_name);
  settings.voice_rate = read.whole("voice_rate", settings.voice_rate, kVoiceRateRange.low, kVoiceRateRange.high);
  settings.voice_volume = read.whole("voice_volume", settings.voice_volume, kVoiceVolumeRange.low, kVoiceVolumeRange.high);
  settings.legacy_sync_folder = read.text("sync_folder", "");
  const std::string language = read.text("language", settings.language);
  settings.language = supported_language(language);
  if (settings.language != language) {
    read.refuse("language", format(tr("\"{0}\" is not a language Limber speaks; the desktop's is used"), language));
  }
  const std::string renderer = read.text("renderer", "auto");
  settings.renderer = parse_renderer_choice(renderer).value_or(RendererChoice::automatic);
  if (!parse_renderer_choice(renderer)) read.refuse("renderer", format(tr("\"{0}\" is not auto, software or opengl"), renderer));
  if (const auto* reps = read.find("reps"); reps != nullptr && !reps->is_object()) {
    read.refuse("reps", tr("it is not a list of routines and their reps"));
  } else if (reps != nullptr) {
    for (const auto& [name, value] : reps->items()) {
      if (value.is_number_integer() && value.get<long long>() >= 1 && value.get<long long>() <= 500) {
        settings.reps_by_routine[name] = value.get<int>();
      } else {
        read.refuse("reps", format(tr("the reps for \"{0}\" are {1}, not a number from 1 to 500"), name, value.dump()));
      }
    }
  }
  if (const auto* tried = read.find("tried_things"); tried != nullptr) {
    if (tried->is_array()) {
      settings.tried_things.clear();
      for (const auto& item : *tried) {
        const bool fits = item.is_string() && is_tried_item(item.get<std::string>()) && settings.tried_things.size() < kMostTriedThings;
        if (fits && std::find(settings.tried_things.begin(), settings.tried_things.end(), item.get<std::string>()) ==
                        settings.tried_things.end()) {
          settings.tried_things.push_back(item.get<std::string>());
        } else if (!fits) {
          read.refuse("tried_things", format(tr("{0} is not something tried Limber can keep (a short name; at most {1})"),
                                             item.dump(), kMostTriedThings));
        }
      }
    } else {
      read.refuse("tried_things", tr("it is not a list"));
    }
  }
  read.say_unknown_keys();
  return settings;
}

nlohmann::json settings_json(const AppSettings& settings) {
  nlohmann::json json = {
      {"fullscreen", settings.fullscreen},
      {"theme", settings.theme_follows_desktop ? std::string("desktop") : std::string(theme_key(settings.theme))},
      {"fallback_theme", std::string(theme_key(settings.theme))},
      {"sound_set", settings.sound_set},
      {"volume", settings.volume},
      {"muted", settings.muted},           {"reps", settings.reps_by_routine},
      {"weekly_goal_days", settings.weekly_goal_days}, {"voice", settings.voice},
      {"voice_name", settings.voice_name},           {"voice_rate", settings.voice_rate},
      {"voice_volume", settings.voice_volume},
      {"renderer", renderer_choice_name(settings.renderer)},
      {"language", settings.language},
      {"tried_things", settings.tried_things},
  };
  if (!settings.legacy_sync_folder.empty()) json["sync_folder"] = settings.legacy_sync_folder;
  return json;
}

// What is in the file now, read as settings; `unreadable` says why it cannot be (then it is never written over).
struct OnDisk {
  bool exists = false;
  std::optional<std::string> unreadable;
  LoadedSettings loaded;
};

OnDisk read_on_disk(const std::filesystem::path& file) {
  OnDisk disk;
  std::error_code ec;
  if (std::filesystem::symlink_status(file, ec).type() == std::filesystem::file_type::not_found) return disk;
  disk.exists = true;
  auto text = read_small_file(file, kMostSettingsBytes, tr("a settings file"));
  if (!text) {
    disk.unreadable = fmt::format("{}: {}", file.string(), text.error());
    return disk;
  }
  auto json = read_json_document(*text, file.string(), kDeepestSettings);
  if (!json) {
    disk.unreadable = format_diagnostic(json.error());
    return disk;
  }
  if (!json->is_object()) {
    disk.unreadable = format_diagnostic(Diagnostic{file.string(), 1, 1, tr("this is not a list of settings ({ ... })")});
    return disk;
  }
  SettingsReader reader(*json, *text, file.string(), disk.loaded.problems);
  disk.loaded.settings = settings_from(reader);
  return disk;
}

}  // namespace

LoadedSettings read_settings(const std::optional<std::filesystem::path>& config_dir) {
  if (!config_dir) return {};
  OnDisk disk = read_on_disk(*config_dir / kSettingsFileName);
  if (disk.unreadable) {
    LoadedSettings defaults;
    defaults.problems.push_back(format(tr("{0}; Limber uses its defaults and leaves the file as it is (fix it, or remove "
                                          "it, to keep your settings)"),
                                       *disk.unreadable));
    return defaults;
  }
  return std::move(disk.loaded);
}

AppSettings load_settings(const std::optional<std::filesystem::path>& config_dir) {
  LoadedSettings loaded = read_settings(config_dir);
  for (const std::string& problem : loaded.problems) fmt::print(stderr, "limber: {}\n", problem);
  return std::move(loaded.settings);
}

Expected<void, std::string> save_settings(const std::optional<std::filesystem::path>& config_dir, const AppSettings& settings) {
  if (!config_dir) return Unexpected{std::string(tr("there is no config folder to keep settings in (is HOME set?)"))};
  const std::filesystem::path file = *config_dir / kSettingsFileName;
  // Read again now: the user may have edited it since Limber started.
  const OnDisk disk = read_on_disk(file);
  if (disk.unreadable) {
    return Unexpected{format(tr("not saved, so as not to write over what cannot be read: {0}"), *disk.unreadable)};
  }
  if (disk.exists && !disk.loaded.problems.empty()) {
    // What this save drops (an unknown key, a value it cannot keep) is kept in a copy first.
    const auto aside = aside_name(file, "replaced", std::chrono::system_clock::now());
    std::error_code ec;
    std::filesystem::copy_file(file, aside, ec);
    if (ec) return Unexpected{format(tr("not saved: a copy of {0} could not be kept first ({1})"), file.string(), ec.message())};
  }
  return write_file_atomically(file, settings_json(settings).dump(2) + "\n");
}

}  // namespace limber
