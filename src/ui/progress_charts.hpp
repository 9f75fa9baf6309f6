#pragma once
// The progress screen's pieces, each drawn into an area of the page: the figure tiles, the
// 16-week calendar, minutes per week, the cramp chart and the six-week check. They draw what
// core computed (progress_stats.hpp) and decide nothing.

#include <imgui.h>

#include <string>

#include "core/progress_stats.hpp"
#include "ui/theme.hpp"
#include "ui/view_fonts.hpp"

namespace limber {

struct Canvas {
  ImDrawList* list;
  const Palette& p;
  const ViewFonts& fonts;
  float unit;
};

// Reserves a card-like area in the layout and returns its top-left corner.
ImVec2 reserve(float width, float height);
// A tile: a big figure and what it means.
void stat_tile(const Canvas& c, ImVec2 at, ImVec2 size, const std::string& figure, const std::string& label,
               const std::string& detail, const ImVec4& tint);
void heat_map(const Canvas& c, ImVec2 at, ImVec2 size, const ProgressStats& stats);
void minutes_bars(const Canvas& c, ImVec2 at, ImVec2 size, const ProgressStats& stats);
void cramp_chart(const Canvas& c, ImVec2 at, ImVec2 size, const ProgressStats& stats);
void six_week_check_card(const Canvas& c, ImVec2 at, ImVec2 size, const ProgressStats& stats);

}  // namespace limber
