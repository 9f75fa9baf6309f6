#pragma once
// The settings screen's layout: one setting per row, its name in a column of its own on a wide
// screen and above its controls on a narrow one, the controls flowing left to right and wrapping
// where the row is full (settings_view.cpp draws the settings with it).

#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace limber {

// Lays out one setting: its name in a column of its own on a wide screen, above its controls on a
// narrow one; the controls then flow left to right, wrapping where the row is full.
class SettingsRows {
 public:
  SettingsRows(const Palette& palette, float unit, float width, DrawnButtons& buttons)
      : palette_(palette), unit_(unit), width_(width), buttons_(buttons), label_w_(width >= unit * 40 ? unit * 11 : 0) {}

  void begin(const char* name) {
    ImGui::Dummy(ImVec2(0, unit_ * 0.3f));
    start_x_ = ImGui::GetCursorPosX();
    if (label_w_ > 0 && ImGui::CalcTextSize(name).x <= label_w_ - unit_ * 0.5f) {
      // Beside the controls, centred on their height (a longer name goes above them).
      const float y = ImGui::GetCursorPosY();
      ImGui::SetCursorPosY(y + (std::max(unit_ * 2.4f, min_touch_pixels()) - ImGui::GetTextLineHeight()) / 2);
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
  // A value between two steppers: "-", the value, "+". The value's room is as wide as `widest`
  // (the widest value it can take: "100 %"), never the current one, so "+" stays where it is
  // while the value changes; a value wider still is cut to fit.
  int stepper(const char* id, const std::string& value, float value_w, const std::string& widest = {}) {
    int step = 0;
    const float side = std::max(unit_ * 2.6f, min_touch_pixels());  // a finger's width on a phone too
    // Labels a person reads as "-" and "+", unique for the keyboard's Tab order and for tests.
    if (button(fmt::format("-##{}", id).c_str(), side)) step = -1;
    // As wide as its words need in any language, and never more than the row.
    value_w = std::min(std::max(value_w, ImGui::CalcTextSize(widest.c_str()).x + unit_), controls_width() - side * 2 - unit_ * 1.2f);
    place(value_w);
    const float height = std::max(unit_ * 2.4f, min_touch_pixels());
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(value_w, height));
    const std::string shown = fit_text(value, value_w - unit_ * 0.5f);
    const ImVec2 text = ImGui::CalcTextSize(shown.c_str());
    ImGui::GetWindowDrawList()->AddText(ImVec2(at.x + (value_w - text.x) / 2, at.y + (height - text.y) / 2),
                                        ImGui::ColorConvertFloat4ToU32(palette_.text), shown.c_str());
    if (button(fmt::format("+##{}", id).c_str(), side)) step = 1;
    return step;
  }
  // A note a tap on this screen can bring ("Playing...", "no sound device"): its `lines` are kept
  // whether or not there is anything to say, so the rows below never move when it comes or goes.
  void kept_note(const std::string& text, const ImVec4& colour, int lines = 2) {
    ImGui::SetCursorPosX(row_x_);
    const float top = ImGui::GetCursorPosY();
    const float h = ImGui::GetTextLineHeight() * static_cast<float>(lines);
    ImGui::BeginChild(ImGui::GetID(&text), ImVec2(start_x_ + width_ - row_x_, h), false,
                      ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoNav |
                          ImGuiWindowFlags_NoInputs);
    ImGui::PushTextWrapPos(start_x_ + width_ - row_x_);
    if (!text.empty()) ImGui::TextColored(colour, "%s", text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ImGui::SetCursorPosY(top + h + ImGui::GetStyle().ItemSpacing.y);
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
    const float height = std::max(unit_ * 2.4f, min_touch_pixels());
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

}  // namespace limber
