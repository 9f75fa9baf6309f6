#include "ui/rescue_view.hpp"

#include <algorithm>

#include "core/base/translate.hpp"
#include "core/routine/routine.hpp"
#include "core/routine/side_words.hpp"

namespace limber {

std::optional<RescueIntent> RescueView::draw(const RescueModel& model, ThemeKind theme, const ViewFonts& fonts) {
  buttons_.clear();
  std::optional<RescueIntent> intent;
  const Palette& p = palette(theme);
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const float unit = fonts.body_px;
  const float margin = unit * 1.2f;
  if (begin_screen_with_back(tr("A cramp? Which leg?"), fonts.title, unit, buttons_)) intent = RescueIntent::back;
  ImGui::SetCursorPosX(margin);
  ImGui::PushTextWrapPos(size.x - margin);
  if (model.problem.empty()) {
    ImGui::TextColored(p.muted, "%s",
                       tr("Limber talks you through stretching it out, in dim red light. The cramp goes into your diary."));
  } else {
    ImGui::TextColored(p.danger, "%s", model.problem.c_str());
  }
  ImGui::PopTextWrapPos();
  // Two buttons filling the rest of the screen: side by side in a wide window, one above the
  // other in a tall one.
  const float top = ImGui::GetCursorPosY() + unit * 0.8f;
  const float gap = unit * 1.2f;
  const float room_w = size.x - 2 * margin;
  const float room_h = std::max(size.y - top - margin, min_touch_pixels() * 2 + gap);
  const bool stacked = room_w < room_h;
  const ImVec2 button = stacked ? ImVec2(room_w, (room_h - gap) / 2) : ImVec2((room_w - gap) / 2, room_h);
  push_font(fonts.title);
  ImGui::SetCursorPos(ImVec2(margin, top));
  if (big_button(side_label(Side::left, SideOf::leg).c_str(), button, buttons_)) intent = RescueIntent::left_leg;
  if (stacked) {
    ImGui::SetCursorPos(ImVec2(margin, top + button.y + gap));
  } else {
    ImGui::SameLine(0, gap);
  }
  if (big_button(side_label(Side::right, SideOf::leg).c_str(), button, buttons_)) intent = RescueIntent::right_leg;
  pop_font();
  ImGui::End();
  return intent;
}

}  // namespace limber
