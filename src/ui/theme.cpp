#include "ui/theme.hpp"

#include <algorithm>
#include <cmath>

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

// The sRGB channel value whose linear light is `linear`.
float to_srgb(float linear) {
  return linear <= 0.0031308f ? linear * 12.92f : 1.055f * std::pow(linear, 1.0f / 2.4f) - 0.055f;
}

// Any colour as the night theme shows it: a red of the same light, never brighter than the
// night's limit (dark reds keep night vision and do not light up a bedroom). What was light on
// the day's dark theme (text) comes out as the night's text red, what was dark stays dark.
ImVec4 night_red(const ImVec4& c) {
  // Dark colours (frames, scrollbars) darker still, so that the text on them keeps its contrast.
  const float light = std::pow(std::min(relative_luminance(c), 1.0f), 1.3f) * 0.237f;
  // Red carries most of the light; a little green and blue keep it from looking like an alarm:
  // the channels keep the text red's proportions (1 : 0.2 : 0.12 in sRGB).
  const float red = std::clamp(to_srgb(light / 0.237f), 0.0f, 1.0f);
  return {red, red * 0.2f, red * 0.12f, c.w};
}

// The fills a day theme derives from its colours.
Palette with_fills(Palette p) {
  p.large_text = p.text;
  p.button = mix(p.surface, p.text, 0.12f);
  p.button_hovered = mix(p.surface, p.accent, 0.45f);
  p.button_active = p.accent;
  p.chosen = mix(p.accent, p.surface, 0.35f);
  p.chosen_hovered = p.accent;
  p.alarm = mix(p.surface, p.danger, 0.55f);
  p.alarm_hovered = mix(p.surface, p.danger, 0.8f);
  return p;
}

}  // namespace

// The large text colour of the theme apply_style set last (ImGui's style is global as well).
ImVec4 g_large_text{1, 1, 1, 1};

ImVec4 text_colour(const Palette& p, float px) { return px >= kLargeTextPixels ? p.large_text : p.text; }

void push_font(ImFont* font) {
  ImGui::PushFont(font);
  ImGui::PushStyleColor(ImGuiCol_Text, font->FontSize >= kLargeTextPixels ? g_large_text : ImGui::GetStyle().Colors[ImGuiCol_Text]);
}

void pop_font() {
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

ImVec4 graphic(const ImVec4& c, const Palette& p) {
  if (!p.night) return c;
  const auto half = [](float v) {
    const float linear = v <= 0.04045f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f);
    return to_srgb(linear * 0.5f);
  };
  return {half(c.x), half(c.y), half(c.z), c.w};
}

float relative_luminance(const ImVec4& c) {
  const auto linear = [](float v) { return v <= 0.04045f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f); };
  return 0.2126f * linear(c.x) + 0.7152f * linear(c.y) + 0.0722f * linear(c.z);
}

const Palette& palette(ThemeKind theme) {
  static const Palette dark = with_fills({
      .background = {0.07f, 0.08f, 0.10f, 1},
      .surface = {0.15f, 0.17f, 0.21f, 1},
      .text = {0.96f, 0.97f, 0.98f, 1},
      .muted = {0.66f, 0.70f, 0.76f, 1},
      .accent = {0.30f, 0.62f, 1.00f, 1},
      .danger = {0.93f, 0.33f, 0.31f, 1},
  });
  static const Palette light = with_fills({
      .background = {0.97f, 0.97f, 0.96f, 1},
      .surface = {0.88f, 0.90f, 0.92f, 1},
      .text = {0.06f, 0.07f, 0.09f, 1},
      .muted = {0.32f, 0.35f, 0.40f, 1},
      .accent = {0.05f, 0.38f, 0.80f, 1},
      .danger = {0.75f, 0.13f, 0.12f, 1},
  });
  // Text reaches 4.5:1 on every fill, its thinnest strokes included (relative luminance 0.237,
  // the muted 0.22, on fills of 0.006 and less): near twice the light the night's text had. The
  // fills and surfaces are darker than before to give back what the brighter text takes. A
  // chosen option's fill cannot be lighter without losing its text, so it wears a ring instead.
  static const Palette night{
      .background = {0.03f, 0.0f, 0.0f, 1},
      .surface = {0.055f, 0.011f, 0.008f, 1},
      .text = {1.0f, 0.20f, 0.12f, 1},
      .muted = {0.97f, 0.19f, 0.11f, 1},
      .accent = {0.66f, 0.20f, 0.03f, 1},
      .danger = {1.0f, 0.14f, 0.09f, 1},
      .button = {0.10f, 0.02f, 0.013f, 1},
      .button_hovered = {0.16f, 0.032f, 0.02f, 1},
      .button_active = {0.16f, 0.032f, 0.02f, 1},
      .chosen = {0.10f, 0.02f, 0.013f, 1},
      .chosen_hovered = {0.16f, 0.032f, 0.02f, 1},
      .alarm = {0.19f, 0.012f, 0.008f, 1},
      .alarm_hovered = {0.19f, 0.012f, 0.008f, 1},
      .chosen_border = 0.14f,
      .large_text = {0.78f, 0.16f, 0.09f, 1},
      .tint = 0.02f,
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
    // Told apart by hue, each bright enough to be read as text (4.5:1 on the night's fills):
    // amber to work, deep red to let go, wine to change legs.
    switch (kind) {
      case PhaseKind::hold:
      case PhaseKind::timed: return {1.0f, 0.34f, 0.04f, 1};
      case PhaseKind::rest:
      case PhaseKind::set_rest: return {0.93f, 0.17f, 0.20f, 1};
      case PhaseKind::switch_sides: return {0.95f, 0.12f, 0.42f, 1};
      case PhaseKind::get_ready:
      case PhaseKind::transition: return {0.96f, 0.26f, 0.22f, 1};
      case PhaseKind::custom: return {1.0f, 0.28f, 0.10f, 1};
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
  g_large_text = p.large_text;
  style.Colors[ImGuiCol_TextDisabled] = p.muted;
  style.Colors[ImGuiCol_Button] = p.button;
  style.Colors[ImGuiCol_ButtonHovered] = p.button_hovered;
  style.Colors[ImGuiCol_ButtonActive] = p.button_active;
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

ButtonStyle::ButtonStyle(const Palette& p, ButtonLook look, float body_px, bool on) {
  if (!on) return;
  const bool chosen = look == ButtonLook::chosen;
  ImGui::PushStyleColor(ImGuiCol_Button, chosen ? p.chosen : p.alarm);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, chosen ? p.chosen_hovered : p.alarm_hovered);
  colours_ = 2;
  if (chosen && p.chosen_border > 0) {
    ImGui::PushStyleColor(ImGuiCol_Border, p.text);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, std::max(2.0f, body_px * p.chosen_border));
    colours_ = 3;
    vars_ = 1;
  }
}

ButtonStyle::~ButtonStyle() {
  ImGui::PopStyleVar(vars_);
  ImGui::PopStyleColor(colours_);
}

}  // namespace limber
