#include "ui/widgets.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace limber {

void begin_screen(const char* name) {
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
  ImGui::Begin(name, nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
}

void begin_overlay(const char* name) {
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0, 0, 0, 0.75f));
  ImGui::Begin(name, nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
}

void end_overlay() {
  ImGui::End();
  ImGui::PopStyleColor();
}

bool big_button(const char* label, ImVec2 size, DrawnButtons& drawn) {
  const bool pressed = ImGui::Button(label, ImVec2(size.x, std::max(size.y, kMinTouchPixels)));
  drawn.push_back(DrawnButton{label, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
  return pressed;
}

bool text_field(const char* id, std::string* text, float width, DrawnButtons& drawn, int lines) {
  ImGui::SetNextItemWidth(width);
  bool changed = false;
  if (lines > 1) {
    const float height = ImGui::GetTextLineHeight() * static_cast<float>(lines) + ImGui::GetStyle().FramePadding.y * 2;
    changed = ImGui::InputTextMultiline(id, text, ImVec2(width, std::max(height, kMinTouchPixels)));
  } else {
    changed = ImGui::InputText(id, text, ImGuiInputTextFlags_AutoSelectAll);
  }
  drawn.push_back(DrawnButton{id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
  return changed;
}

void drag_to_scroll(bool& dragging) {
  if (ImGui::IsMouseClicked(0) && ImGui::IsWindowHovered() && !ImGui::IsAnyItemHovered()) dragging = true;
  if (!ImGui::IsMouseDown(0)) dragging = false;
  // Not on the press itself: a finger lifting here and landing there is no drag.
  if (dragging && !ImGui::IsMouseClicked(0)) ImGui::SetScrollY(ImGui::GetScrollY() - ImGui::GetIO().MouseDelta.y);
}

void centred_text(ImDrawList* list, ImFont* font, float size, float centre_x, float y, ImU32 colour, const char* text) {
  const ImVec2 extent = font->CalcTextSizeA(size, 1e9f, 0, text);
  list->AddText(font, size, ImVec2(centre_x - extent.x / 2, y), colour, text);
}

void progress_ring(ImDrawList* list, ImVec2 centre, float radius, float thickness, float fraction, ImU32 track, ImU32 fill) {
  const int segments = std::max(48, static_cast<int>(radius / 3));
  list->AddCircle(centre, radius, track, segments, thickness);
  fraction = std::clamp(fraction, 0.0f, 1.0f);
  if (fraction <= 0) return;
  const float start = -std::numbers::pi_v<float> / 2;
  list->PathArcTo(centre, radius, start, start + fraction * 2 * std::numbers::pi_v<float>,
                  std::max(2, static_cast<int>(static_cast<float>(segments) * fraction)));
  list->PathStroke(fill, ImDrawFlags_None, thickness);
}

}  // namespace limber
