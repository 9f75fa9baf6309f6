#include "ui/widgets.hpp"

#include <utility>

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace limber {

namespace {
// Like ImGui's own state, one per process: there is one UI thread.
bool focus_shown = false;
bool drawing_question = false;
std::string focus_wanted;

// Gives the last item the keyboard focus if it was asked for, and keeps it in view.
void take_focus_if_wanted(const std::string& label) {
  if (focus_wanted.empty() || focus_wanted != label) return;
  focus_wanted.clear();
  ImGuiContext& g = *GImGui;
  ImGui::SetFocusID(ImGui::GetItemID(), ImGui::GetCurrentWindow());
  g.NavDisableHighlight = false;
  g.NavDisableMouseHover = true;
  // Into view, scrolling whichever window around it scrolls (a card's list, a page).
  ImGui::ScrollToItem(ImGuiScrollFlags_KeepVisibleEdgeY);
}
}  // namespace

void begin_screen(const char* name) {
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
  ImGui::Begin(name, nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
}

void begin_overlay(const char* name) {
  drawing_question = true;
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0, 0, 0, 0.75f));
  ImGui::Begin(name, nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
}

void end_overlay() {
  drawing_question = false;
  ImGui::End();
  ImGui::PopStyleColor();
}


bool take_focus_shown() { return std::exchange(focus_shown, false); }

std::string next_in_tab_order(const DrawnButtons& drawn, bool backwards) {
  DrawnButtons order;
  const bool question = std::any_of(drawn.begin(), drawn.end(), [](const DrawnButton& b) { return b.question; });
  for (const DrawnButton& b : drawn) {
    if (b.question == question) order.push_back(b);
  }
  if (order.empty()) return {};
  const auto focused = std::find_if(order.begin(), order.end(), [](const DrawnButton& b) { return b.focused; });
  const auto count = static_cast<std::ptrdiff_t>(order.size());
  std::ptrdiff_t at = focused == order.end() ? (backwards ? count - 1 : 0)
                                             : (focused - order.begin() + (backwards ? count - 1 : 1)) % count;
  return order[static_cast<std::size_t>(at)].label;
}

void request_focus(const std::string& label) { focus_wanted = label; }

bool focus_ring() {
  if (!ImGui::GetIO().NavVisible || !ImGui::IsItemFocused()) return false;
  focus_shown = true;
  const float thickness = std::max(3.0f, ImGui::GetFontSize() * 0.2f);
  const ImVec2 grow(thickness * 1.5f, thickness * 1.5f);
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  ImGui::GetWindowDrawList()->AddRect(ImVec2(min.x - grow.x, min.y - grow.y), ImVec2(max.x + grow.x, max.y + grow.y),
                                      ImGui::GetColorU32(ImGuiCol_NavHighlight), ImGui::GetStyle().FrameRounding + grow.x,
                                      ImDrawFlags_None, thickness);
  return true;
}

bool big_button(const char* label, ImVec2 size, DrawnButtons& drawn) {
  const bool pressed = ImGui::Button(label, ImVec2(size.x, std::max(size.y, kMinTouchPixels)));
  take_focus_if_wanted(label);
  const bool focused = focus_ring();
  drawn.push_back(DrawnButton{label, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), focused, drawing_question});
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
  take_focus_if_wanted(id);
  const bool focused = focus_ring();
  drawn.push_back(DrawnButton{id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), focused, drawing_question});
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
