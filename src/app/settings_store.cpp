#include "app/settings_store.hpp"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/progress_stats.hpp"
#include "core/settings_limits.hpp"
#include "core/translate.hpp"
#include "platform/atomic_file.hpp"

namespace limber {

AppSettings load_settings(const std::optional<std::filesystem::path>& config_dir) {
  AppSettings settings;
  if (!config_dir) return settings;
  std::ifstream in(*config_dir / "settings.json");
  if (!in) return settings;
  const nlohmann::json json = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (!json.is_object()) return settings;
  // A value of the wrong type (edited by hand) falls back to the default, never throws.
  const auto read = [&json](const char* key, auto fallback) {
    const auto found = json.find(key);
    if (found == json.end()) return fallback;
    if constexpr (std::is_same_v<decltype(fallback), bool>) {
      return found->is_boolean() ? found->template get<bool>() : fallback;
    } else if constexpr (std::is_same_v<decltype(fallback), int>) {
      return found->is_number_integer() ? found->template get<int>() : fallback;
    } else {
      return found->is_string() ? found->template get<std::string>() : fallback;
    }
  };
  settings.fullscreen = read("fullscreen", settings.fullscreen);
  const std::string theme = read("theme", std::string(theme_key(settings.theme)));
  settings.theme_follows_desktop = theme == "desktop";
  settings.theme = theme_from_key(read("fallback_theme", theme));
  settings.sound_set = read("sound_set", settings.sound_set);
  settings.volume = kVolumeRange.clamp(read("volume", settings.volume));
  settings.muted = read("muted", settings.muted);
  settings.weekly_goal_days = clamp_goal_days(read("weekly_goal_days", settings.weekly_goal_days));
  settings.voice = read("voice", settings.voice);
  settings.voice_name = read("voice_name", settings.voice_name);
  settings.voice_rate = kVoiceRateRange.clamp(read("voice_rate", settings.voice_rate));
  settings.voice_volume = kVoiceVolumeRange.clamp(read("voice_volume", settings.voice_volume));
  settings.sync_folder = read("sync_folder", settings.sync_folder);
  settings.language = supported_language(read("language", settings.language));
  settings.renderer = parse_renderer_choice(read("renderer", std::string("auto"))).value_or(RendererChoice::automatic);
  if (const auto reps = json.find("reps"); reps != json.end() && reps->is_object()) {
    for (const auto& [name, value] : reps->items()) {
      if (value.is_number_integer()) settings.reps_by_routine[name] = value.get<int>();
    }
  }
  if (const auto tried = json.find("tried_things"); tried != json.end() && tried->is_array()) {
    settings.tried_things.clear();
    for (const auto& item : *tried) {
      if (item.is_string() && is_tried_item(item.get<std::string>()) &&
          settings.tried_things.size() < kMostTriedThings &&
          std::find(settings.tried_things.begin(), settings.tried_things.end(), item.get<std::string>()) ==
              settings.tried_things.end()) {
        settings.tried_things.push_back(item.get<std::string>());
      }
    }
  }
  return settings;
}

bool save_settings(const std::optional<std::filesystem::path>& config_dir, const AppSettings& settings) {
  if (!config_dir) return false;
  const nlohmann::json json = {
      {"fullscreen", settings.fullscreen},
      {"theme", settings.theme_follows_desktop ? std::string("desktop") : std::string(theme_key(settings.theme))},
      {"fallback_theme", std::string(theme_key(settings.theme))},
      {"sound_set", settings.sound_set},
      {"volume", settings.volume},
      {"muted", settings.muted},           {"reps", settings.reps_by_routine},
      {"weekly_goal_days", settings.weekly_goal_days}, {"voice", settings.voice},
      {"voice_name", settings.voice_name},           {"voice_rate", settings.voice_rate},
      {"voice_volume", settings.voice_volume},     {"sync_folder", settings.sync_folder},
      {"renderer", renderer_choice_name(settings.renderer)},
      {"language", settings.language},
      {"tried_things", settings.tried_things},
  };
  return static_cast<bool>(write_file_atomically(*config_dir / "settings.json", json.dump(2) + "\n"));
}

}  // namespace limber
