#include "ui/progress_view.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "core/calendar.hpp"

#include "core/text.hpp"

namespace limber {
namespace {

struct Canvas {
  ImDrawList* list;
  const Palette& p;
  const ViewFonts& fonts;
  float unit;
};

ImU32 colour(const ImVec4& c) { return ImGui::ColorConvertFloat4ToU32(c); }

// Reserves a card-like area in the layout and returns its top-left corner.
ImVec2 reserve(float width, float height) {
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, height));
  return at;
}

void card_background(const Canvas& c, ImVec2 at, ImVec2 size) {
  c.list->AddRectFilled(at, ImVec2(at.x + size.x, at.y + size.y), colour(c.p.surface), c.unit * 0.6f);
}

void heading(const Canvas& c, ImVec2 at, const char* text) {
  c.list->AddText(c.fonts.body, c.unit * 1.1f, at, colour(c.p.text), text);
}

void small_text(const Canvas& c, ImVec2 at, ImU32 col, const std::string& text) {
  c.list->AddText(c.fonts.body, c.unit * 0.85f, at, col, text.c_str());
}

// A tile: a big figure and what it means.
void stat_tile(const Canvas& c, ImVec2 at, ImVec2 size, const std::string& figure, const std::string& label,
               const std::string& detail, const ImVec4& tint) {
  card_background(c, at, size);
  const float pad = c.unit * 0.8f;
  c.list->AddText(c.fonts.body, c.unit * 0.9f, ImVec2(at.x + pad, at.y + pad), colour(c.p.muted), label.c_str());
  c.list->AddText(c.fonts.heading, c.unit * 1.9f, ImVec2(at.x + pad, at.y + pad + c.unit * 1.2f), colour(tint),
                  figure.c_str());
  c.list->AddText(c.fonts.body, c.unit * 0.9f, ImVec2(at.x + pad, at.y + size.y - pad - c.unit * 0.95f),
                  colour(c.p.muted), detail.c_str());
}

// 16 weeks as columns, Monday at the top, a cell per day: stretching days in green, more minutes
// deeper; today outlined.
void heat_map(const Canvas& c, ImVec2 at, ImVec2 size, const ProgressStats& stats) {
  card_background(c, at, size);
  const float pad = c.unit * 0.8f;
  heading(c, ImVec2(at.x + pad, at.y + pad), "Stretching days, last 16 weeks");
  const float label_w = c.unit * 1.6f;
  const float top = at.y + pad + c.unit * 2.6f;
  const float cell = std::min((size.x - 2 * pad - label_w) / kProgressWeeks, (at.y + size.y - pad - top) / 7.0f);
  const float gap = std::max(2.0f, cell * 0.12f);
  const ImVec4 green = phase_colour(PhaseKind::rest);
  double most_minutes = 1;
  for (const DayFigures& d : stats.recent_days) most_minutes = std::max(most_minutes, d.minutes);
  static constexpr const char* kDayLetters[] = {"M", "", "W", "", "F", "", "S"};
  for (int row = 0; row < 7; ++row) {
    small_text(c, ImVec2(at.x + pad, top + static_cast<float>(row) * cell + (cell - c.unit) / 2), colour(c.p.muted),
               kDayLetters[row]);
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
        const std::string label = short_date(d.day);
        small_text(c, ImVec2(x, top - c.unit * 1.2f), colour(c.p.muted), label.substr(label.find(' ') + 1));
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
}

// Minutes per week for the last 16 weeks: weeks that met the goal in green.
void minutes_bars(const Canvas& c, ImVec2 at, ImVec2 size, const ProgressStats& stats) {
  card_background(c, at, size);
  const float pad = c.unit * 0.8f;
  heading(c, ImVec2(at.x + pad, at.y + pad), "Minutes a week");
  const ImVec4 green = phase_colour(PhaseKind::rest);
  const ImVec4 short_week = mix(c.p.surface, c.p.accent, 0.75f);
  {
    float lx = at.x + pad;
    const float ly = at.y + pad + c.unit * 1.5f;
    for (const auto& [col, text] : {std::pair{green, "goal met"}, std::pair{short_week, "goal not met"}}) {
      c.list->AddRectFilled(ImVec2(lx, ly + c.unit * 0.3f), ImVec2(lx + c.unit * 0.7f, ly + c.unit * 0.7f), colour(col));
      small_text(c, ImVec2(lx + c.unit, ly), colour(c.p.muted), text);
      lx += c.unit * 1.4f + c.fonts.body->CalcTextSizeA(c.unit * 0.85f, 1e9f, 0, text).x;
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
void cramp_chart(const Canvas& c, ImVec2 at, ImVec2 size, const ProgressStats& stats) {
  card_background(c, at, size);
  const float pad = c.unit * 0.8f;
  heading(c, ImVec2(at.x + pad, at.y + pad), "Cramps at night");
  const ImVec4 cramp_colour = c.p.danger;
  const ImVec4 severity_colour = phase_colour(PhaseKind::hold);
  const ImVec4 green = phase_colour(PhaseKind::rest);
  // Legend, on the heading's line when there is room, else under it.
  float legend_y = at.y + pad + c.unit * 1.5f;
  float lx = at.x + pad;
  const auto legend = [&](const ImVec4& col, const char* text) {
    const float text_w = c.fonts.body->CalcTextSizeA(c.unit * 0.85f, 1e9f, 0, text).x;
    if (lx + c.unit + text_w > at.x + size.x - pad) {  // wrap to a second row
      lx = at.x + pad;
      legend_y += c.unit * 1.2f;
    }
    c.list->AddRectFilled(ImVec2(lx, legend_y + c.unit * 0.3f), ImVec2(lx + c.unit * 0.7f, legend_y + c.unit * 0.7f),
                          colour(col));
    small_text(c, ImVec2(lx + c.unit, legend_y), colour(c.p.muted), text);
    lx += c.unit * 1.4f + text_w;
  };
  legend(mix(c.p.surface, cramp_colour, 0.5f), "cramps per night");
  legend(cramp_colour, "7-night average");
  legend(severity_colour, "severity (0-10)");
  legend(green, "stretched");

  const float top = legend_y + c.unit * 2.0f;
  const float marks = c.unit * 0.6f;
  const float bottom = at.y + size.y - pad - c.unit * 1.3f - marks - c.unit * 0.3f;
  const float left = at.x + pad + c.unit * 1.6f;
  const float right = at.x + size.x - pad - c.unit * 1.6f;
  const float slot = (right - left) / static_cast<float>(stats.recent_days.size());
  int most = 4;
  for (const DayFigures& d : stats.recent_days) most = std::max(most, d.cramps.value_or(0));
  const auto y_of = [&](double value, double scale) { return bottom - static_cast<float>(value / scale) * (bottom - top); };
  c.list->AddLine(ImVec2(left, bottom), ImVec2(right, bottom), colour(c.p.muted));
  small_text(c, ImVec2(at.x + pad, top - c.unit * 0.5f), colour(cramp_colour), std::to_string(most));
  small_text(c, ImVec2(at.x + pad, bottom - c.unit * 0.9f), colour(c.p.muted), "0");
  small_text(c, ImVec2(right + c.unit * 0.3f, top - c.unit * 0.5f), colour(severity_colour), "10");
  std::vector<ImVec2> average;
  std::vector<ImVec2> severity;
  for (std::size_t i = 0; i < stats.recent_days.size(); ++i) {
    const DayFigures& d = stats.recent_days[i];
    const float x = left + static_cast<float>(i) * slot;
    if (i % 28 == 0) small_text(c, ImVec2(x, at.y + size.y - pad - c.unit * 1.1f), colour(c.p.muted), short_date(d.day));
    if (d.day > stats.today) continue;
    if (d.completed > 0) {
      c.list->AddRectFilled(ImVec2(x, bottom + c.unit * 0.3f), ImVec2(x + std::max(1.0f, slot * 0.8f), bottom + c.unit * 0.3f + marks),
                            colour(green));
    }
    if (d.cramps && *d.cramps > 0) {
      c.list->AddRectFilled(ImVec2(x, y_of(*d.cramps, most)), ImVec2(x + std::max(1.0f, slot * 0.8f), bottom),
                            colour(mix(c.p.surface, cramp_colour, 0.5f)));
    }
    if (d.cramps_7day) average.emplace_back(x + slot / 2, y_of(*d.cramps_7day, most));
    if (d.severity_7day) severity.emplace_back(x + slot / 2, y_of(*d.severity_7day, 10.0));
  }
  const float thick = std::max(2.0f, c.unit * 0.18f);
  if (severity.size() > 1) c.list->AddPolyline(severity.data(), static_cast<int>(severity.size()), colour(severity_colour), 0, thick);
  if (average.size() > 1) c.list->AddPolyline(average.data(), static_cast<int>(average.size()), colour(cramp_colour), 0, thick * 1.4f);
  const bool any = std::any_of(stats.recent_days.begin(), stats.recent_days.end(),
                               [](const DayFigures& d) { return d.cramps.has_value(); });
  if (!any) {
    const char* empty = "No diary entries in these weeks: add one after a session.";
    const float width = right - left;
    if (c.fonts.body->CalcTextSizeA(c.unit, FLT_MAX, 0, empty).x <= width) {
      centred_text(c.list, c.fonts.body, c.unit, (left + right) / 2, (top + bottom) / 2 - c.unit / 2, colour(c.p.muted), empty);
    } else {
      c.list->AddText(c.fonts.body, c.unit, ImVec2(left, (top + bottom) / 2 - c.unit), colour(c.p.muted), empty, nullptr, width);
    }
  }
}

std::string signed_one_decimal(double value) { return fmt::format("{:+.1f}", value); }

void six_week_check_card(const Canvas& c, ImVec2 at, ImVec2 size, const ProgressStats& stats) {
  card_background(c, at, size);
  const float pad = c.unit * 0.8f;
  heading(c, ImVec2(at.x + pad, at.y + pad), "Six-week check");
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
    line(muted, "Write down each night's cramps (the summary screen asks after a session). After two weeks "
                "this compares your first diary week with your latest one.");
    return;
  }
  const SixWeekCheck& check = *stats.six_week_check;
  line(muted, fmt::format("First week ({} - {}):", short_date(check.first_week.first), short_date(check.first_week.last)));
  line(text, fmt::format("  {:.1f} cramps a night, severity {:.1f}", check.first_week.cramps_per_night,
                         check.first_week.mean_severity));
  line(muted, fmt::format("Latest week ({} - {}):", short_date(check.recent_week.first), short_date(check.recent_week.last)));
  line(text, fmt::format("  {:.1f} cramps a night, severity {:.1f}", check.recent_week.cramps_per_night,
                         check.recent_week.mean_severity));
  const bool better = check.cramps_change < 0;
  const ImVec4 verdict = better ? phase_colour(PhaseKind::rest) : (check.cramps_change > 0 ? c.p.danger : c.p.text);
  c.list->AddText(c.fonts.heading, c.unit * 1.3f, ImVec2(at.x + pad, y + c.unit * 0.2f), colour(verdict),
                  fmt::format("{} cramps a night, {} severity", signed_one_decimal(check.cramps_change),
                              signed_one_decimal(check.severity_change))
                      .c_str());
  y += c.unit * 2.0f;
  line(muted, fmt::format("{} In the trial, stretching gave 1.2 fewer cramps a night and 1.3 less severity after six weeks.",
                          check.six_weeks_reached ? fmt::format("After {:.0f} weeks.", check.weeks_apart + 1)
                                                  : fmt::format("Week {:.0f} of 6 so far.", check.weeks_apart + 1)));
}

}  // namespace

std::optional<ProgressIntent> ProgressView::draw(const ProgressModel& model, ThemeKind theme, const ViewFonts& fonts) {
  buttons_.clear();
  std::optional<ProgressIntent> intent;
  const Palette& p = palette(theme);
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const float unit = fonts.body_px;
  const float margin = unit * 1.2f;
  const float gap = unit * 0.8f;
  const ProgressStats& stats = model.stats;

  begin_screen("Progress");
  ImGui::SetCursorPos(ImVec2(margin, margin));
  ImGui::PushFont(fonts.title);
  ImGui::TextUnformatted("Progress");
  ImGui::PopFont();
  ImGui::SameLine();
  const ImVec2 back_size(unit * 8, unit * 2.4f);
  ImGui::SetCursorPos(ImVec2(size.x - margin - back_size.x, margin + unit * 0.5f));
  if (big_button("Back", back_size, buttons_)) intent = ProgressIntent{ProgressIntent::Kind::back};
  if (!model.notice.empty()) {
    ImGui::SetCursorPosX(margin);
    ImGui::PushTextWrapPos(size.x - margin);
    ImGui::TextColored(p.danger, "%s", model.notice.c_str());
    ImGui::PopTextWrapPos();
  }

  ImGui::SetCursorPosX(margin);
  ImGui::BeginChild("progress-scroll", ImVec2(size.x - 2 * margin, size.y - ImGui::GetCursorPosY() - margin), false,
                    ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NavFlattened);
  drag_to_scroll(dragging_);
  const float width = ImGui::GetContentRegionAvail().x;
  const Canvas canvas{ImGui::GetWindowDrawList(), p, fonts, unit};
  const bool wide = width >= unit * 44;

  // Tiles: two rows of two unless four fit with room for the goal's - and + beside its figure.
  const int per_row = width >= unit * 58 ? 4 : 2;
  const float tile_w = (width - gap * static_cast<float>(per_row - 1)) / static_cast<float>(per_row);
  const float tile_h = unit * 6.0f;
  const ImVec4 green = phase_colour(PhaseKind::rest);
  struct Tile {
    std::string figure, label, detail;
    ImVec4 tint;
  };
  const Tile tiles[4] = {
      {count_of(stats.current_streak, "day", "days"), "Streak", fmt::format("best {}", count_of(stats.best_streak, "day", "days")),
       stats.current_streak > 0 ? green : p.text},
      {fmt::format("{} of {}", stats.days_this_week, stats.goal_days), "This week",
       fmt::format("goal: {} a week", count_of(stats.goal_days, "day", "days")),
       stats.days_this_week >= stats.goal_days ? green : p.text},
      {count_of(stats.goal_weeks_in_row, "week", "weeks"), "Goal met", "in a row", stats.goal_weeks_in_row > 0 ? green : p.text},
      {count_of(stats.completed_sessions, "session", "sessions"), "In all",
       fmt::format("{:.0f} minutes stretching", stats.total_minutes), p.text},
  };
  ImVec2 goal_tile{};
  for (int i = 0; i < 4; ++i) {
    if (i % per_row != 0) ImGui::SameLine(0, gap);
    const ImVec2 at = reserve(tile_w, tile_h);
    stat_tile(canvas, at, ImVec2(tile_w, tile_h), tiles[i].figure, tiles[i].label, tiles[i].detail, tiles[i].tint);
    if (i == 1) goal_tile = at;
  }
  {
    // The goal is set where its effect shows: - and + on the "This week" tile.
    const ImVec2 after_tiles = ImGui::GetCursorScreenPos();
    const float side = std::max(unit * 2.4f, kMinTouchPixels);
    const ImVec2 button(side, side);
    ImGui::SetCursorScreenPos(ImVec2(goal_tile.x + tile_w - unit * 0.6f - button.x * 2 - unit * 0.3f, goal_tile.y + unit * 0.6f));
    ImGui::PushID("goal");
    if (big_button("-", button, buttons_)) intent = ProgressIntent{ProgressIntent::Kind::goal_down};
    ImGui::SameLine(0, unit * 0.3f);
    if (big_button("+", button, buttons_)) intent = ProgressIntent{ProgressIntent::Kind::goal_up};
    ImGui::PopID();
    ImGui::SetCursorScreenPos(after_tiles);
  }
  ImGui::Dummy(ImVec2(0, gap * 0.25f));

  const float column_w = wide ? (width - gap) / 2 : width;
  const float chart_h = std::clamp(column_w * 0.42f, unit * 12, unit * 17);
  const auto section = [&](auto draw_section, float height, bool same_line) {
    if (same_line) ImGui::SameLine(0, gap);
    const ImVec2 at = reserve(column_w, height);
    draw_section(canvas, at, ImVec2(column_w, height), stats);
  };
  section(heat_map, chart_h, false);
  section(cramp_chart, chart_h, wide);
  const float lower_h = std::max(chart_h * 0.8f, unit * 14.5f);
  section(minutes_bars, wide ? lower_h : chart_h * 0.8f, false);
  section(six_week_check_card, lower_h, wide);

  // The session list, newest first.
  ImGui::Dummy(ImVec2(0, gap * 0.5f));
  ImGui::PushFont(fonts.heading);
  ImGui::TextUnformatted("Sessions");
  ImGui::PopFont();
  if (model.sessions.empty()) ImGui::TextColored(p.muted, "No sessions yet. Start one from the library.");
  const float row_h = std::max(kMinTouchPixels, unit * 2.6f);
  for (std::size_t i = 0; i < model.sessions.size(); ++i) {
    const SessionRow& row = model.sessions[i];
    ImGui::PushID(static_cast<int>(i));
    const ImVec2 at = ImGui::GetCursorScreenPos();
    if (i % 2 == 0) {
      canvas.list->AddRectFilled(at, ImVec2(at.x + width, at.y + row_h), colour(mix(p.background, p.surface, 0.6f)),
                                 unit * 0.3f);
    }
    const float text_y = at.y + (row_h - unit) / 2;
    const ImVec4 outcome_colour = !row.deleted && row.outcome == "completed" ? green : p.muted;
    canvas.list->AddText(fonts.body, unit, ImVec2(at.x + unit * 0.6f, text_y), colour(p.text), row.when.c_str());
    const float outcome_x = at.x + width - unit * 17;
    // A long name stops short of the outcome column.
    const std::string routine = fit_text(row.routine, outcome_x - (at.x + unit * 7.5f) - unit * 0.5f);
    canvas.list->AddText(fonts.body, unit, ImVec2(at.x + unit * 7.5f, text_y), colour(p.text), routine.c_str());
    canvas.list->AddText(fonts.body, unit, ImVec2(outcome_x, text_y), colour(outcome_colour),
                         row.deleted ? "deleted" : row.outcome.c_str());
    canvas.list->AddText(fonts.body, unit, ImVec2(outcome_x + unit * 6.5f, text_y), colour(p.text), row.time.c_str());
    ImGui::SetCursorScreenPos(ImVec2(at.x + width - unit * 6, at.y));
    // A deleted row stays where it was, with Undo in its button's place: a second tap meant for
    // Delete can only bring the session back, never delete the next one sliding up.
    if (big_button(row.deleted ? "Undo" : "Delete", ImVec2(unit * 6, row_h), buttons_)) {
      intent = ProgressIntent{row.deleted ? ProgressIntent::Kind::undo_delete : ProgressIntent::Kind::delete_session,
                              static_cast<int>(i)};
    }
    ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + row_h + unit * 0.2f));
    ImGui::Dummy(ImVec2(0, 0));
    ImGui::PopID();
  }
  ImGui::EndChild();
  ImGui::End();
  return intent;
}

}  // namespace limber
