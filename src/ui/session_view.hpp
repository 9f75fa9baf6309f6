#pragma once
// The session screen: a huge countdown in a progress ring, the phase in words and colour, the
// exercise and what to do, a figure doing it, where the session is, what comes next, and big
// controls.

#include <optional>
#include <string>

#include "core/pose/pose.hpp"
#include "core/session/session_display.hpp"
#include "ui/session_layout.hpp"
#include "ui/theme.hpp"
#include "ui/view_fonts.hpp"
#include "ui/widgets.hpp"

#include <imgui_internal.h>

namespace limber {

enum class SessionIntent { toggle_pause, back, skip, done, request_stop, confirm_stop, cancel_stop, toggle_fullscreen, toggle_mute };

// What the screen shows around the session itself.
struct SessionChrome {
  bool fullscreen = false;
  bool muted = false;
  bool confirming_stop = false;  // the user asked to stop, and is asked first (the controller holds the question)
  std::string notice{};          // one line above the bar ("Not in your history yet: ..."), or none
  const Pose* pose = nullptr;    // the figure display.figure names, if there is one
  ImTextureID picture = nullptr;  // the user's own picture for the exercise, shown instead of the figure
  ImVec2 picture_size{};          // its pixels, for its shape
};

class SessionView {
 public:
  // Draws one frame into the whole display; returns what the user asked for, if anything.
  std::optional<SessionIntent> draw(const SessionDisplay& display, ThemeKind theme, const ViewFonts& fonts,
                                    const SessionChrome& chrome);
  [[nodiscard]] const DrawnButtons& buttons() const { return buttons_; }
  // Where the figure was drawn in the last frame (empty when there was none), for layout checks.
  [[nodiscard]] const ImRect& figure_rect() const { return figure_rect_; }
  [[nodiscard]] const ImRect& ring_rect() const { return ring_rect_; }
  // The instructions as the last frame showed them (for layout tests): how tall the whole text
  // is, how tall its box, how far it was scrolled and the height of one line.
  struct InstructionsBox {
    float text_height = 0;
    float box_height = 0;
    float scroll = 0;
    float line = 0;
  };
  [[nodiscard]] const InstructionsBox& instructions() const { return instructions_; }

 private:
  std::optional<SessionIntent> draw_controls(const SessionDisplay& display, const Palette& palette, const ViewFonts& fonts,
                                             ImVec2 at, float width);
  std::optional<SessionIntent> draw_stop_confirmation(const Palette& p, const ViewFonts& fonts);
  void draw_instructions(const std::string& text, ImFont* font, ImVec2 at, float width, float room);
  void draw_ring(ImDrawList* list, const SessionDisplay& display, const Palette& p, const ViewFonts& fonts,
                 const SessionLayout& layout, float top, const ImVec4& phase, const ImVec4& background);
  void draw_figure(ImDrawList* list, const SessionDisplay& display, const SessionChrome& chrome, ThemeKind theme,
                   const ImVec4& background);

  DrawnButtons buttons_;
  ImRect figure_rect_{};
  ImRect ring_rect_{};
  InstructionsBox instructions_{};
  int frames_drawn_ = 0;
  int question_frames_ = 0;  // frames the stop question has shown
  std::string instructions_text_;  // the words shown last frame: new words start at their first line
};

}  // namespace limber
