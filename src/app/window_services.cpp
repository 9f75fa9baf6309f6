#include "app/window_services.hpp"

#include "core/record_ids.hpp"

namespace limber {

DayNumber WindowServices::today() const { return parse_date(local_date(wall.now())).value_or(0); }

std::optional<int> WindowServices::last_pick(const std::string& routine_name) const {
  const auto picked = settings.reps_by_routine.find(routine_name);
  if (picked == settings.reps_by_routine.end()) return std::nullopt;
  return picked->second;
}

void WindowServices::save_settings() const { (void)limber::save_settings(config_dir, settings); }

void WindowServices::toggle_mute() {
  settings.muted = !settings.muted;
  if (sound) sound->set_muted(settings.muted);
  save_settings();
}

void WindowServices::toggle_voice() {
  settings.voice = !settings.voice;
  save_settings();
}

}  // namespace limber
