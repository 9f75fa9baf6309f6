#include "ui/widgets.hpp"

#include <utility>

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <numbers>

#include "core/base/translate.hpp"
#include "ui/wrapped_field.hpp"
#include "ui/theme.hpp"

namespace limber {

namespace {
// Like ImGui's own state, one per process: there is one UI thread.
bool focus_shown = false;
bool drawing_question = false;
int overlay_vertices_begin = 0;
std::string focus_wanted;
// The control that wore the focus last: Tab goes on from it when a redraw took the focus away (a
// text field left when its value turned valid or invalid), rather than from the screen's top.
std::string focus_last;

// Gives the last item the keyboard focus if it was asked for, and keeps it in view.
void take_focus_if_wanted(const std::string& label) {
  if (focus_wanted.empty() || focus_wanted != label) return;
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (window->SkipItems) {
    // Its card is scrolled out of view, so ImGui skipped it: bring the card in, and the control
    // takes the focus when it is next drawn.
    if (window->ParentWindow != nullptr) ImGui::ScrollToRect(window->ParentWindow, window->Rect());
    return;
  }
  focus_wanted.clear();
  ImGuiContext& g = *GImGui;
  // A text field that had the keyboard lets go of it: Enter on the control Tab moved to presses
  // that control, not the field.
  if (g.ActiveId != 0 && g.ActiveId != ImGui::GetItemID()) ImGui::ClearActiveID();
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

bool begin_screen_with_back(const char* title, ImFont* title_font, float unit, DrawnButtons& drawn) {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const float margin = unit * 1.2f;
  begin_screen(title);
  // Back at the top right; the title wraps left of it (a narrow screen, a long language).
  const ImVec2 back_size(unit * 8, unit * 2.4f);
  ImGui::SetCursorPos(ImVec2(size.x - margin - back_size.x, margin + unit * 0.5f));
  const bool back = big_button(trc("leave a screen", "Back"), back_size, drawn);
  const float back_bottom = ImGui::GetItemRectMax().y - ImGui::GetWindowPos().y;
  ImGui::SetCursorPos(ImVec2(margin, margin));
  push_font(title_font);
  ImGui::PushTextWrapPos(size.x - margin - back_size.x - unit);
  ImGui::TextUnformatted(title);
  ImGui::PopTextWrapPos();
  pop_font();
  // Under both.
  ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), back_bottom + ImGui::GetStyle().ItemSpacing.y));
  return back;
}

void begin_scrolling_body(const char* id, float unit, bool& dragging) {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const float margin = unit * 1.2f;
  ImGui::SetCursorPosX(margin);
  ImGui::BeginChild(id, ImVec2(size.x - 2 * margin, size.y - ImGui::GetCursorPosY() - margin), false,
                    ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NavFlattened);
  drag_to_scroll(dragging);
}

void begin_overlay(const char* name) {
  drawing_question = true;
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0, 0, 0, 0.75f));
  ImGui::Begin(name, nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
  // The question is drawn on a channel above the panel that end_overlay puts behind it, once the
  // question's extent is known.
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->ChannelsSplit(2);
  list->ChannelsSetCurrent(1);
  overlay_vertices_begin = list->VtxBuffer.Size;
}

void end_overlay() {
  drawing_question = false;
  ImDrawList* list = ImGui::GetWindowDrawList();
  ImVec2 lo(FLT_MAX, FLT_MAX);
  ImVec2 hi(-FLT_MAX, -FLT_MAX);
  for (int i = overlay_vertices_begin; i < list->VtxBuffer.Size; ++i) {
    const ImVec2 at = list->VtxBuffer[i].pos;
    lo = ImVec2(std::min(lo.x, at.x), std::min(lo.y, at.y));
    hi = ImVec2(std::max(hi.x, at.x), std::max(hi.y, at.y));
  }
  list->ChannelsSetCurrent(0);
  if (lo.x <= hi.x) {
    // A panel in the theme's surface colour: the question reads in either theme, over anything.
    const float pad = ImGui::GetFontSize() * 1.2f;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    list->AddRectFilled(ImVec2(std::max(0.0f, lo.x - pad), std::max(0.0f, lo.y - pad)),
                        ImVec2(std::min(display.x, hi.x + pad), std::min(display.y, hi.y + pad)),
                        ImGui::GetColorU32(ImGuiCol_PopupBg), ImGui::GetStyle().WindowRounding);
  }
  list->ChannelsMerge();
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
  auto focused = std::find_if(order.begin(), order.end(), [](const DrawnButton& b) { return b.focused; });
  if (focused == order.end()) {
    focused = std::find_if(order.begin(), order.end(), [](const DrawnButton& b) { return b.label == focus_last; });
  }
  const auto count = static_cast<std::ptrdiff_t>(order.size());
  std::ptrdiff_t at = focused == order.end() ? (backwards ? count - 1 : 0)
                                             : (focused - order.begin() + (backwards ? count - 1 : 1)) % count;
  return order[static_cast<std::size_t>(at)].label;
}

void request_focus(const std::string& label) { focus_wanted = label; }

void forget_last_focus() { focus_last.clear(); }

void hide_keyboard_focus() { GImGui->NavDisableHighlight = true; }

bool focus_ring() {
  // (A control ImGui skipped, in a window scrolled out of view, is not an item at all.)
  if (ImGui::GetCurrentWindow()->SkipItems || !ImGui::GetIO().NavVisible || !ImGui::IsItemFocused()) return false;
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

namespace {

// Where the last item was drawn, what of it shows, and its vertices [begin, now).
DrawnButton drawn_item(const std::string& label, int vertices_begin, bool focused) {
  if (focused) focus_last = label;
  const ImDrawList* list = ImGui::GetWindowDrawList();
  DrawnButton item{label, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), focused, drawing_question};
  if (ImGui::GetCurrentWindow()->SkipItems) {
    // Skipped in a window scrolled out of view: it has no place on the screen this frame.
    item.list = list;
    item.vertices_begin = item.vertices_end = list->VtxBuffer.Size;
    return item;
  }
  const ImVec2 clip_min = list->GetClipRectMin();
  const ImVec2 clip_max = list->GetClipRectMax();
  item.visible_min = ImVec2(std::max(item.min.x, clip_min.x), std::max(item.min.y, clip_min.y));
  item.visible_max = ImVec2(std::min(item.max.x, clip_max.x), std::min(item.max.y, clip_max.y));
  item.list = list;
  item.vertices_begin = vertices_begin;
  item.vertices_end = list->VtxBuffer.Size;
  return item;
}

}  // namespace

namespace {
float g_pixels_per_point = 1.0f;
}  // namespace

void set_pixels_per_point(float ratio) { g_pixels_per_point = ratio > 0 ? ratio : 1.0f; }
float pixels_per_point() { return g_pixels_per_point; }
float min_touch_pixels() { return kMinTouchPoints * g_pixels_per_point; }

ImVec2 finger_sized_padding() {
  const ImVec2 padding = ImGui::GetStyle().FramePadding;
  return ImVec2(padding.x, std::max(padding.y, (min_touch_pixels() - ImGui::GetFontSize()) / 2));
}

void record_last_item(const char* label, int vertices_begin, DrawnButtons& drawn) {
  take_focus_if_wanted(label);
  const bool focused = focus_ring();
  drawn.push_back(drawn_item(label, vertices_begin, focused));
}

bool big_button(const char* label, ImVec2 size, DrawnButtons& drawn) {
  const int vertices_begin = ImGui::GetWindowDrawList()->VtxBuffer.Size;
  // A label longer than its button (a longer language) is drawn smaller, down to 60 %, not cut.
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const float window_scale = window->FontWindowScale;
  const float words = ImGui::CalcTextSize(label, nullptr, true).x;
  const float room = size.x - ImGui::GetStyle().FramePadding.x * 2;
  if (size.x > 0 && words > room && room > 0) ImGui::SetWindowFontScale(window_scale * std::max(0.6f, room / words));
  const bool pressed = ImGui::Button(label, ImVec2(size.x, std::max(size.y, min_touch_pixels())));
  if (window->FontWindowScale != window_scale) ImGui::SetWindowFontScale(window_scale);
  take_focus_if_wanted(label);
  const bool focused = focus_ring();
  drawn.push_back(drawn_item(label, vertices_begin, focused));
  return pressed;
}

bool text_field(const char* id, std::string* text, float width, DrawnButtons& drawn, int lines) {
  ImGui::SetNextItemWidth(width);
  const int vertices_begin = ImGui::GetWindowDrawList()->VtxBuffer.Size;
  bool changed = false;
  if (lines > 1) {
    const float height = ImGui::GetTextLineHeight() * static_cast<float>(lines) + ImGui::GetStyle().FramePadding.y * 2;
    changed = wrapped_multiline(id, text, ImVec2(width, std::max(height, min_touch_pixels())));
  } else {
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, finger_sized_padding());
    changed = ImGui::InputText(id, text, ImGuiInputTextFlags_AutoSelectAll);
    ImGui::PopStyleVar();
  }
  take_focus_if_wanted(id);
  const bool focused = focus_ring();
  drawn.push_back(drawn_item(id, vertices_begin, focused));
  drawn.back().text_field = true;
  return changed;
}

bool text_field_entered() {
  return ImGui::IsItemDeactivated() && (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
                                        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false));
}

std::string fit_text(const std::string& text, float width) {
  if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
  std::string cut = text;
  while (!cut.empty() && ImGui::CalcTextSize((cut + "\u2026").c_str()).x > width) {
    cut.pop_back();
    while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80) cut.pop_back();
    if (!cut.empty() && static_cast<unsigned char>(cut.back()) >= 0xC0) cut.pop_back();
  }
  return cut + "\u2026";
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
