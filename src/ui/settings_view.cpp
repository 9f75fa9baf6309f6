#include "ui/settings_view.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "core/base/translate.hpp"
#include "ui/settings_rows.hpp"
#include "ui/voice_list_view.hpp"

namespace limber {
namespace {

// Each day as its button says it; the button's id stays the English day, for tests and focus.
const char* day_label(std::size_t day) {
  switch (day) {
    case 0: return trc("a weekday's button", "Mon");
    case 1: return trc("a weekday's button", "Tue");
    case 2: return trc("a weekday's button", "Wed");
    case 3: return trc("a weekday's button", "Thu");
    case 4: return trc("a weekday's button", "Fri");
    case 5: return trc("a weekday's button", "Sat");
    default: return trc("a weekday's button", "Sun");
  }
}
constexpr std::array<const char*, 7> kDayIds{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

// "On" or "Off", with an id that stays the same in every language.
std::string switch_label(bool on, const char* id) {
  return fmt::format("{}##{}", on ? trc("a switch", "On") : trc("a switch", "Off"), id);
}

void heading(const ViewFonts& fonts, const char* text) {
  ImGui::Dummy(ImVec2(0, fonts.body_px * 0.6f));
  ImGui::PushFont(fonts.heading);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
}

}  // namespace

std::optional<SettingsIntent> SettingsView::draw(const SettingsModel& model, ThemeKind theme, const ViewFonts& fonts) {
  buttons_.clear();
  std::optional<SettingsIntent> intent;
  using Kind = SettingsIntent::Kind;
  const auto ask = [&intent](Kind kind, int index = -1) { intent = SettingsIntent{kind, index}; };
  const Palette& p = palette(theme);
  const float unit = fonts.body_px;

  if (model.voice_list_open) return draw_voice_list(model, p, fonts, dragging_, buttons_);
  if (begin_screen_with_back(tr("Settings"), fonts.title, unit, buttons_)) ask(Kind::back);

  begin_scrolling_body("settings-scroll", unit, dragging_);
  const float width = ImGui::GetContentRegionAvail().x - unit * 0.5f;
  SettingsRows rows(p, unit, width, buttons_);
  const float value_w = unit * 5.5f;
  if (!model.file_notice.empty()) {
    ImGui::PushTextWrapPos(width);
    ImGui::TextColored(p.danger, "%s", model.file_notice.c_str());
    ImGui::PopTextWrapPos();
  }

  heading(fonts, tr("Sound"));
  rows.begin(tr("Cue sounds"));
  if (rows.button(switch_label(model.sound_on, "sound").c_str(), unit * 5, model.sound_on)) ask(Kind::toggle_sound);
  rows.begin(tr("Volume"));
  if (const int step = rows.stepper("volume", fmt::format("{} %", model.volume), value_w, "100 %")) {
    ask(step < 0 ? Kind::volume_down : Kind::volume_up);
  }
  rows.begin(tr("Sound set"));
  for (std::size_t i = 0; i < model.sound_sets.size(); ++i) {
    const std::string& name = model.sound_sets[i];
    const bool chosen = static_cast<int>(i) == model.sound_set;
    const std::string shown = fit_text(name, rows.controls_width() - unit * 1.6f);
    if (rows.button(fmt::format("{}##set{}", shown, i).c_str(), rows.text_w(shown.c_str()), chosen)) {
      ask(Kind::choose_sound_set, static_cast<int>(i));
    }
  }
  if (rows.button(fmt::format("{}##set", tr("Play")).c_str(), rows.text_w(tr("Play")))) ask(Kind::play_sound_set, model.sound_set);
  rows.kept_note(model.sound_notice, p.danger);

  heading(fonts, trc("a heading: the spoken cues", "Voice"));
  rows.begin(tr("Spoken cues"));
  if (rows.button(switch_label(model.voice_on, "voice").c_str(), unit * 5, model.voice_on)) ask(Kind::toggle_voice);
  rows.begin(trc("which espeak-ng voice", "Voice"));
  {
    // A tap opens the list of voices; as wide as the stepper it replaced, so nothing moves.
    const float name_w = std::clamp(unit * 16, unit * 8, std::max(unit * 8, rows.controls_width() - unit * 6.4f));
    const std::string shown = fit_text(model.voice, name_w - unit * 1.2f);
    if (rows.button(fmt::format("{}##which", shown).c_str(), name_w)) ask(Kind::open_voice_list);
    if (rows.button(tr("Say something"), rows.text_w(tr("Say something")))) ask(Kind::say_something);
  }
  rows.kept_note(model.voice_notice, p.danger);
  rows.begin(tr("Speed"));
  if (const int step = rows.stepper("rate", format(tr("{0} wpm"), model.voice_rate), value_w, format(tr("{0} wpm"), 888))) {
    ask(step < 0 ? Kind::rate_down : Kind::rate_up);
  }
  rows.begin(tr("Loudness"));
  if (const int step = rows.stepper("voice-volume", fmt::format("{} %", model.voice_volume), value_w, "100 %")) {
    ask(step < 0 ? Kind::voice_volume_down : Kind::voice_volume_up);
  }
  rows.note(tr("of the tones' volume"), p.muted);

  heading(fonts, tr("Look"));
  rows.begin(tr("Language"));
  for (std::size_t i = 0; i < model.languages.size(); ++i) {
    const std::string shown = fit_text(model.languages[i], rows.controls_width() - unit * 1.6f);
    if (rows.button(fmt::format("{}##language{}", shown, i).c_str(), rows.text_w(shown.c_str()),
                    static_cast<int>(i) == model.language)) {
      ask(Kind::choose_language, static_cast<int>(i));
    }
  }
  rows.begin(tr("Theme"));
  const std::array<std::pair<const char*, ThemeChoice>, 4> themes{{{tr("Dark"), ThemeChoice::dark},
                                                                   {tr("Light"), ThemeChoice::light},
                                                                   {trc("a theme", "Night"), ThemeChoice::night},
                                                                   {tr("Like the desktop"), ThemeChoice::desktop}}};
  for (const auto& [label, choice] : themes) {
    if (rows.button(label, rows.text_w(label), model.theme == choice)) ask(Kind::choose_theme, static_cast<int>(choice));
  }
  if (model.theme == ThemeChoice::desktop) rows.note(model.desktop_says, p.muted);
  rows.begin(tr("Start full screen"));
  if (rows.button(switch_label(model.fullscreen_on_start, "fullscreen").c_str(), unit * 5, model.fullscreen_on_start)) {
    ask(Kind::toggle_fullscreen_on_start);
  }

  heading(fonts, tr("What else you try"));
  ImGui::PushTextWrapPos(width);
  ImGui::TextColored(p.muted, "%s",
                     tr("Ticked day by day in the diary, and compared in the doctor's report with the nights after."));
  ImGui::PopTextWrapPos();
  rows.begin(tr("Suggested"));
  for (std::size_t i = 0; i < model.tried_builtins.size(); ++i) {
    const TriedTick& tick = model.tried_builtins[i];
    if (rows.button(fmt::format("{}##tried-builtin-{}", tick.label, tick.key).c_str(), rows.text_w(tick.label.c_str()), tick.done)) {
      ask(Kind::toggle_tried_builtin, static_cast<int>(i));
    }
  }
  for (std::size_t i = 0; i < model.tried_own.size(); ++i) {
    if (rows.line_with_button(model.tried_own[i], fmt::format("{}##tried-own{}", tr("Remove"), i).c_str(), unit * 6)) {
      ask(Kind::remove_tried_own, static_cast<int>(i));
    }
  }
  rows.begin(tr("Your own"));
  {
    const float add_w = rows.text_w(trc("add a thing tried", "Add"));
    const float field_w = std::max(unit * 8, std::min(unit * 16, rows.controls_width() - add_w - unit * 0.4f));
    rows.place(field_w);
    (void)text_field("##new-tried", &new_tried_, field_w, buttons_);
    if (rows.button(fmt::format("{}##tried", trc("add a thing tried", "Add")).c_str(), add_w)) {
      intent = SettingsIntent{Kind::add_tried_own, -1, new_tried_};
    }
  }
  rows.note(model.tried_notice, p.danger);

  heading(fonts, tr("Reminders"));
  ImGui::PushTextWrapPos(width);
  ImGui::TextColored(p.muted, "%s",
                     model.reminders_here ? tr("They come as desktop notifications, also while Limber is closed. Add to "
                                               "calendar puts them in your calendar too.")
                                          : tr("A page cannot remind you while it is closed: Add to calendar puts these "
                                               "reminders in your tablet's or phone's calendar, which rings them."));
  ImGui::PopTextWrapPos();
  {
    for (std::size_t i = 0; i < model.reminders.size(); ++i) {
      const ReminderLine& line = model.reminders[i];
      const std::string silent = line.rings ? std::string() : fmt::format("  ({})", tr("will not ring"));
      if (rows.line_with_button(line.when + ":  " + line.what + silent, fmt::format("{}##reminder{}", tr("Remove"), i).c_str(), unit * 6)) {
        ask(Kind::remove_reminder, static_cast<int>(i));
      }
    }
    if (!model.suggestions.empty()) {
      ImGui::TextColored(p.muted, "%s", tr("Two to start with:"));
      for (std::size_t i = 0; i < model.suggestions.size(); ++i) {
        const ReminderLine& line = model.suggestions[i];
        const std::string silent = line.rings ? std::string() : fmt::format("  ({})", tr("will not ring"));
      if (rows.line_with_button(line.when + ":  " + line.what + silent, fmt::format("{}##suggested{}", trc("a suggested reminder", "Add"), i).c_str(), unit * 6)) {
          ask(Kind::add_suggested, static_cast<int>(i));
        }
      }
    }
    heading(fonts, tr("New reminder"));
    rows.begin(trc("the time a reminder rings", "At"));
    if (const int step = rows.stepper("hour", fmt::format("{:02} h", model.new_at.hour), unit * 4, "88 h")) {
      ask(step < 0 ? Kind::hour_down : Kind::hour_up);
    }
    if (const int step = rows.stepper("minute", format(tr("{0:02} min"), model.new_at.minute), unit * 4.5f, format(tr("{0:02} min"), 88))) {
      ask(step < 0 ? Kind::minute_down : Kind::minute_up);
    }
    rows.begin(tr("Days"));
    for (std::size_t d = 0; d < 7; ++d) {
      if (rows.button(fmt::format("{}##{}", day_label(d), kDayIds[d]).c_str(), unit * 3.6f, model.new_days[d])) {
        ask(Kind::toggle_day, static_cast<int>(d));
      }
    }
    rows.begin(trc("what a reminder is for", "For"));
    {
      const float name_w = std::clamp(unit * 16, unit * 8, std::max(unit * 8, rows.controls_width() - unit * 6.4f));
      if (const int step = rows.stepper("what", model.new_what, name_w)) {
        ask(step < 0 ? Kind::what_previous : Kind::what_next);
      }
    }
    rows.begin("");
    if (rows.button(tr("Add reminder"), rows.text_w(tr("Add reminder")))) ask(Kind::add_reminder);
    rows.note(model.reminder_notice, model.crontab_line.empty() ? phase_colour(PhaseKind::rest, p) : p.danger);
    if (!model.crontab_line.empty()) {
      rows.note(model.crontab_line, p.text);
      rows.begin("");
      if (rows.button(tr("Copy the crontab line"), rows.text_w(tr("Copy the crontab line")))) ask(Kind::copy_crontab_line);
    }
    if (!model.reminders.empty()) {
      rows.begin("");
      if (rows.button(fmt::format("{}##calendar", tr("Add to calendar")).c_str(), rows.text_w(tr("Add to calendar")))) {
        ask(Kind::add_to_calendar);
      }
      rows.note(model.calendar_notice, phase_colour(PhaseKind::rest, p));
    }
  }
  ImGui::Dummy(ImVec2(0, unit));
  ImGui::EndChild();
  ImGui::End();
  return intent;
}

}  // namespace limber
