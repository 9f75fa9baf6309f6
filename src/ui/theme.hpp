#pragma once
// Colours: a dark and a light theme with strong contrast, and one colour per kind of phase so a
// phase change is visible across the room; and the night theme, for 3 a.m.: deep red on black,
// dim, with no white anywhere, so that a screen in a dark bedroom does not blind.

#include <imgui.h>

#include <string_view>

#include "core/plan.hpp"

namespace limber {

enum class ThemeKind { dark, light, night };

[[nodiscard]] std::string_view theme_key(ThemeKind theme);  // "dark", "light", "night"
[[nodiscard]] ThemeKind theme_from_key(std::string_view key);

struct Palette {
  ImVec4 background;
  ImVec4 surface;  // cards, bars
  ImVec4 text;
  ImVec4 muted;
  ImVec4 accent;
  ImVec4 danger;
  bool night = false;  // phase colours and ImGui's own colours dimmed to reds (phase_colour, apply_style)
};

[[nodiscard]] const Palette& palette(ThemeKind theme);
[[nodiscard]] ImVec4 phase_colour(PhaseKind kind, const Palette& p);
// The night theme's brightest light: no colour it draws is brighter than this (0.2126 R +
// 0.7152 G + 0.0722 B of its 0-1 channels), and none is near white or grey.
inline constexpr float kNightMaxLuminance = 0.30f;

// ImGui's style for the theme at a size: large paddings and rounded, touch-sized widgets.
void apply_style(ThemeKind theme, float body_px, bool touch);

[[nodiscard]] ImVec4 mix(const ImVec4& a, const ImVec4& b, float t);

}  // namespace limber
