#pragma once
// The Settings screen's controller: reads the settings, the sound sets, espeak-ng's voices and
// the reminders into the view's model, and carries out its intents. Changes are saved at once
// (atomically, settings_store.hpp); the previews hand their sounds to the sound device, which
// closes itself once they have rung out (sound_device.hpp).

#include <SDL.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/window/app_request.hpp"
#include "app/services/reminder_book.hpp"
#include "app/services/sound_sets.hpp"
#include "app/window/window_services.hpp"
#include "audio/voice_synth.hpp"
#include "ui/settings_view.hpp"

namespace limber {

class SettingsScreen {
 public:
  explicit SettingsScreen(WindowServices& services) : services_(services) {}
  // Reads everything again. The voices are asked of espeak-ng once (again on a new visit if it
  // could not answer: a session's voice may still have held it).
  void refresh(bool fresh_visit = false);
  [[nodiscard]] const SettingsModel& model() const { return model_; }
  [[nodiscard]] const SettingsView& view() const { return view_; }
  std::optional<SettingsIntent> draw(const ViewFonts& fonts);
  AppRequest handle(const SettingsIntent& intent);
  AppRequest handle_key(SDL_Keycode key);

 private:
  void load_voices();
  void play_sound_set();
  void say_something(const std::string& voice = {});  // the chosen voice unless one is named
  void list_voices();
  [[nodiscard]] const VoiceSynth::Voice* current_voice() const;
  void add_reminder(const Reminder& reminder);
  void remove_reminder(int index);
  void add_to_calendar();
  void check_sound_set();
  [[nodiscard]] Reminder new_reminder() const;
  void refresh_tried();
  void handle_tried(const SettingsIntent& intent);

  WindowServices& services_;
  SettingsView view_;
  SettingsModel model_;
  std::vector<SoundSet> sets_;
  std::vector<VoiceSynth::Voice> voices_;
  bool voices_loaded_ = false;
  std::vector<std::size_t> listed_;  // voices_ in the order of the voice list's rows
  std::vector<std::string> language_codes_;  // model_.languages' codes; "" follows the environment
  std::vector<std::string> whats_;  // the routines a new reminder can be for, then the diary
  std::size_t what_ = 0;
  std::unique_ptr<ReminderBook> book_;
  std::optional<std::string> checked_set_;  // the sound set whose files set_notice_ is about
  std::string set_notice_;                  // the chosen set's files that cannot be used
  std::string preview_notice_;              // why Play played nothing
  std::string voice_error_;                 // why there are no voices to choose from
};

}  // namespace limber
