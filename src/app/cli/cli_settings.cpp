#include "app/cli/cli_settings.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>

#include "app/services/settings_store.hpp"
#include "app/services/sound_sets.hpp"
#include "app/services/sync_folder.hpp"
#include "core/base/calendar.hpp"
#include "core/base/translate.hpp"
#include "platform/paths.hpp"

namespace limber {

std::string merge_settings(const CommandLineChoices& choices, AppContext& context, RunArgs& run_args,
                           std::vector<std::string>& tried_list) {
  // The voice and the renderer, as last chosen unless the command line says; the choice is remembered.
  const auto config_dir = resolve_config_dir();
  AppSettings settings = load_settings(config_dir);
  if (!choices.language.empty() && supported_language(choices.language).empty()) {
    fmt::print(stderr, "{}",
               format(tr("limber: --lang {0}: Limber speaks en, de, nl, fr and es; English it is.\n"), choices.language));
  }
  (void)use_language(!choices.language.empty() ? choices.language : settings.language, translations_dir());
  set_first_weekday(first_weekday_for_locale(time_locale_from_environment()));
  bool remember = choices.voice_on || choices.voice_off || !choices.renderer.empty();
  if (choices.voice_on || choices.voice_off) settings.voice = choices.voice_on;
  if (!choices.renderer.empty()) {
    settings.renderer = parse_renderer_choice(choices.renderer).value_or(RendererChoice::automatic);
  }
  // The sync folder older Limbers kept in the settings belongs to the default data folder's history.
  if (!settings.legacy_sync_folder.empty() && choices.default_data_dir && std::getenv("LIMBER_DATA_DIR") == nullptr &&
      context.data_dir) {
    if (!read_sync_folder(*context.data_dir)) {
      (void)write_sync_folder(*context.data_dir, std::filesystem::path(settings.legacy_sync_folder));
    }
    settings.legacy_sync_folder.clear();
    remember = true;
  }
  if (remember) {
    if (auto saved = save_settings(config_dir, settings); !saved) fmt::print(stderr, "limber: {}\n", saved.error());
  }
  run_args.voice = settings.voice;
  run_args.voice_settings = VoiceSettings{voice_for_language(settings.voice_name), settings.voice_rate};
  run_args.voice_volume = settings.voice_volume;
  run_args.reps_by_routine = settings.reps_by_routine;
  tried_list = settings.tried_things;
  run_args.volume = choices.volume.value_or(settings.volume);
  const ChosenSoundSet sound_set = choose_sound_set(settings.sound_set, context.data_dir);
  run_args.cue_sound_folder = sound_set.folder;
  if (context.data_dir) context.sync_dir = read_sync_folder(*context.data_dir);
  return sound_set.missing;
}

std::optional<std::pair<int, int>> parse_window_size(const std::string& text) {
  int width = 0;
  int height = 0;
  char x = 0;
  if (std::sscanf(text.c_str(), "%d%c%d", &width, &x, &height) != 3 || (x != 'x' && x != 'X')) return std::nullopt;
  if (width < 320 || height < 320) return std::nullopt;
  return std::pair{width, height};
}

}  // namespace limber
