#include "app/window/window_services.hpp"

#include "core/base/record_ids.hpp"
#include "core/session/cramp_rescue.hpp"
#include "platform/screen_awake.hpp"

namespace limber {

DayNumber WindowServices::today() const { return parse_date(local_date(wall.now())).value_or(0); }

std::optional<int> WindowServices::last_pick(const std::string& routine_name) const {
  const auto picked = settings.reps_by_routine.find(routine_name);
  if (picked == settings.reps_by_routine.end()) return std::nullopt;
  return picked->second;
}

void WindowServices::save_settings() {
  const auto saved = limber::save_settings(config_dir, settings);
  settings_problem = saved ? std::string() : saved.error();
}

void WindowServices::toggle_mute() {
  if (night_mode) {
    night_muted = !night_muted;
    if (sound) sound->set_muted(night_muted);
    return;
  }
  settings.muted = !settings.muted;
  if (sound) sound->set_muted(settings.muted);
  save_settings();
}

void WindowServices::begin_night() {
  night_mode = true;
  night_muted = false;
  // Awake from the leg question on, not only while the session runs.
  keep_screen_awake(true);
  if (!sound) return;
  sound->set_volume(static_cast<float>(night_volume(volume_this_run.value_or(settings.volume))) / 100.0f);
  sound->set_muted(false);  // the voice is the point of it
}

void WindowServices::end_night() {
  if (!night_mode) return;
  night_mode = false;
  keep_screen_awake(false);
  if (!sound) return;
  sound->set_volume(static_cast<float>(volume_this_run.value_or(settings.volume)) / 100.0f);
  sound->set_muted(settings.muted);
}

void WindowServices::toggle_voice() {
  settings.voice = !settings.voice;
  save_settings();
}

}  // namespace limber
