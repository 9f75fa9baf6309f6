#include "ui/progress_view.hpp"

#include "core/base/translate.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "ui/night_editor_view.hpp"
#include "ui/progress_charts.hpp"

namespace limber {
namespace {

std::string days(long count) { return format(trn("{0} day", "{0} days", count), count); }

// A session's outcome as the list says it (the model keeps the history's key).
const char* outcome_words(const std::string& outcome) {
  if (outcome == "completed") return tr("completed");
  if (outcome == "stopped") return tr("stopped");
  if (outcome == "interrupted") return tr("interrupted");
  return tr("in progress");
}

// Where a tap of the current window landed this frame: released where it was pressed, not dragged
// (a drag scrolls the page).
std::optional<ImVec2> tapped_point(float unit) {
  const ImGuiIO& io = ImGui::GetIO();
  if (!ImGui::IsMouseReleased(0) || !ImGui::IsWindowHovered()) return std::nullopt;
  if (io.MouseDragMaxDistanceSqr[0] > unit * unit * 0.36f) return std::nullopt;
  return io.MouseClickedPos[0];
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

  if (begin_screen_with_back(tr("Progress"), fonts.title, unit, buttons_)) intent = ProgressIntent{ProgressIntent::Kind::back};
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
  const ImVec4 green = phase_colour(PhaseKind::rest, p);
  struct Tile {
    std::string figure, label, detail;
    ImVec4 tint;
  };
  const Tile tiles[4] = {
      {days(stats.current_streak), tr("Streak"), format(tr("best {0}"), days(stats.best_streak)),
       stats.current_streak > 0 ? green : p.text},
      {format(tr("{0} of {1}"), stats.days_this_week, stats.goal_days), tr("This week"),
       format(tr("goal: {0} a week"), days(stats.goal_days)),
       stats.days_this_week >= stats.goal_days ? green : p.text},
      {format(trn("{0} week", "{0} weeks", stats.goal_weeks_in_row), stats.goal_weeks_in_row), tr("Goal met"), tr("in a row"),
       stats.goal_weeks_in_row > 0 ? green : p.text},
      {format(trn("{0} session", "{0} sessions", stats.completed_sessions), stats.completed_sessions), tr("In all"),
       format(trn("{0} minute stretching", "{0} minutes stretching", std::lround(stats.total_minutes)),
              std::lround(stats.total_minutes)),
       p.text},
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
    const float side = std::max(unit * 2.4f, min_touch_pixels());
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
    return draw_section(canvas, at, ImVec2(column_w, height), stats);
  };
  calendar_ = section(heat_map, chart_h, false);
  cramp_days_ = section(cramp_chart, chart_h, wide);
  if (model.night) {
    mark_day(canvas, calendar_, model.night->night);
    mark_day(canvas, cramp_days_, model.night->night);
  } else if (const auto tapped = tapped_point(unit)) {
    // A tap (not a drag that scrolls) on a day of either chart opens that night.
    auto day = calendar_.day_at(*tapped, stats);
    if (!day) day = cramp_days_.day_at(*tapped, stats);
    if (day) intent = ProgressIntent{.kind = ProgressIntent::Kind::open_night, .value = *day};
  }
  if (stats.earlier || stats.weeks_back > 0) {
    // Earlier weeks, a calendar's worth at a time (the row stays while paging, so nothing moves).
    const char* earlier = tr("\u2190 Earlier weeks");
    const char* later = tr("Later weeks \u2192");
    ImGui::BeginDisabled(!stats.earlier);
    if (big_button(earlier, ImVec2(ImGui::CalcTextSize(earlier).x + unit * 1.6f, unit * 2.4f), buttons_)) {
      intent = ProgressIntent{ProgressIntent::Kind::chart_earlier};
    }
    ImGui::EndDisabled();
    ImGui::SameLine(0, unit * 0.6f);
    ImGui::BeginDisabled(stats.weeks_back == 0);
    if (big_button(later, ImVec2(ImGui::CalcTextSize(later).x + unit * 1.6f, unit * 2.4f), buttons_)) {
      intent = ProgressIntent{ProgressIntent::Kind::chart_later};
    }
    ImGui::EndDisabled();
  }
  {
    const char* open_label = tr("A night's diary");
    if (big_button(open_label, ImVec2(ImGui::CalcTextSize(open_label).x + unit * 1.6f, unit * 2.4f), buttons_)) {
      intent = ProgressIntent{.kind = ProgressIntent::Kind::open_night, .value = last_night(stats.today)};
    }
    ImGui::SameLine(0, unit);
    // The words beside it, centred on the button's height.
    const float row_y = ImGui::GetCursorPosY();
    const float row_h = std::max(unit * 2.4f, min_touch_pixels());
    ImGui::SetCursorPosY(row_y + (row_h - ImGui::GetTextLineHeight()) / 2);
    if (!model.undo.empty()) {
      ImGui::TextColored(p.muted, "%s", fit_text(model.undo, width - ImGui::GetCursorPosX() - unit * 7).c_str());
      ImGui::SameLine(0, unit * 0.6f);
      ImGui::SetCursorPosY(row_y);
      if (big_button(fmt::format("{}##night", tr("Undo")).c_str(), ImVec2(unit * 6, unit * 2.4f), buttons_)) intent = ProgressIntent{ProgressIntent::Kind::undo_night};
    } else {
      ImGui::TextColored(p.muted, "%s", fit_text(tr("or tap a night in the calendar or the chart."), width - ImGui::GetCursorPosX()).c_str());
    }
  }
  const float lower_h = std::max(chart_h * 0.8f, unit * 14.5f);
  section(minutes_bars, wide ? lower_h : chart_h * 0.8f, false);
  section(six_week_check_card, lower_h, wide);
  {
    // The last six weeks as a PDF to hand to a doctor (core/history/report.hpp).
    ImGui::Dummy(ImVec2(0, gap * 0.25f));
    const char* save_label = tr("Save a report for the doctor");
    const float save_w = std::min(width, ImGui::CalcTextSize(save_label).x + unit * 1.6f);
    if (big_button(save_label, ImVec2(save_w, unit * 2.4f), buttons_)) intent = ProgressIntent{ProgressIntent::Kind::save_report};
    // Open beside it, once there is a report: the desktop's PDF viewer shows (and prints) it.
    const char* open_label = tr("Open the report");
    const float open_w = ImGui::CalcTextSize(open_label).x + unit * 1.6f;
    if (model.report_openable && save_w + unit + open_w <= width) {
      ImGui::SameLine(0, unit);
      if (big_button(open_label, ImVec2(open_w, unit * 2.4f), buttons_)) intent = ProgressIntent{ProgressIntent::Kind::open_report};
    }
    // Where it went, in two lines kept for it, so the sessions below never move when it is said.
    const float said_h = ImGui::GetTextLineHeightWithSpacing() * 2;
    ImGui::BeginChild("report-said", ImVec2(width, said_h), false,
                      ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoInputs);
    ImGui::PushTextWrapPos(width);
    if (!model.report_saved.empty()) ImGui::TextColored(p.muted, "%s", model.report_saved.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
  }

  // The session list, newest first.
  ImGui::Dummy(ImVec2(0, gap * 0.5f));
  ImGui::PushFont(fonts.heading);
  ImGui::TextUnformatted(tr("Sessions"));
  ImGui::PopFont();
  if (model.sessions.empty()) ImGui::TextColored(p.muted, "%s", tr("No sessions yet. Start one from the library."));
  const float row_h = std::max(min_touch_pixels(), unit * 2.6f);
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
                         row.deleted ? tr("deleted") : outcome_words(row.outcome));
    canvas.list->AddText(fonts.body, unit, ImVec2(outcome_x + unit * 6.5f, text_y), colour(p.text), row.time.c_str());
    ImGui::SetCursorScreenPos(ImVec2(at.x + width - unit * 6, at.y));
    // A deleted row stays where it was, with Undo in its button's place: a second tap meant for
    // Delete can only bring the session back, never delete the next one sliding up.
    if (big_button(row.deleted ? tr("Undo") : tr("Delete"), ImVec2(unit * 6, row_h), buttons_)) {
      intent = ProgressIntent{row.deleted ? ProgressIntent::Kind::undo_delete : ProgressIntent::Kind::delete_session,
                              static_cast<int>(i)};
    }
    ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + row_h + unit * 0.2f));
    ImGui::Dummy(ImVec2(0, 0));
    ImGui::PopID();
  }
  ImGui::EndChild();
  if (model.night) {
    if (auto asked = draw_night_editor(*model.night, model.undo, p, fonts, buttons_)) intent = asked;
  }
  ImGui::End();
  return intent;
}

}  // namespace limber
