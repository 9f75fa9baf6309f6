#include "ui/settings_view.hpp"

#include <fmt/format.h>

#include "core/translate.hpp"

#include <algorithm>
#include <array>

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

// Lays out one setting: its name in a column of its own on a wide screen, above its controls on a
// narrow one; the controls then flow left to right, wrapping where the row is full.
class Rows {
 public:
  Rows(const Palette& palette, float unit, float width, DrawnButtons& buttons)
      : palette_(palette), unit_(unit), width_(width), buttons_(buttons), label_w_(width >= unit * 40 ? unit * 11 : 0) {}

  void begin(const char* name) {
    ImGui::Dummy(ImVec2(0, unit_ * 0.3f));
    start_x_ = ImGui::GetCursorPosX();
    if (label_w_ > 0 && ImGui::CalcTextSize(name).x <= label_w_ - unit_ * 0.5f) {
      // Beside the controls, centred on their height (a longer name goes above them).
      const float y = ImGui::GetCursorPosY();
      ImGui::SetCursorPosY(y + (std::max(unit_ * 2.4f, kMinTouchPixels) - ImGui::GetTextLineHeight()) / 2);
      ImGui::TextUnformatted(name);
      ImGui::SameLine(start_x_ + label_w_);
      ImGui::SetCursorPosY(y);
    } else if (name[0] != '\0') {
      ImGui::TextUnformatted(name);
    }
    row_x_ = start_x_ + label_w_;
    first_ = true;
  }
  // The next control, `w` wide: on this row if it fits, else on the next.
  void place(float w) {
    const float gap = unit_ * 0.4f;
    if (!first_) {
      if (used_ + gap + w <= width_ - label_w_) {
        ImGui::SameLine(0, gap);
        used_ += gap + w;
        return;
      }
    }
    ImGui::SetCursorPosX(row_x_);
    used_ = w;
    first_ = false;
  }
  bool button(const char* label, float w, bool selected = false) {
    w = std::min(w, controls_width());
    place(w);
    const ButtonStyle chosen(palette_, ButtonLook::chosen, unit_, selected);
    return big_button(label, ImVec2(w, unit_ * 2.4f), buttons_);
  }
  // A value between two steppers: "-", the value, "+".
  int stepper(const char* id, const std::string& value, float value_w) {
    int step = 0;
    // Labels a person reads as "-" and "+", unique for the keyboard's Tab order and for tests.
    if (button(fmt::format("-##{}", id).c_str(), unit_ * 2.6f)) step = -1;
    // As wide as its words need in any language, and never more than the row.
    value_w = std::min(std::max(value_w, ImGui::CalcTextSize(value.c_str()).x + unit_), controls_width() - unit_ * 6.4f);
    place(value_w);
    const float height = std::max(unit_ * 2.4f, kMinTouchPixels);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(value_w, height));
    const ImVec2 text = ImGui::CalcTextSize(value.c_str());
    ImGui::GetWindowDrawList()->AddText(ImVec2(at.x + (value_w - text.x) / 2, at.y + (height - text.y) / 2),
                                        ImGui::ColorConvertFloat4ToU32(palette_.text), value.c_str());
    if (button(fmt::format("+##{}", id).c_str(), unit_ * 2.6f)) step = 1;
    return step;
  }
  void note(const std::string& text, const ImVec4& colour) {
    if (text.empty()) return;
    ImGui::SetCursorPosX(row_x_);
    ImGui::PushTextWrapPos(start_x_ + width_);
    ImGui::TextColored(colour, "%s", text.c_str());
    ImGui::PopTextWrapPos();
  }
  [[nodiscard]] float text_w(const char* text) const { return ImGui::CalcTextSize(text).x + unit_ * 1.6f; }
  // A line of text across the whole row (cut to fit) with one button at its end.
  bool line_with_button(const std::string& text, const char* label, float button_w) {
    ImGui::Dummy(ImVec2(0, unit_ * 0.3f));
    const float x = ImGui::GetCursorPosX();
    const float y = ImGui::GetCursorPosY();
    const float height = std::max(unit_ * 2.4f, kMinTouchPixels);
    ImGui::SetCursorPosY(y + (height - ImGui::GetTextLineHeight()) / 2);
    ImGui::TextUnformatted(fit_text(text, width_ - button_w - unit_).c_str());
    ImGui::SetCursorPos(ImVec2(x + width_ - button_w, y));
    return big_button(label, ImVec2(button_w, unit_ * 2.4f), buttons_);
  }
  [[nodiscard]] float controls_width() const { return width_ - label_w_; }

 private:
  const Palette& palette_;
  float unit_;
  float width_;
  DrawnButtons& buttons_;
  float label_w_;
  float start_x_ = 0;
  float row_x_ = 0;
  float used_ = 0;
  bool first_ = true;
};

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
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const float unit = fonts.body_px;
  const float margin = unit * 1.2f;

  if (begin_screen_with_back(tr("Settings"), fonts.title, unit, buttons_)) ask(Kind::back);

  ImGui::SetCursorPosX(margin);
  ImGui::BeginChild("settings-scroll", ImVec2(size.x - 2 * margin, size.y - ImGui::GetCursorPosY() - margin), false,
                    ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NavFlattened);
  drag_to_scroll(dragging_);
  const float width = ImGui::GetContentRegionAvail().x - unit * 0.5f;
  Rows rows(p, unit, width, buttons_);
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
  if (const int step = rows.stepper("volume", fmt::format("{} %", model.volume), value_w)) {
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
  rows.note(model.sound_notice, p.danger);

  heading(fonts, trc("a heading: the spoken cues", "Voice"));
  rows.begin(tr("Spoken cues"));
  if (rows.button(switch_label(model.voice_on, "voice").c_str(), unit * 5, model.voice_on)) ask(Kind::toggle_voice);
  rows.begin(trc("which espeak-ng voice", "Voice"));
  {
    const float name_w = std::clamp(ImGui::CalcTextSize(model.voice.c_str()).x + unit * 2, unit * 8,
                                    std::max(unit * 8, rows.controls_width() - unit * 6.4f));
    if (const int step = rows.stepper("which", fit_text(model.voice, name_w), name_w)) {
      ask(step < 0 ? Kind::voice_previous : Kind::voice_next);
    }
    if (rows.button(tr("Say something"), rows.text_w(tr("Say something")))) ask(Kind::say_something);
  }
  rows.note(model.voice_notice, p.danger);
  rows.begin(tr("Speed"));
  if (const int step = rows.stepper("rate", format(tr("{0} wpm"), model.voice_rate), value_w)) {
    ask(step < 0 ? Kind::rate_down : Kind::rate_up);
  }
  rows.begin(tr("Loudness"));
  if (const int step = rows.stepper("voice-volume", fmt::format("{} %", model.voice_volume), value_w)) {
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
  ImGui::TextColored(p.muted, "%s", tr("They come as desktop notifications, also while Limber is closed."));
  ImGui::PopTextWrapPos();
  for (std::size_t i = 0; i < model.reminders.size(); ++i) {
    const ReminderLine& line = model.reminders[i];
    if (rows.line_with_button(line.when + ":  " + line.what, fmt::format("{}##reminder{}", tr("Remove"), i).c_str(), unit * 6)) {
      ask(Kind::remove_reminder, static_cast<int>(i));
    }
  }
  if (!model.suggestions.empty()) {
    ImGui::TextColored(p.muted, "%s", tr("Two to start with:"));
    for (std::size_t i = 0; i < model.suggestions.size(); ++i) {
      const ReminderLine& line = model.suggestions[i];
      if (rows.line_with_button(line.when + ":  " + line.what, fmt::format("{}##suggested{}", trc("a suggested reminder", "Add"), i).c_str(), unit * 6)) {
        ask(Kind::add_suggested, static_cast<int>(i));
      }
    }
  }
  heading(fonts, tr("New reminder"));
  rows.begin(trc("the time a reminder rings", "At"));
  if (const int step = rows.stepper("hour", fmt::format("{:02} h", model.new_at.hour), unit * 4)) {
    ask(step < 0 ? Kind::hour_down : Kind::hour_up);
  }
  if (const int step = rows.stepper("minute", format(tr("{0:02} min"), model.new_at.minute), unit * 4.5f)) {
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
    const float name_w = std::clamp(ImGui::CalcTextSize(model.new_what.c_str()).x + unit * 2, unit * 8,
                                    std::max(unit * 8, rows.controls_width() - unit * 6.4f));
    if (const int step = rows.stepper("what", fit_text(model.new_what, name_w), name_w)) {
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
  ImGui::Dummy(ImVec2(0, unit));
  ImGui::EndChild();
  ImGui::End();
  return intent;
}

}  // namespace limber
