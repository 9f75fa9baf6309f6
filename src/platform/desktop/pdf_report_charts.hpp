#pragma once
// The doctor's report's two pictures of the period, drawn on its first and second page: the cramp
// chart (each night's cramps, their severity, the days stretched) and the calendar of weeks.
// pdf_report.cpp puts them on the pages with the figures.

#include "core/history/report.hpp"
#include "platform/desktop/pdf_page.hpp"

namespace limber::pdf {

inline constexpr Colour kRule{0.80, 0.80, 0.83};
inline constexpr Colour kCramps{0.20, 0.33, 0.62};
inline constexpr Colour kStretched{0.18, 0.60, 0.34};
inline constexpr Colour kEmpty{0.93, 0.93, 0.95};
inline constexpr Colour kRescue{0.70, 0.13, 0.13};
inline constexpr Colour kSeverity{0.85, 0.45, 0.05};

void cramp_chart(Page& page, const ReportFigures& r);
// As many of the period's last weeks as fit above `bottom_limit`, said when not all do.
void calendar(Page& page, const ReportFigures& r, double bottom_limit);

}  // namespace limber::pdf
