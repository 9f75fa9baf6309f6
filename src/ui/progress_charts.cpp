#include "ui/progress_charts.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cfloat>
#include <cmath>

#include "core/base/calendar.hpp"
#include "core/base/translate.hpp"
#include "ui/chart_text.hpp"
#include "ui/widgets.hpp"

namespace limber {
namespace {

std::string signed_one_decimal(double value) { return decimal(value, 1, true); }

}  // namespace

// A tile: a big figure and what it means.
void stat_tile(const Canvas& c, ImVec2 at, ImVec2 size, const std::string& figure, const std::string& label,
               const std::string& detail, const ImVec4& tint) {
  card_background(c, at, size);
  const float pad = c.unit * 0.8f;
  const float room = size.x - 2 * pad;
  // Each line in its size, or smaller where a longer language needs it to stay in the tile.
  const auto fitted = [room](ImFont* font, float wanted, const std::string& text) {
    const float width = font->CalcTextSizeA(wanted, FLT_MAX, 0, text.c_str()).x;
    return width > room ? wanted * room / width : wanted;
  };
  const float label_size = fitted(c.fonts.body, c.unit * 0.9f, label);
  c.list->AddText(c.fonts.body, label_size, ImVec2(at.x + pad, at.y + pad), colour(c.p.muted), label.c_str());
  c.list->AddText(c.fonts.heading, fitted(c.fonts.heading, c.unit * 1.9f, figure), ImVec2(at.x + pad, at.y + pad + c.unit * 1.2f),
                  colour(tint), figure.c_str());
  c.list->AddText(c.fonts.body, fitted(c.fonts.body, c.unit * 0.9f, detail),
                  ImVec2(at.x + pad, at.y + size.y - pad - c.unit * 0.95f), colour(c.p.muted), detail.c_str());
}

void mark_day(const Canvas& c, const DayPlaces& places, DayNumber day) {
  if (places.cell <= 0 && places.slot <= 0) return;
  const ImVec2 centre = places.centre_of(day);
  const float half = places.cell > 0 ? places.cell / 2 : std::max(places.slot / 2, c.unit * 0.3f);
  const float top = places.cell > 0 ? centre.y - half : places.min.y;
  const float bottom = places.cell > 0 ? centre.y + half : places.max.y;
  c.list->AddRect(ImVec2(centre.x - half, top), ImVec2(centre.x + half, bottom), colour(c.p.accent), 2.0f, 0,
                  std::max(2.0f, c.unit * 0.15f));
}

// 16 weeks as columns, the first day of the week at the top, a cell per day: stretching days in green, more minutes
// deeper; today outlined.
DayPlaces heat_map(const Canvas& c, ImVec2 at, ImVec2 size, const ProgressStats& stats) {
  card_background(c, at, size);
  const float pad = c.unit * 0.8f;
  const std::string title = stats.weeks_back == 0 || stats.recent_days.empty()
                                ? std::string(tr("Stretching days, last 16 weeks"))
                                : format(tr("Stretching days, {0} to {1}"), short_date(stats.recent_days.front().day),
                                         short_date(stats.recent_days.back().day));
  heading(c, ImVec2(at.x + pad, at.y + pad), title.c_str());
  float label_w = c.unit * 1.6f;  // as wide as the widest day label ("Mo" where initials repeat)
  for (int d = 0; d < 7; ++d) label_w = std::max(label_w, c.fonts.body->CalcTextSizeA(small_px(c), FLT_MAX, 0.0f, weekday_label(d).c_str()).x + c.unit * 0.4f);
  const float top = at.y + pad + c.unit * 2.6f;
  const float cell = std::min((size.x - 2 * pad - label_w) / kProgressWeeks, (at.y + size.y - pad - top) / 7.0f);
  const float gap = std::max(2.0f, cell * 0.12f);
  const ImVec4 green = graphic(phase_colour(PhaseKind::rest, c.p), c.p);
  double most_minutes = 1;
  for (const DayFigures& d : stats.recent_days) most_minutes = std::max(most_minutes, d.minutes);
  // Every other row named, from the day the user's weeks start on.
  for (int row = 0; row < 7; row += 2) {
    small_text(c, ImVec2(at.x + pad, top + static_cast<float>(row) * cell + (cell - c.unit) / 2), colour(c.p.muted),
               weekday_label((first_weekday() + row) % 7));
  }
  int last_month = -1;
  for (std::size_t i = 0; i < stats.recent_days.size(); ++i) {
    const DayFigures& d = stats.recent_days[i];
    const float x = at.x + pad + label_w + static_cast<float>(i / 7) * cell;
    const float y = top + static_cast<float>(i % 7) * cell;
    if (i % 7 == 0) {
      const std::string date = format_date(d.day);
      const int month = std::stoi(date.substr(5, 2));
      if (month != last_month) {
        small_text(c, ImVec2(x, top - c.unit * 1.2f), colour(c.p.muted), month_abbreviation(d.day));
        last_month = month;
      }
    }
    const ImVec2 a(x + gap / 2, y + gap / 2);
    const ImVec2 b(x + cell - gap / 2, y + cell - gap / 2);
    if (d.day > stats.today) continue;  // the rest of this week is still to come
    ImVec4 fill = mix(c.p.background, c.p.surface, 0.3f);
    if (d.completed > 0) {
      fill = mix(mix(c.p.surface, green, 0.45f), green, static_cast<float>(std::min(1.0, d.minutes / most_minutes)));
    }
    c.list->AddRectFilled(a, b, colour(fill), gap);
    if (d.day == stats.today) c.list->AddRect(a, b, colour(c.p.text), gap, 0, std::max(1.5f, gap * 0.6f));
  }
  const ImVec2 origin(at.x + pad + label_w, top);
  return DayPlaces{origin, ImVec2(origin.x + cell * kProgressWeeks, top + cell * 7),
                   stats.recent_days.empty() ? 0 : stats.recent_days.front().day, cell, 0};
}

// Minutes per week for the last 16 weeks: weeks that met the goal in green.
void minutes_bars(const Canvas& c, ImVec2 at, ImVec2 size, const ProgressStats& stats) {
  card_background(c, at, size);
  const float pad = c.unit * 0.8f;
  heading(c, ImVec2(at.x + pad, at.y + pad), tr("Minutes a week"));
  const ImVec4 green = graphic(phase_colour(PhaseKind::rest, c.p), c.p);
  const ImVec4 short_week = graphic(mix(c.p.surface, c.p.accent, 0.75f), c.p);
  {
    float lx = at.x + pad;
    const float ly = at.y + pad + c.unit * 1.5f;
    for (const auto& [col, text] : {std::pair{green, tr("goal met")}, std::pair{short_week, tr("goal not met")}}) {
      c.list->AddRectFilled(ImVec2(lx, ly + c.unit * 0.3f), ImVec2(lx + c.unit * 0.7f, ly + c.unit * 0.7f), colour(col));
      small_text(c, ImVec2(lx + c.unit, ly), colour(c.p.muted), text);
      lx += c.unit * 1.4f + c.fonts.body->CalcTextSizeA(small_px(c), 1e9f, 0, text).x;
    }
  }
  const DayNumber first_week = stats.recent_days.front().day;
  std::vector<const WeekFigures*> weeks(kProgressWeeks, nullptr);
  double most = 10;
  for (const WeekFigures& w : stats.weeks) {
    const int index = (w.start - first_week) / 7;
    if (index < 0 || index >= kProgressWeeks) continue;
    weeks[static_cast<std::size_t>(index)] = &w;
    most = std::max(most, w.minutes);
  }
  const float top = at.y + pad + c.unit * 3.6f;
  const float bottom = at.y + size.y - pad - c.unit * 1.3f;
  const float left = at.x + pad + c.unit * 1.6f;
  const float slot = (at.x + size.x - pad - left) / kProgressWeeks;
  c.list->AddLine(ImVec2(left, bottom), ImVec2(at.x + size.x - pad, bottom), colour(c.p.muted));
  small_text(c, ImVec2(at.x + pad, top - c.unit * 0.5f), colour(c.p.muted), fmt::format("{:.0f}", most));
  small_text(c, ImVec2(at.x + pad, bottom - c.unit * 0.9f), colour(c.p.muted), "0");
  for (int i = 0; i < kProgressWeeks; ++i) {
    const float x = left + static_cast<float>(i) * slot;
    if (i % 4 == 0) {
      small_text(c, ImVec2(x, bottom + c.unit * 0.2f), colour(c.p.muted), short_date(first_week + i * 7));
    }
    const WeekFigures* w = weeks[static_cast<std::size_t>(i)];
    if (w == nullptr || w->minutes <= 0) continue;
    const float h = static_cast<float>(w->minutes / most) * (bottom - top);
    const ImVec4 fill = w->goal_met ? green : short_week;
    c.list->AddRectFilled(ImVec2(x + slot * 0.15f, bottom - h), ImVec2(x + slot * 0.85f, bottom), colour(fill),
                          slot * 0.1f);
  }
}

// The diary on the heat map's 112 days: a bar per night's cramps, the 7-night average of cramps
// and of severity (on its own 0-10 scale), and the stretching days as green marks underneath.
void six_week_check_card(const Canvas& c, ImVec2 at, ImVec2 size, const ProgressStats& stats) {
  card_background(c, at, size);
  const float pad = c.unit * 0.8f;
  heading(c, ImVec2(at.x + pad, at.y + pad), tr("Six-week check"));
  const ImU32 text = colour(c.p.text);
  const ImU32 muted = colour(c.p.muted);
  float y = at.y + pad + c.unit * 1.8f;
  // Lines wrap within the card, whatever its width.
  const float wrap = size.x - pad * 2;
  const auto line = [&](ImU32 col, const std::string& s) {
    c.list->AddText(c.fonts.body, c.unit, ImVec2(at.x + pad, y), col, s.c_str(), nullptr, wrap);
    y += c.fonts.body->CalcTextSizeA(c.unit, FLT_MAX, wrap, s.c_str()).y + c.unit * 0.35f;
  };
  if (!stats.six_week_check) {
    line(muted, tr("Write down each night's cramps (the summary screen asks after a session). After two weeks "
                   "this compares your first diary week with your latest one."));
    return;
  }
  const SixWeekCheck& check = *stats.six_week_check;
  line(muted, format(tr("First week ({0} - {1}):"), short_date(check.first_week.first), short_date(check.first_week.last)));
  line(text, format(tr("  {0} cramps a night, severity {1}"), decimal(check.first_week.cramps_per_night, 1),
                    decimal(check.first_week.mean_severity, 1)));
  line(muted, format(tr("Latest week ({0} - {1}):"), short_date(check.recent_week.first), short_date(check.recent_week.last)));
  line(text, format(tr("  {0} cramps a night, severity {1}"), decimal(check.recent_week.cramps_per_night, 1),
                    decimal(check.recent_week.mean_severity, 1)));
  const bool better = check.cramps_change < 0;
  const ImVec4 verdict = better ? phase_colour(PhaseKind::rest, c.p) : (check.cramps_change > 0 ? c.p.danger : c.p.text);
  c.list->AddText(c.fonts.heading, c.unit * 1.3f, ImVec2(at.x + pad, y + c.unit * 0.2f), colour(verdict),
                  format(tr("{0} cramps a night, {1} severity"), signed_one_decimal(check.cramps_change),
                              signed_one_decimal(check.severity_change))
                      .c_str());
  y += c.unit * 2.0f;
  line(muted, format(tr("{0} In the trial, stretching gave 1.2 fewer cramps a night and 1.3 less severity after six weeks."),
                     check.six_weeks_reached ? format(tr("After {0:.0f} weeks."), check.weeks_apart + 1)
                                             : format(tr("Week {0:.0f} of 6 so far."), check.weeks_apart + 1)));
}

// Reserves a card-like area in the layout and returns its top-left corner.
ImVec2 reserve(float width, float height) {
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, height));
  return at;
}

}  // namespace limber
