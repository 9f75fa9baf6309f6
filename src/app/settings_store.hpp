#pragma once
// The user's settings, in $XDG_CONFIG_HOME/limber/settings.json, saved atomically.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/renderer_choice.hpp"
#include "core/tried_things.hpp"
#include "ui/theme.hpp"

namespace limber {

struct AppSettings {
  bool fullscreen = false;
  ThemeKind theme = ThemeKind::dark;
  bool theme_follows_desktop = false;  // the desktop's light or dark, where it says (theme is the fallback)
  int volume = 80;  // percent
  bool muted = false;
  std::string sound_set{};  // sound_sets.hpp; "" for the built-in tones
  std::map<std::string, int> reps_by_routine;  // routine name -> the reps picked last time
  int weekly_goal_days = 5;                    // stretching days a week that meet the goal, 1-7
  bool voice = false;                          // spoken cues
  std::string voice_name = "en";               // an espeak-ng voice
  int voice_rate = 160;                        // words per minute
  int voice_volume = 100;                      // percent of the tones' volume
  std::string sync_folder{};                   // history_sync.hpp; "" when syncing is off
  RendererChoice renderer = RendererChoice::automatic;  // how the window draws (--renderer)
  std::string language{};  // translate.hpp's codes ("de"); "" follows the environment
  // What else the user tries against cramps, ticked day by day (tried_things.hpp).
  std::vector<std::string> tried_things = default_tried_things();
};

// Missing or unreadable: the defaults (a broken file is never fatal).
[[nodiscard]] AppSettings load_settings(const std::optional<std::filesystem::path>& config_dir);

// Returns false when the folder cannot be written (read-only home): settings then last the session.
bool save_settings(const std::optional<std::filesystem::path>& config_dir, const AppSettings& settings);

}  // namespace limber
