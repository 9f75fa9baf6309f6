#pragma once
// Small drawing helpers shared by the views.

#include <imgui.h>

#include <string>
#include <vector>

namespace limber {

// Where each button was drawn in the last frame: lets tests press a button the way a finger would.
struct DrawnButton {
  std::string label;
  ImVec2 min;
  ImVec2 max;
  bool focused = false;   // has the keyboard focus (drawn with a ring)
  bool question = false;  // part of a question drawn over the screen (begin_overlay)
  bool text_field = false;  // typed into (a browser opens the device's keyboard for it)
  // What of it can be seen (and tapped): its rectangle within its window's clipping.
  ImVec2 visible_min{};
  ImVec2 visible_max{};
  // Its own vertices in its window's draw list (frame and label), so a layout check can tell its
  // label from other text drawn over it.
  const ImDrawList* list = nullptr;
  int vertices_begin = 0;
  int vertices_end = 0;
  [[nodiscard]] ImVec2 centre() const {
    if (!is_visible()) return {(min.x + max.x) / 2, (min.y + max.y) / 2};
    return {(visible_min.x + visible_max.x) / 2, (visible_min.y + visible_max.y) / 2};
  }
  [[nodiscard]] bool is_visible() const { return visible_max.x > visible_min.x && visible_max.y > visible_min.y; }
};
using DrawnButtons = std::vector<DrawnButton>;

// Nothing a finger must hit is smaller than this many points (a browser's CSS pixels, the
// desktop's logical pixels), whatever the window size: Android's 48 dp, over Apple's 44 pt.
inline constexpr float kMinTouchPoints = 48.0f;
// The same in the display's own pixels, which every screen is laid out in: a tablet's or a
// phone's glass has 2 or 3 of them to a point, most desktops 1.
[[nodiscard]] float min_touch_pixels();
// The display's pixels to a point, for the frames that follow (the window says; 1 until then).
void set_pixels_per_point(float ratio);
[[nodiscard]] float pixels_per_point();

// Begins the window a screen draws in: the whole display, no decoration. End it with ImGui::End().
void begin_screen(const char* name);
// Begins a screen with a title at the top left and Back at the top right, as the progress and
// settings screens have; returns whether Back was pressed. The cursor is left under the title.
bool begin_screen_with_back(const char* title, ImFont* title_font, float unit, DrawnButtons& drawn);
// The rest of the screen, from the cursor down, within the screen's margins: a region a finger
// drags (or the wheel turns) to scroll, Tab going through it as part of the screen. End it with
// ImGui::EndChild().
void begin_scrolling_body(const char* id, float unit, bool& dragging);
// Begins a window over the whole screen that dims what is behind it, for a question the user
// must answer first. End it with end_overlay().
void begin_overlay(const char* name);
void end_overlay();

// An ImGui button that also records where it was drawn; never shorter than min_touch_pixels().
// With the keyboard focus, it wears a ring thick enough to see from across the room.
bool big_button(const char* label, ImVec2 size, DrawnButtons& drawn);

// Frame padding that makes a one-line field or a dropdown no shorter than a button (push it with
// ImGuiStyleVar_FramePadding around the widget).
[[nodiscard]] ImVec2 finger_sized_padding();

// Records the last ImGui item as drawn (for a widget without a helper here, like a combo):
// `vertices_begin` is its window draw list's VtxBuffer.Size before the item was submitted.
void record_last_item(const char* label, int vertices_begin, DrawnButtons& drawn);

// A text field (one line, or several with `lines` > 1) that also records where it was drawn, under
// `id` ("##hold"), so tests can tap into it. One-line fields select all on a tap: typing replaces.
// Returns true while the text changed this frame.
bool text_field(const char* id, std::string* text, float width, DrawnButtons& drawn, int lines = 1);
// True on the frame Enter leaves the one-line text field drawn just before: "do it", as a
// terminal or a browser's address bar would take it.
bool text_field_entered();

// The ring around the last item when it has the keyboard focus (ImGui's own line is 2 px at any
// size). Returns whether it has the focus.
bool focus_ring();
// Whether any control wore the keyboard focus ring since the last call (one call a frame).
bool take_focus_shown();

// Tab and Shift+Tab: ImGui 1.86 tabs through text fields only, so the app moves the focus itself,
// through the controls in the order they were drawn (a question's own controls only, while one
// is open). The label to focus comes from next_in_tab_order; the control takes the focus when it
// is next drawn.
[[nodiscard]] std::string next_in_tab_order(const DrawnButtons& drawn, bool backwards);
void request_focus(const std::string& label);
// A new screen: Tab starts from its first control, not from where the last screen's focus was.
void forget_last_focus();
// Hides the keyboard focus (no ring, and Enter or Space press nothing) until Tab brings it back:
// for a screen whose keys mean something of their own until then (the session's).
void hide_keyboard_focus();

// Lets a finger drag the current (child) window's content: ImGui 1.86 scrolls only by wheel. A
// press on a button stays a press. `dragging` is the view's state between frames.
void drag_to_scroll(bool& dragging);

// `text` cut short with an ellipsis so it fits in `width` pixels in the current font (whole
// UTF-8 characters only); as it is when it fits.
[[nodiscard]] std::string fit_text(const std::string& text, float width);

// Text centred horizontally on `centre_x` at `y`, in `font`.
void centred_text(ImDrawList* list, ImFont* font, float size, float centre_x, float y, ImU32 colour, const char* text);

// A ring from 12 o'clock, `fraction` of it filled.
void progress_ring(ImDrawList* list, ImVec2 centre, float radius, float thickness, float fraction, ImU32 track, ImU32 fill);

}  // namespace limber
