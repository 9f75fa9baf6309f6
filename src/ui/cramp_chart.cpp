// The cramp chart: each night's cramps as a bar, their 7-night average and severity as lines, and
// under the axis the days stretched and the days something else was tried, over the weeks that have
// something to show.
#include <algorithm>
#include <cfloat>
#include <vector>

#include "core/base/calendar.hpp"
#include "core/base/translate.hpp"
#include "ui/chart_text.hpp"
#include "ui/progress_charts.hpp"
#include "ui/widgets.hpp"

namespace limber {

DayPlaces cramp_chart(const Canvas& c, ImVec2 at, ImVec2 size, const ProgressStats& stats) {
  card_background(c, at, size);
  const float pad = c.unit * 0.8f;
  heading(c, ImVec2(at.x + pad, at.y + pad), tr("Cramps at night"));
  // The figures' words in full colour; the bars, lines and marks as graphics.
  const ImVec4 cramp_colour = c.p.danger;
  const ImVec4 severity_colour = phase_colour(PhaseKind::hold, c.p);
  const ImVec4 cramp_area = graphic(cramp_colour, c.p);
  const ImVec4 severity_area = graphic(severity_colour, c.p);
  const ImVec4 green = graphic(phase_colour(PhaseKind::rest, c.p), c.p);
  // Legend, on the heading's line when there is room, else under it.
  float legend_y = at.y + pad + c.unit * 1.5f;
  float lx = at.x + pad;
  const auto legend = [&](const ImVec4& col, const char* text) {
    const float text_w = c.fonts.body->CalcTextSizeA(small_px(c), 1e9f, 0, text).x;
    if (lx + c.unit + text_w > at.x + size.x - pad) {  // wrap to a second row
      lx = at.x + pad;
      legend_y += c.unit * 1.2f;
    }
    c.list->AddRectFilled(ImVec2(lx, legend_y + c.unit * 0.3f), ImVec2(lx + c.unit * 0.7f, legend_y + c.unit * 0.7f),
                          colour(col));
    small_text(c, ImVec2(lx + c.unit, legend_y), colour(c.p.muted), text);
    lx += c.unit * 1.4f + text_w;
  };
  legend(mix(c.p.surface, cramp_area, 0.5f), tr("cramps per night"));
  legend(cramp_area, tr("7-night average"));
  legend(severity_area, tr("severity (0-10)"));
  legend(green, tr("stretched"));
  const bool any_rescue = std::any_of(stats.recent_days.begin(), stats.recent_days.end(), [](const DayFigures& d) { return d.rescues > 0; });
  const bool any_tried = std::any_of(stats.recent_days.begin(), stats.recent_days.end(), [](const DayFigures& d) { return d.tried > 0; });
  if (any_rescue) legend(cramp_area, tr("Cramp now"));
  if (any_tried) legend(graphic(c.p.accent, c.p), tr("tried something else"));

  const float top = legend_y + c.unit * 2.0f;
  const float marks = c.unit * 0.6f;
  const float bottom = at.y + size.y - pad - c.unit * 1.3f - marks - c.unit * 0.3f;
  const float left = at.x + pad + c.unit * 1.6f;
  const float right = at.x + size.x - pad - c.unit * 1.6f;
  // The weeks with something to show (at least four), never slots too thin to read or tap.
  const std::size_t first = static_cast<std::size_t>(chart_first_day(stats.recent_days, static_cast<int>((right - left) / std::max(4.0f, c.unit * 0.25f))));
  const std::vector<DayFigures> days(stats.recent_days.begin() + static_cast<std::ptrdiff_t>(first), stats.recent_days.end());
  const float slot = (right - left) / static_cast<float>(std::max<std::size_t>(1, days.size()));
  int most = 4;
  for (const DayFigures& d : days) most = std::max(most, d.cramps.value_or(0));
  const auto y_of = [&](double value, double scale) { return bottom - static_cast<float>(value / scale) * (bottom - top); };
  c.list->AddLine(ImVec2(left, bottom), ImVec2(right, bottom), colour(c.p.muted));
  small_text(c, ImVec2(at.x + pad, top - c.unit * 0.5f), colour(cramp_colour), std::to_string(most));
  small_text(c, ImVec2(at.x + pad, bottom - c.unit * 0.9f), colour(c.p.muted), "0");
  small_text(c, ImVec2(right + c.unit * 0.3f, top - c.unit * 0.5f), colour(severity_colour), "10");
  std::vector<ImVec2> average;
  std::vector<ImVec2> severity;
  const std::size_t label_every = days.size() > 42 ? 28 : 7;
  for (std::size_t i = 0; i < days.size(); ++i) {
    const DayFigures& d = days[i];
    const float x = left + static_cast<float>(i) * slot;
    if (i % label_every == 0) small_text(c, ImVec2(x, at.y + size.y - pad - c.unit * 1.1f), colour(c.p.muted), short_date(d.day));
    if (d.day > stats.today) continue;
    // Under the axis: stretched that day, and (its lower part) something else tried that day.
    if (d.completed > 0) {
      const float mark_bottom = bottom + c.unit * 0.3f + (any_tried ? marks * 0.5f : marks);
      c.list->AddRectFilled(ImVec2(x, bottom + c.unit * 0.3f), ImVec2(x + std::max(1.0f, slot * 0.8f), mark_bottom),
                            colour(green));
    }
    if (d.tried > 0) {
      c.list->AddRectFilled(ImVec2(x, bottom + c.unit * 0.3f + marks * 0.6f),
                            ImVec2(x + std::max(1.0f, slot * 0.8f), bottom + c.unit * 0.3f + marks),
                            colour(graphic(c.p.accent, c.p)));
    }
    if (d.cramps && *d.cramps > 0) {
      c.list->AddRectFilled(ImVec2(x, y_of(*d.cramps, most)), ImVec2(x + std::max(1.0f, slot * 0.8f), bottom),
                            colour(mix(c.p.surface, cramp_area, 0.5f)));
    }
    if (d.rescues > 0) {
      // A dot over the night's bar: the Cramp-now button met a cramp that night.
      const float bar_top = d.cramps ? y_of(*d.cramps, most) : bottom;
      c.list->AddCircleFilled(ImVec2(x + slot * 0.4f, bar_top - c.unit * 0.35f), std::max(2.0f, c.unit * 0.22f),
                              colour(cramp_area));
    }
    if (d.cramps_7day) average.emplace_back(x + slot / 2, y_of(*d.cramps_7day, most));
    if (d.severity_7day) severity.emplace_back(x + slot / 2, y_of(*d.severity_7day, 10.0));
  }
  const float thick = std::max(2.0f, c.unit * 0.18f);
  if (severity.size() > 1) c.list->AddPolyline(severity.data(), static_cast<int>(severity.size()), colour(severity_area), 0, thick);
  if (average.size() > 1) c.list->AddPolyline(average.data(), static_cast<int>(average.size()), colour(cramp_area), 0, thick * 1.4f);
  const bool any = std::any_of(days.begin(), days.end(), [](const DayFigures& d) { return d.cramps.has_value(); });
  if (!any) {
    const char* empty = tr("No diary entries in these weeks: tap a night to add one.");
    const float width = right - left;
    if (c.fonts.body->CalcTextSizeA(c.unit, FLT_MAX, 0, empty).x <= width) {
      centred_text(c.list, c.fonts.body, c.unit, (left + right) / 2, (top + bottom) / 2 - c.unit / 2, colour(c.p.muted), empty);
    } else {
      c.list->AddText(c.fonts.body, c.unit, ImVec2(left, (top + bottom) / 2 - c.unit), colour(c.p.muted), empty, nullptr, width);
    }
  }
  return DayPlaces{ImVec2(left, top), ImVec2(right, bottom + c.unit * 0.3f + marks), days.empty() ? 0 : days.front().day, 0, slot,
                   static_cast<int>(first)};
}

}  // namespace limber
