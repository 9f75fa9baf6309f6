#include "platform/desktop/pdf_report_charts.hpp"

#include <algorithm>
#include <string>

#include "core/base/calendar.hpp"
#include "core/base/translate.hpp"

namespace limber::pdf {

// Each night's cramps as a bar, the nights stretched as green marks beneath.
void cramp_chart(Page& page, const ReportFigures& r) {
  page.heading(tr("Cramps each night"));
  cairo_t* cr = page.cr();
  const double left = kMargin + 22;
  const double right = page.width() - kMargin - 16;  // room for the severity scale's figures
  const double top = page.y() + 8;
  const double height = 150;
  const double bottom = top + height;
  const int scale = std::max(3, r.most_cramps);
  const double slot = (right - left) / std::max<double>(1, static_cast<double>(r.days.size()));
  page.font(8);
  for (int v = 0; v <= scale; v += std::max(1, scale / 3)) {
    const double y = bottom - height * v / scale;
    page.rule(left, y, right, kRule, 0.4);
    page.colour(kMuted);
    page.text_at(kMargin, y + 3, std::to_string(v));
  }
  for (std::size_t i = 0; i < r.days.size(); ++i) {
    const ReportDay& d = r.days[i];
    const double x = left + static_cast<double>(i) * slot;
    const double bar = std::max(0.8, slot * 0.7);
    if (d.cramps && *d.cramps > 0) page.rectangle(x + (slot - bar) / 2, bottom - height * *d.cramps / scale, bar, height * *d.cramps / scale, kCramps);
    if (!d.cramps) page.rectangle(x + (slot - bar) / 2, bottom - 1.5, bar, 1.5, kRule);  // no entry that night
    if (d.stretched) page.rectangle(x + (slot - bar) / 2, bottom + 4, bar, 5, kStretched);
    if (d.rescues > 0) {
      const double top_of_bar = d.cramps ? bottom - height * *d.cramps / scale : bottom;
      page.rectangle(x + (slot - bar) / 2, top_of_bar - 5, bar, 3, kRescue);
    }
    // The worst cramp's severity, on the right-hand 0-10 scale: a short dash across the night.
    if (d.severity) {
      const double dash = std::max(2.0, slot * 0.9);
      page.rectangle(x + (slot - dash) / 2, bottom - height * *d.severity / 10.0 - 1, dash, 2, kSeverity);
    }
  }
  page.font(8);
  for (int v = 0; v <= 10; v += 5) {
    page.colour(kSeverity);
    page.text_at(right + 4, bottom - height * v / 10.0 + 3, std::to_string(v));
  }
  // Month marks under the axis.
  int last_month = -1;
  for (std::size_t i = 0; i < r.days.size(); ++i) {
    const std::string date = format_date(r.days[i].day);
    const int month = std::stoi(date.substr(5, 2));
    if (month == last_month) continue;
    last_month = month;
    page.colour(kMuted);
    page.text_at(left + static_cast<double>(i) * slot, bottom + 20, short_date(r.days[i].day));
  }
  page.move_to(bottom + 26);
  page.font(9);
  const double key_y = page.y() + 10;
  page.rectangle(kMargin, key_y - 7, 8, 8, kCramps);
  page.colour(kText);
  page.text_at(kMargin + 12, key_y, tr("cramps that night"));
  const double second = kMargin + 12 + page.text_width(tr("cramps that night")) + 20;
  page.rectangle(second, key_y - 6, 8, 5, kStretched);
  page.colour(kText);
  page.text_at(second + 12, key_y, tr("stretched that day"));
  const double third = second + 12 + page.text_width(tr("stretched that day")) + 20;
  page.rectangle(third, key_y - 2, 8, 1.5, kRule);
  page.colour(kText);
  page.text_at(third + 12, key_y, tr("no diary entry"));
  if (!r.rescues.empty()) {
    const double fourth = third + 12 + page.text_width(tr("no diary entry")) + 20;
    page.rectangle(fourth, key_y - 5, 8, 3, kRescue);
    page.colour(kText);
    page.text_at(fourth + 12, key_y, tr("Cramp now used"));
  }
  const double severity_y = key_y + 14;
  page.rectangle(kMargin, severity_y - 4, 8, 2, kSeverity);
  page.colour(kText);
  page.text_at(kMargin + 12, severity_y, tr("the worst cramp's severity, 0-10 (the scale on the right)"));
  page.move_to(severity_y + 4);
  (void)cr;
}

// The period's weeks as rows of seven days: stretched days green, each night's cramps in it.
void calendar(Page& page, const ReportFigures& r, double bottom_limit) {
  page.heading(tr("Calendar"));
  const double left = kMargin + 70;
  const double cell_w = (page.width() - kMargin - left) / 7;
  const double cell_h = 20;
  const DayNumber first_week = week_start(r.period.first);
  const int weeks = (week_start(r.period.last) - first_week) / 7 + 1;
  const int rows_fit = std::max(1, static_cast<int>((bottom_limit - page.y() - 40) / cell_h));
  const int shown = std::min(weeks, rows_fit);
  const DayNumber from_week = first_week + (weeks - shown) * 7;
  page.font(8.5, true);
  double y = page.y() + 14;
  for (int c = 0; c < 7; ++c) {
    page.colour(kMuted);
    page.text_at(left + c * cell_w + 4, y, weekday_label((first_weekday() + c) % 7));
  }
  page.font(8.5);
  y += 4;
  for (int row = 0; row < shown; ++row) {
    const DayNumber week = from_week + row * 7;
    page.colour(kMuted);
    page.text_at(kMargin, y + cell_h * 0.68, short_date(week));
    for (int c = 0; c < 7; ++c) {
      const DayNumber day = week + c;
      const double x = left + c * cell_w;
      if (day < r.period.first || day > r.period.last) continue;
      const ReportDay& d = r.days[static_cast<std::size_t>(day - r.period.first)];
      page.rectangle(x + 1, y + 1, cell_w - 2, cell_h - 2, d.stretched ? Colour{0.80, 0.92, 0.83} : kEmpty);
      page.colour(kMuted);
      page.text_at(x + 4, y + cell_h * 0.68, std::to_string(std::stoi(format_date(day).substr(8, 2))));
      if (d.cramps) {
        page.colour(*d.cramps > 0 ? kCramps : kMuted);
        const std::string count = format(trn("{0} cramp", "{0} cramps", *d.cramps), *d.cramps);
        page.text_at(x + cell_w - 4 - page.text_width(count), y + cell_h * 0.68, count);
      }
    }
    y += cell_h;
  }
  page.move_to(y);
  if (shown < weeks) {
    page.font(9);
    page.colour(kMuted);
    // Only ever cut to many weeks (a page holds about 20): no singular is needed.
    page.paragraph(format(tr("The last {0} weeks of the period; the chart above shows all of it."), shown));
  }
}

}  // namespace limber::pdf
