#pragma once
// What the Settings screen shows and what a tap on it asks (settings_view.hpp draws it; the voice
// list, voice_list_view.hpp, is a page of the same screen).

#include <string>
#include <vector>

#include "core/reminders/reminder.hpp"
#include "ui/tried_ticks.hpp"

namespace limber {

enum class ThemeChoice { dark, light, desktop, night };

struct ReminderLine {
  std::string when;  // "22:15 every day"
  std::string what;  // "Bedtime stretches", "Cramp diary"
  bool rings = true;  // false: no timer and no crontab line will ring it (said on the line)
};

// The voice list (Settings' "Voice" opens it): the voices of one language under its name.
struct VoiceRow {
  std::string name;  // "English (United Kingdom)"
  bool chosen = false;
};
struct VoiceRowGroup {
  std::string heading;           // "English"
  bool speaks_the_cues = false;  // the user's language
  std::vector<VoiceRow> rows;    // numbered on through the groups, for the intents' index
};

struct SettingsModel {
  // settings.json could not be read or saved (its place and why): changes last this run only.
  std::string file_notice{};
  bool sound_on = true;
  int volume = 80;
  std::vector<std::string> sound_sets{};  // names; the first is the built-in tones
  int sound_set = 0;
  std::string sound_notice{};  // a file of the chosen set that could not be used
  bool voice_on = false;
  std::string voice{};  // "English (United Kingdom)"
  bool voice_list_open = false;
  std::vector<VoiceRowGroup> voice_groups{};
  int voice_rate = 160;
  int voice_volume = 100;
  std::string voice_notice{};  // no espeak-ng, or a voice that failed
  std::vector<std::string> languages{};  // "As the system (Deutsch)", "English", "Deutsch", ...
  int language = 0;                      // 0: as the system
  ThemeChoice theme = ThemeChoice::dark;
  std::string desktop_says{};  // "the desktop prefers dark", "the desktop does not say"
  bool fullscreen_on_start = false;
  bool reminders_here = true;  // false in a browser: a closed page reminds no one (said instead)
  std::vector<ReminderLine> reminders{};
  std::vector<ReminderLine> suggestions{};  // offered while there are no reminders
  ClockTime new_at{22, 0};
  Weekdays new_days = kEveryDay;
  std::string new_what{};  // the routine (or "Cramp diary") the new reminder is for
  std::string reminder_notice{};  // what the last add or remove did, in words
  std::string calendar_notice{};  // where Add to calendar put the reminders' file, or why it could not
  std::string crontab_line{};     // when no systemd user manager runs: the line for cron
  std::vector<TriedTick> tried_builtins{};  // the suggested things; `done`: on the user's list
  std::vector<std::string> tried_own{};     // the user's own things
  std::string tried_notice{};               // why the last one could not be added
};

struct SettingsIntent {
  enum class Kind {
    back, toggle_sound, volume_down, volume_up, choose_sound_set, play_sound_set, toggle_voice, open_voice_list, close_voice_list, choose_voice, listen_to_voice,
    say_something, rate_down, rate_up, voice_volume_down, voice_volume_up, choose_theme, toggle_fullscreen_on_start, choose_language,
    add_suggested, remove_reminder, hour_down, hour_up, minute_down, minute_up, toggle_day, what_previous, what_next,
    add_reminder, copy_crontab_line, add_to_calendar, toggle_tried_builtin, remove_tried_own, add_tried_own
  };
  Kind kind = Kind::back;
  int index = -1;  // the sound set, voice, theme (ThemeChoice), language, reminder, suggestion, weekday (0 = Monday) or thing
  std::string text{};  // add_tried_own: its words
};

}  // namespace limber
