#include "ui/summary_view.hpp"

#include "core/base/translate.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace limber {

std::optional<SummaryIntent> SummaryView::draw_diary(const DiaryPrompt& diary, ThemeKind theme, const ViewFonts& fonts,
                                                   float width) {
  std::optional<SummaryIntent> intent;
  const Palette& p = palette(theme);
  const float unit = fonts.body_px;
  const float margin = unit * 1.5f;
  const float gap = unit * 0.4f;
  ImGui::SetCursorPosX(margin);
  push_font(fonts.heading);
  ImGui::TextUnformatted(format(diary.tonight ? tr("Tonight ({0})") : tr("Last night ({0})"), diary.night).c_str());
  pop_font();
  if (!diary.counted.empty()) {
    ImGui::SetCursorPosX(margin);
    ImGui::PushTextWrapPos(margin + width);
    ImGui::TextColored(p.muted, "%s", format(tr("Counted with Cramp now: {0}"), diary.counted).c_str());
    ImGui::PopTextWrapPos();
  }
  if (!diary.error.empty()) {
    ImGui::SetCursorPosX(margin);
    ImGui::PushTextWrapPos(margin + width);
    ImGui::TextColored(p.danger, "%s", format(tr("Not saved: {0}"), diary.error).c_str());
    ImGui::PopTextWrapPos();
  }
  // The rest of the block keeps the height of its tallest state (saved, with the severity question
  // under it), so a tap here never moves "Also tried today" below: the next tap lands where aimed.
  const float block_top = ImGui::GetCursorPosY();
  const ImGuiStyle& style = ImGui::GetStyle();
  const auto text_h = [&](const char* text) { return ImGui::CalcTextSize(text, nullptr, false, width).y + style.ItemSpacing.y; };
  const float row_h = unit * 2.6f + style.ItemSpacing.y;
  const float saved_h = std::max(ImGui::GetTextLineHeight(), unit * 2.4f) + style.ItemSpacing.y;
  const float block_h =
      std::max(text_h(tr("Any leg cramps in the night? One tap writes it in your diary.")) + row_h,
               saved_h + text_h(tr("How bad was the worst one? 1 is mild, 10 the worst you can imagine. (Or later.)")) + row_h);
  if (!diary.saved.empty() && !diary.changing) {
    ImGui::SetCursorPosX(margin);
    ImGui::TextColored(phase_colour(PhaseKind::rest, p), "%s", format(tr("Saved in the diary: {0}"), diary.saved).c_str());
    ImGui::SameLine(0, unit);
    if (big_button(tr("Change"), ImVec2(unit * 6, unit * 2.4f), buttons_)) {
      intent = SummaryIntent{SummaryIntent::Kind::diary_change};
    }
  } else {
    ImGui::SetCursorPosX(margin);
    ImGui::TextColored(p.muted, "%s", tr("Any leg cramps in the night? One tap writes it in your diary."));
    ImGui::SetCursorPosX(margin);
    const float cramp_w = std::min(unit * 4.5f, (width - gap * (kDiaryCrampsButtons - 1)) / kDiaryCrampsButtons);
    for (int n = 0; n < kDiaryCrampsButtons; ++n) {
      if (n > 0) ImGui::SameLine(0, gap);
      const std::string label =
          n == 0 ? trc("no cramps", "None") : (n == kDiaryCrampsButtons - 1 ? fmt::format("{}+", n) : std::to_string(n));
      if (big_button(fmt::format("{}##cramps", label).c_str(), ImVec2(cramp_w, unit * 2.6f), buttons_)) {
        intent = SummaryIntent{SummaryIntent::Kind::diary_cramps, n};
      }
    }
  }
  if (diary.cramps && *diary.cramps > 0 && !diary.changing) {
    ImGui::SetCursorPosX(margin);
    ImGui::TextColored(p.muted, "%s", tr("How bad was the worst one? 1 is mild, 10 the worst you can imagine. (Or later.)"));
    ImGui::SetCursorPosX(margin);
    const float severity_w = std::min(unit * 3.2f, (width - gap * 9) / 10);
    for (int s = 1; s <= 10; ++s) {
      if (s > 1) ImGui::SameLine(0, gap);
      if (big_button(fmt::format("{}##severity", s).c_str(), ImVec2(severity_w, unit * 2.6f), buttons_)) {
        intent = SummaryIntent{SummaryIntent::Kind::diary_severity, s};
      }
    }
    // The question just appeared below the fold: bring it into view (only then, so nothing on a
    // screen where it fits moves).
    const float visible_bottom = ImGui::GetWindowPos().y + ImGui::GetWindowHeight();
    if (!severity_shown_ && ImGui::GetItemRectMax().y > visible_bottom) ImGui::SetScrollHereY(1.0f);
    severity_shown_ = true;
  } else {
    severity_shown_ = false;
  }
  ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), block_top + block_h));
  ImGui::Dummy(ImVec2(0, 0));
  return intent;
}

std::optional<SummaryIntent> SummaryView::draw(const SummaryModel& model, ThemeKind theme, const ViewFonts& fonts) {
  buttons_.clear();
  std::optional<SummaryIntent> intent;
  const Palette& p = palette(theme);
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const float unit = fonts.body_px;
  const float margin = unit * 1.5f;
  const ImVec4 tint = model.completed ? phase_colour(PhaseKind::rest, p) : p.muted;
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(size);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, mix(p.background, graphic(tint, p), p.tint));
  ImGui::Begin("Summary", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
  const float buttons = model.offer_close ? 3.0f : 2.0f;
  const ImVec2 button(std::min(unit * 14, (size.x - (buttons + 1) * margin) / buttons), unit * 3.6f);
  const float bar_top = size.y - margin - button.y;
  // Everything above the bar scrolls in its own region, so on a short screen nothing is ever
  // drawn (or tapped) under "Back" and "Do it again".
  ImGui::SetCursorPos(ImVec2(0, 0));
  ImGui::BeginChild("summary-body", ImVec2(size.x, bar_top - unit * 0.5f), false,
                    ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NavFlattened);
  drag_to_scroll(dragging_);
  ImGui::PushTextWrapPos(size.x - margin);  // long names wrap rather than run off the side
  ImGui::SetCursorPos(ImVec2(margin, margin));
  push_font(fonts.title);
  ImGui::TextColored(tint, "%s", model.headline.c_str());
  pop_font();
  ImGui::SetCursorPosX(margin);
  push_font(fonts.heading);
  ImGui::TextUnformatted(model.routine.c_str());
  pop_font();
  ImGui::SetCursorPosX(margin);
  ImGui::TextUnformatted(format(tr("Time spent: {0}"), model.time).c_str());
  if (!model.history_notice.empty()) {
    ImGui::SetCursorPosX(margin);
    ImGui::TextColored(p.danger, "%s", model.history_notice.c_str());
  }
  ImGui::Dummy(ImVec2(0, unit * 0.6f));
  for (const std::string& row : model.rows) {
    ImGui::SetCursorPosX(margin);
    ImGui::TextUnformatted(row.c_str());
  }
  if (!model.diary.night.empty()) {
    ImGui::Dummy(ImVec2(0, unit * 0.8f));
    if (auto diary = draw_diary(model.diary, theme, fonts, size.x - 2 * margin)) intent = diary;
  }
  if (!model.tried_day.empty()) {
    ImGui::Dummy(ImVec2(0, unit * 0.8f));
    ImGui::SetCursorPosX(margin);
    push_font(fonts.heading);
    ImGui::TextUnformatted(format(tr("Also tried today ({0})"), model.tried_day).c_str());
    pop_font();
    ImGui::SetCursorPosX(margin);
    ImGui::TextColored(p.muted, "%s", tr("Tick what else you did against cramps. The report compares the nights after."));
    ImGui::SetCursorPosX(margin);
    if (auto tapped = draw_tried_ticks(model.tried, p, unit, size.x - 2 * margin, buttons_)) {
      intent = SummaryIntent{SummaryIntent::Kind::toggle_tried, *tapped};
    }
  }
  ImGui::Dummy(ImVec2(0, margin * 0.5f));
  ImGui::PopTextWrapPos();
  ImGui::EndChild();
  ImGui::SetCursorPos(ImVec2(margin, bar_top));
  push_font(fonts.heading);
  if (model.offer_close) {
    if (big_button(tr("Close Limber"), button, buttons_)) intent = SummaryIntent{SummaryIntent::Kind::close};
    ImGui::SameLine(0, margin);
  }
  if (big_button(model.back_label.c_str(), button, buttons_)) intent = SummaryIntent{SummaryIntent::Kind::back_to_library};
  ImGui::SameLine(0, margin);
  if (big_button(tr("Do it again"), button, buttons_)) intent = SummaryIntent{SummaryIntent::Kind::again};
  pop_font();
  ImGui::End();
  ImGui::PopStyleColor();
  return intent;
}

}  // namespace limber
