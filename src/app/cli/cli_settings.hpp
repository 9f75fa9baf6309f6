#pragma once
// What the command line and the saved settings agree on before any command runs: the language,
// the voice and the renderer (remembered when the command line changes them), the sound set, the
// user's reps and tried things, and the data folder's sync folder. The window size is read here
// too, for the option's check and its use alike.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/cli/commands.hpp"
#include "app/services/app_context.hpp"

namespace limber {

struct CommandLineChoices {
  std::string language;        // --lang, or ""
  std::string renderer;        // --renderer, or ""
  bool voice_on = false;       // --voice
  bool voice_off = false;      // --no-voice
  std::optional<int> volume{};  // --volume, this time only
  bool default_data_dir = true;  // no --data-dir given
};

// Loads the settings, applies the command line's choices to them (saving what is remembered),
// and fills the session's arguments, the things tried the user keeps and the context's sync folder. Returns why
// the chosen sound set cannot be used ("" when it can).
[[nodiscard]] std::string merge_settings(const CommandLineChoices& choices, AppContext& context, RunArgs& run_args,
                                         std::vector<std::string>& tried_list);

// "1280x800" as width and height (at least 320 each); nullopt for anything else.
[[nodiscard]] std::optional<std::pair<int, int>> parse_window_size(const std::string& text);

}  // namespace limber
