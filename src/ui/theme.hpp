#pragma once
// Colours: a dark and a light theme with strong contrast, and one colour per kind of phase so a
// phase change is visible across the room; and the night theme, for 3 a.m.: deep red on black,
// dim, with no white anywhere, so that a screen in a dark bedroom does not blind.

#include <imgui.h>

#include <string_view>

#include "core/routine/plan.hpp"

namespace limber {

enum class ThemeKind { dark, light, night };

[[nodiscard]] std::string_view theme_key(ThemeKind theme);  // "dark", "light", "night"
[[nodiscard]] ThemeKind theme_from_key(std::string_view key);

struct Palette {
  ImVec4 background;
  ImVec4 surface;  // cards, bars
  ImVec4 text;
  ImVec4 muted;
  ImVec4 accent;   // progress, focus rings, marks: never a fill under text
  ImVec4 danger;   // as text, and the danger fills' base
  // Fills that carry text, each dark (or light) enough that text on it keeps WCAG's 4.5:1.
  ImVec4 button{}, button_hovered{}, button_active{};
  ImVec4 chosen{}, chosen_hovered{};  // a selected answer, a ticked thing
  ImVec4 alarm{}, alarm_hovered{};    // Cramp now, Delete it
  float chosen_border = 0;        // in body pixels: a chosen fill too dark to tell apart gets a ring
  // Text of kLargeTextPixels and more needs only 3:1 (WCAG): the night draws it at less light.
  ImVec4 large_text{};
  float tint = 0.14f;  // how strongly a phase's or an outcome's colour washes a screen's background
  bool night = false;  // phase colours and ImGui's own colours dimmed to reds (phase_colour, apply_style)
};

[[nodiscard]] const Palette& palette(ThemeKind theme);
// A phase's colour for its words (the phase word, "Well done!").
[[nodiscard]] ImVec4 phase_colour(PhaseKind kind, const Palette& p);
// A colour as it fills an area or draws a stroke (a ring, a bar, a chart, the figure): in the
// night theme at half its light, which WCAG's 3:1 for graphics still allows; text alone needs
// the full light. Other themes draw both alike.
[[nodiscard]] ImVec4 graphic(const ImVec4& colour, const Palette& p);
// WCAG's large text: 18 points, 24 pixels.
inline constexpr float kLargeTextPixels = 24.0f;
// The colour of body text at `px` pixels: p.large_text from kLargeTextPixels up, else p.text.
[[nodiscard]] ImVec4 text_colour(const Palette& p, float px);
// Pushes a font with the text colour for its size in the theme apply_style set last; pop_font()
// takes both off again.
void push_font(ImFont* font);
void pop_font();
// The night theme's brightest light: no colour it draws has a higher relative luminance (WCAG's,
// of the linear-light channels) than this, and none is near white or grey. High enough for its
// text to reach 4.5:1 on its backgrounds, and no higher.
inline constexpr float kNightMaxLuminance = 0.29f;
// WCAG 2's relative luminance of a colour (its 0-1 sRGB channels, linearised).
[[nodiscard]] float relative_luminance(const ImVec4& colour);

// A button's fills as a chosen option or an alarm while it lives (ImGui's style stack).
enum class ButtonLook { chosen, alarm };
class ButtonStyle {
 public:
  ButtonStyle(const Palette& p, ButtonLook look, float body_px, bool on = true);
  ~ButtonStyle();
  ButtonStyle(const ButtonStyle&) = delete;
  ButtonStyle& operator=(const ButtonStyle&) = delete;

 private:
  int colours_ = 0;
  int vars_ = 0;
};

// ImGui's style for the theme at a size: large paddings and rounded, touch-sized widgets.
void apply_style(ThemeKind theme, float body_px, bool touch);

[[nodiscard]] ImVec4 mix(const ImVec4& a, const ImVec4& b, float t);
// A colour for a draw list, faded with ImGui's style alpha like ImGui's own widgets (a screen
// behind a question, a disabled control).
[[nodiscard]] inline ImU32 colour(const ImVec4& c) { return ImGui::GetColorU32(c); }

}  // namespace limber
