#include "ui/theme.hpp"

#include <algorithm>

namespace limber {

std::string_view theme_key(ThemeKind theme) {
  switch (theme) {
    case ThemeKind::light: return "light";
    case ThemeKind::night: return "night";
    case ThemeKind::dark: break;
  }
  return "dark";
}

ThemeKind theme_from_key(std::string_view key) {
  if (key == "light") return ThemeKind::light;
  if (key == "night") return ThemeKind::night;
  return ThemeKind::dark;
}

namespace {

float luminance(const ImVec4& c) { return 0.2126f * c.x + 0.7152f * c.y + 0.0722f * c.z; }

// Any colour as the night theme shows it: a red of the same lightness, never brighter than the
// night's limit (dark reds keep night vision and do not light up a bedroom).
ImVec4 night_red(const ImVec4& c) {
  const float l = std::min(luminance(c), 1.0f);
  // Red carries most of the light; a little green and blue keep it from looking like an alarm.
  const float red = std::min(0.05f + l * 0.85f, 0.74f);
  return {red, red * 0.22f, red * 0.14f, c.w};
}

}  // namespace

const Palette& palette(ThemeKind theme) {
  static const Palette dark{
      .background = {0.07f, 0.08f, 0.10f, 1},
      .surface = {0.15f, 0.17f, 0.21f, 1},
      .text = {0.96f, 0.97f, 0.98f, 1},
      .muted = {0.66f, 0.70f, 0.76f, 1},
      .accent = {0.30f, 0.62f, 1.00f, 1},
      .danger = {0.93f, 0.33f, 0.31f, 1},
  };
  static const Palette light{
      .background = {0.97f, 0.97f, 0.96f, 1},
      .surface = {0.88f, 0.90f, 0.92f, 1},
      .text = {0.06f, 0.07f, 0.09f, 1},
      .muted = {0.32f, 0.35f, 0.40f, 1},
      .accent = {0.05f, 0.38f, 0.80f, 1},
      .danger = {0.75f, 0.13f, 0.12f, 1},
  };
  static const Palette night{
      .background = {0.03f, 0.0f, 0.0f, 1},
      .surface = {0.12f, 0.025f, 0.02f, 1},
      .text = {0.74f, 0.16f, 0.10f, 1},
      .muted = {0.50f, 0.11f, 0.07f, 1},
      .accent = {0.66f, 0.20f, 0.03f, 1},
      .danger = {0.74f, 0.08f, 0.06f, 1},
      .night = true,
  };
  switch (theme) {
    case ThemeKind::light: return light;
    case ThemeKind::night: return night;
    case ThemeKind::dark: break;
  }
  return dark;
}

ImVec4 phase_colour(PhaseKind kind, const Palette& p) {
  if (p.night) {
    // Told apart by shade: amber-red to work, deep red to let go, wine to change legs.
    switch (kind) {
      case PhaseKind::hold:
      case PhaseKind::timed: return {0.70f, 0.18f, 0.03f, 1};
      case PhaseKind::rest:
      case PhaseKind::set_rest: return {0.42f, 0.07f, 0.05f, 1};
      case PhaseKind::switch_sides: return {0.55f, 0.06f, 0.24f, 1};
      case PhaseKind::get_ready:
      case PhaseKind::transition: return {0.50f, 0.12f, 0.10f, 1};
      case PhaseKind::custom: return {0.56f, 0.16f, 0.06f, 1};
    }
  }
  switch (kind) {
    case PhaseKind::hold:
    case PhaseKind::timed: return {0.95f, 0.45f, 0.13f, 1};  // orange: work
    case PhaseKind::rest:
    case PhaseKind::set_rest: return {0.16f, 0.68f, 0.45f, 1};  // green: let go
    case PhaseKind::switch_sides: return {0.62f, 0.36f, 0.90f, 1};  // violet: change legs
    case PhaseKind::get_ready:
    case PhaseKind::transition: return {0.22f, 0.55f, 0.95f, 1};  // blue: prepare
    case PhaseKind::custom: return {0.10f, 0.66f, 0.78f, 1};  // teal: breathing
  }
  return {0.5f, 0.5f, 0.5f, 1};
}

ImVec4 mix(const ImVec4& a, const ImVec4& b, float t) {
  return {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t, a.w + (b.w - a.w) * t};
}

void apply_style(ThemeKind theme, float body_px, bool touch) {
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  if (theme == ThemeKind::light) {
    ImGui::StyleColorsLight(&style);
  } else {
    ImGui::StyleColorsDark(&style);
  }
  const Palette& p = palette(theme);
  if (p.night) {
    // Every colour ImGui has (scrollbars, frames, checkmarks, sliders...), not only the ones set below.
    for (ImVec4& colour : style.Colors) colour = night_red(colour);
  }
  style.Colors[ImGuiCol_WindowBg] = p.background;
  style.Colors[ImGuiCol_ChildBg] = p.surface;
  style.Colors[ImGuiCol_Text] = p.text;
  style.Colors[ImGuiCol_TextDisabled] = p.muted;
  style.Colors[ImGuiCol_Button] = mix(p.surface, p.text, 0.12f);
  style.Colors[ImGuiCol_ButtonHovered] = mix(p.surface, p.accent, 0.45f);
  style.Colors[ImGuiCol_ButtonActive] = p.accent;
  style.Colors[ImGuiCol_PopupBg] = p.surface;
  style.Colors[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0.6f);
  // Keyboard focus: the accent, drawn as a ring around the item (widgets.cpp, focus_ring).
  style.Colors[ImGuiCol_NavHighlight] = p.accent;
  style.WindowBorderSize = 0;
  style.ScaleAllSizes(body_px / 13.0f);
  style.FrameRounding = body_px * 0.5f;
  style.ChildRounding = body_px * 0.6f;
  style.WindowRounding = body_px * 0.6f;
  style.PopupRounding = body_px * 0.6f;
  if (touch) style.TouchExtraPadding = ImVec2(body_px * 0.4f, body_px * 0.4f);
}

}  // namespace limber
