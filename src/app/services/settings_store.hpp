#pragma once
// The user's settings, in $XDG_CONFIG_HOME/limber/settings.json, saved atomically. The file is
// the user's: one Limber cannot read (a syntax error, a folder or a pipe in its place) is said
// with its place and never written over, and one holding what a save would drop (an unknown key,
// a value out of range) is kept aside as settings.json.replaced-<time> before the first save.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/base/expected.hpp"
#include "core/history/tried_things.hpp"
#include "core/settings/renderer_choice.hpp"
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
  RendererChoice renderer = RendererChoice::automatic;  // how the window draws (--renderer)
  std::string language{};  // translate.hpp's codes ("de"); "" follows the environment
  // What else the user tries against cramps, ticked day by day (tried_things.hpp).
  std::vector<std::string> tried_things = default_tried_things();
  // The sync folder as settings.json kept it before it moved to the data folder (sync_folder.hpp):
  // read to move it there once, and written back untouched until then.
  std::string legacy_sync_folder{};
};

inline constexpr const char* kSettingsFileName = "settings.json";

struct LoadedSettings {
  AppSettings settings;  // the defaults for what could not be read
  // What could not be used, each placed: "settings.json:4:3: error: `volume` is ..." (empty: all fine).
  std::vector<std::string> problems;
};

// Reads settings.json; a missing file is the defaults, and nothing in it is ever fatal.
[[nodiscard]] LoadedSettings read_settings(const std::optional<std::filesystem::path>& config_dir);
// The same, its problems said once on stderr ("limber: ...").
[[nodiscard]] AppSettings load_settings(const std::optional<std::filesystem::path>& config_dir);

// Saves, unless the file there is not one Limber can read (then why, and nothing is written);
// keeps a copy first when the file holds what this save would drop.
[[nodiscard]] Expected<void, std::string> save_settings(const std::optional<std::filesystem::path>& config_dir,
                                                        const AppSettings& settings);

}  // namespace limber
