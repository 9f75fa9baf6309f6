#include "ui/tried_ticks.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace limber {

std::optional<int> draw_tried_ticks(const std::vector<TriedTick>& ticks, const Palette& p, float unit, float width,
                                    DrawnButtons& drawn) {
  std::optional<int> tapped;
  const float left = ImGui::GetCursorPosX();
  const float gap = unit * 0.5f;
  const float height = unit * 2.4f;
  float used = 0;
  for (std::size_t i = 0; i < ticks.size(); ++i) {
    const TriedTick& tick = ticks[i];
    // Room at the left for the box and its check mark.
    const float box = unit * 1.1f;
    const float w = std::min(ImGui::CalcTextSize(tick.label.c_str()).x + box + unit * 1.8f, width);
    if (i > 0 && used + gap + w <= width) {
      ImGui::SameLine(0, gap);
      used += gap + w;
    } else {
      if (i > 0) ImGui::Dummy(ImVec2(0, unit * 0.1f));
      ImGui::SetCursorPosX(left);
      used = w;
    }
    const ButtonStyle chosen(p, ButtonLook::chosen, unit, tick.done);
    // The label sits right of the box: leading space that the centring gives back.
    const std::string label = fmt::format("{}##tried-{}", tick.label, tick.key);
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(1.0f, 0.5f));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(unit * 0.6f, ImGui::GetStyle().FramePadding.y));
    if (big_button(label.c_str(), ImVec2(w, height), drawn)) tapped = static_cast<int>(i);
    ImGui::PopStyleVar(2);
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    ImDrawList* list = ImGui::GetWindowDrawList();
    const ImVec2 box_min(min.x + unit * 0.6f, (min.y + max.y - box) / 2);
    const ImVec2 box_max(box_min.x + box, box_min.y + box);
    list->AddRect(box_min, box_max, ImGui::GetColorU32(p.text), unit * 0.15f, 0, std::max(1.5f, unit * 0.1f));
    if (tick.done) {
      const ImVec2 points[] = {ImVec2(box_min.x + box * 0.2f, box_min.y + box * 0.52f),
                               ImVec2(box_min.x + box * 0.42f, box_min.y + box * 0.75f),
                               ImVec2(box_min.x + box * 0.8f, box_min.y + box * 0.25f)};
      list->AddPolyline(points, 3, ImGui::GetColorU32(p.text), 0, std::max(2.0f, unit * 0.16f));
    }
  }
  return tapped;
}

}  // namespace limber
