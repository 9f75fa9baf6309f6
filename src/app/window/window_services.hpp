#pragma once
// What the window's screens share: the clocks, the user's settings, the history, the sound and
// the trace. The shell owns one and hands it to every screen.

#include <SDL.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "app/services/app_context.hpp"
#include "app/services/settings_store.hpp"
#include "app/services/sound_device.hpp"
#include "app/services/trace_writer.hpp"
#include "app/window/window_history.hpp"
#include "core/base/calendar.hpp"
#include "core/base/clock.hpp"

namespace limber {

struct WindowServices {
  WindowServices(const AppContext& app_context, const MonotonicClock& steady, const WallClock& wall_clock)
      : context(app_context), clock(steady), wall(wall_clock) {}

  const AppContext& context;
  const MonotonicClock& clock;  // what sessions and frames are timed by
  const WallClock& wall;        // what day it is, and the history's timestamps
  std::optional<std::filesystem::path> config_dir{};
  AppSettings settings{};
  WindowHistory history{};
  std::unique_ptr<TraceWriter> trace{};
  std::unique_ptr<SoundDevice> sound{};  // opened by a session, closed when it has rung out
  SDL_Renderer* renderer = nullptr;  // the window's, for pictures' textures
  std::optional<int> volume_this_run{};  // --volume, in percent; otherwise the settings'
  bool night_mode = false;  // a rescue shows: the night theme, the voice on, the sound on and low
  bool night_muted = false;  // muted during this rescue only
  // The night theme, from a rescue until Limber closes or the user chooses a theme: the way out
  // of a rescue at 3 a.m. stays dark (the settings themselves do not change).
  bool night_look = false;

  // Today on the user's calendar, by the wall clock.
  [[nodiscard]] DayNumber today() const;
  [[nodiscard]] ThemeKind theme() const { return night_mode || night_look ? ThemeKind::night : settings.theme; }
  // Muted by the user (in night mode: during the rescue), or no sound at all (--mute, no device).
  [[nodiscard]] bool sound_off() const { return (night_mode ? night_muted : settings.muted) || !sound || sound->unavailable(); }
  [[nodiscard]] bool voice_on() const { return settings.voice || night_mode; }
  // The reps the user picked last time for a routine, if any.
  [[nodiscard]] std::optional<int> last_pick(const std::string& routine_name) const;

  // Saves the settings; when they cannot be (settings.json holds what Limber cannot read), why,
  // kept in settings_problem for the Settings screen to say.
  void save_settings();
  std::string settings_problem{};
  void toggle_mute();
  void toggle_voice();
  // Night mode on and off (cramp_rescue.hpp): the settings themselves do not change, and the
  // night's look outlasts it (night_look).
  void begin_night();
  void end_night();
};

}  // namespace limber
