#include "ui/summary_view.hpp"

#include <algorithm>

namespace limber {

std::optional<SummaryIntent> SummaryView::draw(const SummaryModel& model, ThemeKind theme, const ViewFonts& fonts) {
  buttons_.clear();
  std::optional<SummaryIntent> intent;
  const Palette& p = palette(theme);
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const float unit = fonts.body_px;
  const float margin = unit * 1.5f;
  const ImVec4 tint = model.completed ? phase_colour(PhaseKind::rest) : p.muted;
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(size);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, mix(p.background, tint, 0.12f));
  ImGui::Begin("Summary", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
  ImGui::SetCursorPos(ImVec2(margin, margin));
  ImGui::PushFont(fonts.title);
  ImGui::TextColored(tint, "%s", model.completed ? "Well done!" : "Session stopped");
  ImGui::PopFont();
  ImGui::SetCursorPosX(margin);
  ImGui::PushFont(fonts.heading);
  ImGui::TextUnformatted(model.routine.c_str());
  ImGui::PopFont();
  ImGui::SetCursorPosX(margin);
  ImGui::Text("Time spent: %s", model.time.c_str());
  ImGui::Dummy(ImVec2(0, unit * 0.6f));
  for (const std::string& row : model.rows) {
    ImGui::SetCursorPosX(margin);
    ImGui::TextUnformatted(row.c_str());
  }
  const ImVec2 button(std::min(unit * 14, (size.x - 3 * margin) / 2), unit * 3.6f);
  ImGui::SetCursorPos(ImVec2(margin, size.y - margin - button.y));
  ImGui::PushFont(fonts.heading);
  if (big_button("Back to library", button, buttons_)) intent = SummaryIntent::back_to_library;
  ImGui::SameLine(0, margin);
  if (big_button("Do it again", button, buttons_)) intent = SummaryIntent::again;
  ImGui::PopFont();
  ImGui::End();
  ImGui::PopStyleColor();
  return intent;
}

}  // namespace limber
