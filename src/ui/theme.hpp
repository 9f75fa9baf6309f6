#pragma once
// Colours: a dark and a light theme with strong contrast, and one colour per kind of phase so a
// phase change is visible across the room.

#include <imgui.h>

#include <string_view>

#include "core/plan.hpp"

namespace limber {

enum class ThemeKind { dark, light };

[[nodiscard]] std::string_view theme_key(ThemeKind theme);  // "dark", "light"
[[nodiscard]] ThemeKind theme_from_key(std::string_view key);

struct Palette {
  ImVec4 background;
  ImVec4 surface;  // cards, bars
  ImVec4 text;
  ImVec4 muted;
  ImVec4 accent;
  ImVec4 danger;
};

[[nodiscard]] const Palette& palette(ThemeKind theme);
[[nodiscard]] ImVec4 phase_colour(PhaseKind kind);

// ImGui's style for the theme at a size: large paddings and rounded, touch-sized widgets.
void apply_style(ThemeKind theme, float body_px, bool touch);

[[nodiscard]] ImVec4 mix(const ImVec4& a, const ImVec4& b, float t);

}  // namespace limber
