#pragma once
// The progress screen's pieces, each drawn into an area of the page: the figure tiles, the
// 16-week calendar, minutes per week, the cramp chart and the six-week check. They draw what
// core computed (progress_stats.hpp) and decide nothing.

#include <imgui.h>

#include <optional>
#include <string>

#include "core/history/progress_stats.hpp"
#include "ui/chart_text.hpp"
#include "ui/theme.hpp"
#include "ui/view_fonts.hpp"

namespace limber {


// Reserves a card-like area in the layout and returns its top-left corner.
ImVec2 reserve(float width, float height);
// A tile: a big figure and what it means.
void stat_tile(const Canvas& c, ImVec2 at, ImVec2 size, const std::string& figure, const std::string& label,
               const std::string& detail, const ImVec4& tint);
// Where a chart drew its days, so a tap there can name the day (charts draw, they do not listen).
struct DayPlaces {
  ImVec2 min{};  // the area the days fill
  ImVec2 max{};
  DayNumber first_day = 0;
  float cell = 0;  // the calendar: a square per day, a column per week, Monday on top
  float slot = 0;  // the cramp chart: a slot per day, left to right
  int first_index = 0;  // the chart's first day in ProgressStats::recent_days
  // The day at a point of the area, if it is one of the chart's.
  [[nodiscard]] std::optional<DayNumber> day_at(ImVec2 point, const ProgressStats& stats) const;
  [[nodiscard]] ImVec2 centre_of(DayNumber day) const;
};
DayPlaces heat_map(const Canvas& c, ImVec2 at, ImVec2 size, const ProgressStats& stats);
void minutes_bars(const Canvas& c, ImVec2 at, ImVec2 size, const ProgressStats& stats);
DayPlaces cramp_chart(const Canvas& c, ImVec2 at, ImVec2 size, const ProgressStats& stats);
// A ring around the day being edited.
void mark_day(const Canvas& c, const DayPlaces& places, DayNumber day);
void six_week_check_card(const Canvas& c, ImVec2 at, ImVec2 size, const ProgressStats& stats);

}  // namespace limber
