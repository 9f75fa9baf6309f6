// The Settings screen in a real window: what it looks like at three sizes (measured and kept as
// screenshots), that a sound set or voice chosen there is what the sound device plays (recorded
// by SDL's disk audio driver and compared with the set's own file and espeak-ng's own voice), and
// that a reminder added there is written as the command line writes it.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>

#include "audio/sound_files.hpp"
#include "audio/voice_synth.hpp"
#include "platform/paths.hpp"
#include "support/gui_fixture.hpp"
#include "support/imgui_harness.hpp"
#include "support/layout_check.hpp"
#include "support/run_command.hpp"
#include "support/recording.hpp"

namespace limber {
namespace {

using namespace std::chrono_literals;
using ::testing::HasSubstr;

// How closely `sound` appears in `recording` at its best alignment after the recording's first
// sound: 1 is the same waveform (at any volume), near 0 unrelated.
double best_likeness(const std::vector<float>& recording, const std::vector<float>& sound) {
  std::size_t onset = 0;
  while (onset < recording.size() && std::abs(recording[onset]) < 0.01f) ++onset;
  std::size_t sound_onset = 0;
  while (sound_onset < sound.size() && std::abs(sound[sound_onset]) < 0.01f) ++sound_onset;
  const std::size_t length = std::min<std::size_t>(sound.size() - sound_onset, 48000 / 4);
  double best = 0;
  for (int lag = -480; lag <= 480; ++lag) {
    const long start = static_cast<long>(onset) + lag;
    if (start < 0 || static_cast<std::size_t>(start) + length > recording.size()) continue;
    double dot = 0, a2 = 0, b2 = 0;
    for (std::size_t i = 0; i < length; ++i) {
      const double a = recording[static_cast<std::size_t>(start) + i];
      const double b = sound[sound_onset + i];
      dot += a * b;
      a2 += a * a;
      b2 += b * b;
    }
    if (a2 > 0 && b2 > 0) best = std::max(best, dot / std::sqrt(a2 * b2));
  }
  return best;
}

// The same for speech, by its loudness over time (10 ms steps, Pearson's r at the best alignment):
// espeak-ng never makes quite the same waveform twice, but a voice's rhythm and pauses are its own.
double rhythm_likeness(const std::vector<float>& recording, const std::vector<float>& speech) {
  const auto envelope = [](const std::vector<float>& sound) {
    std::vector<double> levels;
    for (std::size_t at = 0; at + 480 <= sound.size(); at += 480) {
      double sum = 0;
      for (std::size_t i = at; i < at + 480; ++i) sum += static_cast<double>(sound[i]) * static_cast<double>(sound[i]);
      levels.push_back(std::sqrt(sum / 480));
    }
    std::size_t onset = 0;
    while (onset < levels.size() && levels[onset] < 0.005) ++onset;
    return std::vector<double>(levels.begin() + static_cast<long>(onset), levels.end());
  };
  const auto a = envelope(recording);
  const auto b = envelope(speech);
  double best = -1;
  for (int lag = 0; lag <= 3; ++lag) {
    const std::size_t n = std::min(a.size() - std::min<std::size_t>(a.size(), static_cast<std::size_t>(lag)), b.size());
    if (n < 10) continue;
    double ma = 0, mb = 0;
    for (std::size_t i = 0; i < n; ++i) {
      ma += a[i + static_cast<std::size_t>(lag)];
      mb += b[i];
    }
    ma /= static_cast<double>(n);
    mb /= static_cast<double>(n);
    double dot = 0, a2 = 0, b2 = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const double x = a[i + static_cast<std::size_t>(lag)] - ma;
      const double y = b[i] - mb;
      dot += x * y;
      a2 += x * x;
      b2 += y * y;
    }
    if (a2 > 0 && b2 > 0) best = std::max(best, dot / std::sqrt(a2 * b2));
  }
  return best;
}

class SettingsGui : public testing::GuiTest {
 protected:
  const DrawnButtons& buttons(GuiApp& app) { return app.settings().view().buttons(); }
  // Presses a button of the Settings screen, scrolling it into view with Tab first if need be.
  void press_button(GuiApp& app, const std::string& label) {
    ASSERT_TRUE(tab_to(app, [&]() -> const DrawnButtons& { return buttons(app); }, label, 120)) << label;
    type_key(app, SDLK_RETURN, SDL_SCANCODE_RETURN);
  }
  // Runs a preview to its end on the real clock: the device closes once it has rung out.
  std::vector<float> record_preview(GuiApp& app, const std::string& label, bool by_touch = false) {
    if (by_touch) {
      tap(app, buttons(app), label);
    } else {
      press_button(app, label);
    }
    EXPECT_TRUE(wait_for_news(app, [&] { return app.sound_open(); }, 2s)) << label << " opened no sound";
    EXPECT_TRUE(wait_for_news(app, [&] { return !app.sound_open(); }, 10s)) << label << " never went quiet";
    return testing::recorded(scratch_ / "sound.raw");
  }
};

TEST_F(SettingsGui, LooksRightAtEverySizeAndKeepsItsShots) {
  const std::filesystem::path shots(LIMBER_SCREENSHOT_DIR);
  std::filesystem::create_directories(shots);
  options_.open_settings = true;
  for (const auto& [width, height] : {std::pair{1280, 800}, std::pair{800, 1280}, std::pair{800, 480}}) {
    options_.width = width;
    options_.height = height;
    auto app = open();
    ASSERT_EQ(app->screen(), Screen::settings);
    steps(*app, 5);
    const auto problems = testing::layout_problems(buttons(*app), fmt::format("settings at {}x{}", width, height));
    for (const auto& problem : problems) ADD_FAILURE() << problem;
    const auto png = shots / fmt::format("settings-{}x{}.png", width, height);
    ASSERT_TRUE(app->window().save_screenshot(png)) << png;
    for (const char* label : {"Back", "On##sound", "Built-in tones##set0", "Plucked##set1", "Play##set"}) {
      EXPECT_TRUE(testing::ImGuiHarness::find(buttons(*app), label)) << label << " at " << width << "x" << height;
    }
  }
}

TEST_F(SettingsGui, TheChosenSoundSetIsWhatThePreviewPlays) {
  ::setenv("SDL_AUDIODRIVER", "disk", 1);
  ::setenv("SDL_DISKAUDIOFILE", (scratch_ / "sound.raw").c_str(), 1);
  options_.mute = false;
  options_.open_settings = true;
  GuiApp app(context_, options_);
  ASSERT_TRUE(app.open());
  steps(app, 5);
  const auto plucked_hold = decode_sound_file(builtin_assets_dir() / "sounds" / "plucked" / "hold.ogg", 48000);
  ASSERT_TRUE(plucked_hold.error.empty()) << plucked_hold.error;
  const auto builtin = record_preview(app, "Play##set");
  press_button(app, "Plucked##set1");
  EXPECT_EQ(load_settings(scratch_ / "config" / "limber").sound_set, "plucked") << "the choice is kept";
  const auto plucked = record_preview(app, "Play##set");
  // The first cue of the preview is the hold: the plucked set's file, not the built-in bell.
  EXPECT_GT(best_likeness(plucked, plucked_hold.samples), 0.9);
  EXPECT_LT(best_likeness(builtin, plucked_hold.samples), 0.5);
  ::unsetenv("SDL_AUDIODRIVER");
  ::unsetenv("SDL_DISKAUDIOFILE");
}

TEST_F(SettingsGui, TheChosenVoiceIsWhatSaySomethingSays) {
  ::setenv("SDL_AUDIODRIVER", "disk", 1);
  ::setenv("SDL_DISKAUDIOFILE", (scratch_ / "sound.raw").c_str(), 1);
  testing::write_file(scratch_ / "config" / "limber" / "settings.json", R"({"voice_name": "de", "voice_rate": 160})");
  options_.mute = false;
  options_.open_settings = true;
  GuiApp app(context_, options_);
  ASSERT_TRUE(app.open());
  steps(app, 5);
  const auto german = record_preview(app, "Say something");
  // The voice's button opens the list: grouped by language, the user's first, German chosen.
  press_button(app, "German##which");
  const SettingsModel& model = app.settings().model();
  ASSERT_TRUE(model.voice_list_open);
  ASSERT_GE(model.voice_groups.size(), 5u);
  EXPECT_EQ(model.voice_groups[0].heading, "English");
  EXPECT_TRUE(model.voice_groups[0].speaks_the_cues);
  EXPECT_FALSE(model.voice_groups[1].speaks_the_cues);
  const auto german_group = std::find_if(model.voice_groups.begin(), model.voice_groups.end(),
                                         [](const VoiceRowGroup& g) { return g.heading == "German"; });
  ASSERT_NE(german_group, model.voice_groups.end());
  ASSERT_EQ(german_group->rows.size(), 1u);
  EXPECT_TRUE(german_group->rows[0].chosen);
  const std::string first = model.voice_groups[0].rows[0].name;
  EXPECT_THAT(first, ::testing::StartsWith("English ("));
  // "Listen" lets a voice speak without choosing it; the row itself chooses it, and it speaks.
  const auto listened = record_preview(app, fmt::format("{}##listen0", "Listen"));
  EXPECT_EQ(load_settings(scratch_ / "config" / "limber").voice_name, "de") << "listening chooses nothing";
  // (The row's name as drawn: cut to fit where the window is narrow.)
  const auto row = std::find_if(buttons(app).begin(), buttons(app).end(), [](const DrawnButton& b) {
    return b.label.size() > 8 && b.label.compare(b.label.size() - 8, 8, "##voice0") == 0;
  });
  ASSERT_NE(row, buttons(app).end());
  const auto chosen = record_preview(app, row->label, true);
  const std::string next_voice = load_settings(scratch_ / "config" / "limber").voice_name;
  ASSERT_NE(next_voice, "de");
  EXPECT_TRUE(app.settings().model().voice_groups[0].rows[0].chosen);
  type_key(app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  EXPECT_FALSE(app.settings().model().voice_list_open) << "Escape leaves the list, not Settings";
  EXPECT_EQ(app.screen(), Screen::settings);
  EXPECT_EQ(app.settings().model().voice, first);
  const auto other = record_preview(app, "Say something");
  // What espeak-ng itself makes of the phrase in each voice.
  const auto speak = [](const std::string& voice) {
    auto synth = VoiceSynth::open(VoiceSettings{voice, 160}, 48000);
    EXPECT_TRUE(synth) << voice;
    auto clip = (*synth)->synthesize("Lean in, and hold for ten seconds.");
    EXPECT_TRUE(clip) << voice;
    return clip ? *clip : VoiceClip{};
  };
  const auto german_voice = speak("de");
  const auto other_voice = speak(next_voice);
  // Each recording follows its own voice's rhythm and not the other's (measured here: 0.72 and
  // 0.98 against 0.03 and 0.15; espeak-ng's first phrase in a process comes out a little
  // differently from later ones, hence no more than 0.6 is asked).
  EXPECT_GT(rhythm_likeness(german, german_voice), 0.6);
  EXPECT_GT(rhythm_likeness(other, other_voice), 0.6) << next_voice;
  EXPECT_LT(rhythm_likeness(german, other_voice), 0.35) << next_voice;
  EXPECT_LT(rhythm_likeness(other, german_voice), 0.35) << next_voice;
  EXPECT_GT(rhythm_likeness(listened, other_voice), 0.6) << "Listen spoke with its row's voice";
  EXPECT_GT(rhythm_likeness(chosen, other_voice), 0.6) << "choosing spoke with the chosen voice";
  ::unsetenv("SDL_AUDIODRIVER");
  ::unsetenv("SDL_DISKAUDIOFILE");
}

TEST_F(SettingsGui, AUsersSetWithABrokenFileIsListedWithANotice) {
  std::filesystem::create_directories(scratch_ / "data" / "sounds" / "my-bells");
  testing::write_file(scratch_ / "data" / "sounds" / "my-bells" / "hold.wav", "not a sound");
  options_.open_settings = true;
  auto app = open();
  const auto& sets = app->settings().model().sound_sets;
  ASSERT_EQ(sets.size(), 3u);
  EXPECT_EQ(sets[2], "My bells (yours)");
  press_button(*app, "My bells (yours)##set2");
  const std::string& notice = app->settings().model().sound_notice;
  EXPECT_THAT(notice, HasSubstr("hold.wav cannot be read"));
  EXPECT_THAT(notice, HasSubstr("the built-in tone plays instead"));
  EXPECT_THAT(notice, HasSubstr("no rest sound in my-bells: the built-in tone plays"));
  // Without a sound device (this window is muted), Play says why it plays nothing.
  press_button(*app, "Play##set");
  EXPECT_THAT(app->settings().model().sound_notice, HasSubstr("There is no sound device to play it on."));
  press_button(*app, "Built-in tones##set0");
  EXPECT_EQ(app->settings().model().sound_notice, "");
}

TEST_F(SettingsGui, AReminderAddedHereIsWrittenAsTheCommandLineWritesIt) {
  options_.open_settings = true;
  auto app = open();
  press_button(*app, "Add##suggested1");
  const auto unit = scratch_ / "config" / "systemd" / "user" / "limber-remind-bedtime.timer";
  ASSERT_TRUE(std::filesystem::exists(unit));
  EXPECT_THAT(testing::read_file(unit), HasSubstr("OnCalendar=*-*-* 22:00:00\n"));
  ASSERT_EQ(app->settings().model().reminders.size(), 1u);
  EXPECT_EQ(app->settings().model().reminders[0].what, "Bedtime stretches");
  // Without a systemd user manager (as here in CI) the line says it will not ring.
  const bool manager = testing::run_command("systemctl", {"--user", "show-environment"}).exit_code == 0;
  EXPECT_EQ(app->settings().model().reminders[0].rings, manager);
  // The other suggestion stays on offer, and adds as it says.
  ASSERT_EQ(app->settings().model().suggestions.size(), 1u);
  EXPECT_EQ(app->settings().model().suggestions[0].what, "Morning calf stretch");
  press_button(*app, "Add##suggested0");
  ASSERT_EQ(app->settings().model().reminders.size(), 2u);
  EXPECT_TRUE(app->settings().model().suggestions.empty());
  // A new one: 07:05 on weekdays, for the cramp diary.
  for (int i = 0; i < 15; ++i) press_button(*app, "-##hour");
  press_button(*app, "+##minute");
  press_button(*app, "Sat##Sat");
  press_button(*app, "Sun##Sun");
  press_button(*app, "-##what");
  EXPECT_EQ(app->settings().model().new_what, "Cramp diary (morning)");
  press_button(*app, "Add reminder");
  steps(*app, 3);
  const std::filesystem::path shots(LIMBER_SCREENSHOT_DIR);
  EXPECT_TRUE(app->window().save_screenshot(shots / "settings-reminders-1280x800.png"));
  const auto diary = scratch_ / "config" / "systemd" / "user" / "limber-remind-diary.timer";
  ASSERT_TRUE(std::filesystem::exists(diary)) << app->settings().model().reminder_notice;
  EXPECT_THAT(testing::read_file(diary), HasSubstr("OnCalendar=Mon,Tue,Wed,Thu,Fri *-*-* 07:05:00\n"));
  // Add to calendar: all three as one .ics in Downloads, for a calendar to ring.
  std::filesystem::create_directories(scratch_ / "home" / "Downloads");
  ::setenv("HOME", (scratch_ / "home").c_str(), 1);
  press_button(*app, "Add to calendar##calendar");
  const auto calendar = scratch_ / "home" / "Downloads" / "limber-reminders.ics";
  ASSERT_TRUE(std::filesystem::exists(calendar)) << app->settings().model().calendar_notice;
  EXPECT_THAT(app->settings().model().calendar_notice, HasSubstr("Open it with your calendar"));
  const std::string events = testing::read_file(calendar);
  EXPECT_THAT(events, HasSubstr("RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR\r\nSUMMARY:Limber: cramps last night?\r\n"));
  EXPECT_THAT(events, HasSubstr("T220000\r\nDURATION:PT15M\r\nRRULE:FREQ=DAILY\r\nSUMMARY:Limber: time to stretch (Bedtime stretches)"));
  press_button(*app, "Remove##reminder0");
  EXPECT_FALSE(std::filesystem::exists(diary)) << "the earliest, the diary's, is listed first";
  EXPECT_TRUE(std::filesystem::exists(unit));
}

// Backspace is Back on this screen, except in a text field: there it deletes a letter, and the
// arrows move in the text, as in any text field.
TEST_F(SettingsGui, BackspaceInATextFieldDeletesALetterAndLeavesTheScreenAlone) {
  options_.open_settings = true;
  auto app = open();
  ASSERT_TRUE(tab_to(*app, [&]() -> const DrawnButtons& { return buttons(*app); }, "##new-tried", 120));  // in view
  tap(*app, buttons(*app), "##new-tried");
  type_text(*app, "Warm bathx");
  type_key(*app, SDLK_BACKSPACE, SDL_SCANCODE_BACKSPACE);
  ASSERT_EQ(app->screen(), Screen::settings) << "Backspace in a text field left the screen";
  // Pressed and let go of between two frames, as a tablet keyboard sends its arrows.
  for (int i = 0; i < 4; ++i) press(*app, SDLK_LEFT, SDL_SCANCODE_LEFT);
  type_text(*app, "hot ");
  press_button(*app, "Add##tried");  // Tab out of the field and Enter: added
  const auto& own = app->settings().model().tried_own;
  EXPECT_NE(std::find(own.begin(), own.end(), "Warm hot bath"), own.end()) << (own.empty() ? "" : own.back());
}

}  // namespace
}  // namespace limber
