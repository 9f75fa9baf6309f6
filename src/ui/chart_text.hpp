#pragma once
// What every chart of the progress screen draws on and draws the same way: the canvas, its card,
// its heading and its small labels (progress_charts.cpp, cramp_chart.cpp).

#include <imgui.h>

#include <string>

#include "ui/theme.hpp"
#include "ui/view_fonts.hpp"
#include "ui/widgets.hpp"

namespace limber {

struct Canvas {
  ImDrawList* list;
  const Palette& p;
  const ViewFonts& fonts;
  float unit;
};

inline void card_background(const Canvas& c, ImVec2 at, ImVec2 size) {
  c.list->AddRectFilled(at, ImVec2(at.x + size.x, at.y + size.y), colour(c.p.surface), c.unit * 0.6f);
}

inline void heading(const Canvas& c, ImVec2 at, const char* text) {
  c.list->AddText(c.fonts.body, c.unit * 1.1f, at, colour(c.p.text), text);
}

// The charts' labels: a little smaller than body text, except at night, where the font's own
// size keeps their thin strokes at full colour (scaled down, they blur below 4.5:1).
inline float small_px(const Canvas& c) { return c.p.night ? c.unit : c.unit * 0.85f; }

inline void small_text(const Canvas& c, ImVec2 at, ImU32 col, const std::string& text) {
  c.list->AddText(c.fonts.body, small_px(c), at, col, text.c_str());
}

}  // namespace limber
