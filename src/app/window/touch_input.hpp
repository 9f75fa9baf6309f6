#pragma once
// Touch as ImGui's mouse. The SDL backend of ImGui 1.86 loses touch once it captures the mouse
// (docs/PITFALLS), so finger events are turned into a mouse position and button here instead, one
// touch state per frame, so a tap that went down and up between two frames still clicks.

#include <SDL.h>
#include <imgui.h>

#include <deque>
#include <optional>

namespace limber {

class TouchInput {
 public:
  // True for SDL_FINGERDOWN, SDL_FINGERMOTION and SDL_FINGERUP.
  [[nodiscard]] static bool is_touch(const SDL_Event& event);
  // True for the mouse events SDL makes up from touches (ImGui must not see them twice).
  [[nodiscard]] static bool is_synthetic_mouse(const SDL_Event& event);

  // A finger event; `display` is the window's size in pixels (SDL gives 0..1).
  void push(const SDL_Event& event, ImVec2 display);
  // Sets ImGui's mouse for the coming frame. Returns how many frames are still wanted to replay
  // the touches that came in at once.
  int apply(ImGuiIO& io);
  // Whether a finger has ever touched the window (touch-sized padding from then on).
  [[nodiscard]] bool seen() const { return seen_; }

 private:
  struct TouchPoint {
    ImVec2 position;
    bool down;
  };
  std::deque<TouchPoint> queue_;
  std::optional<TouchPoint> current_;
  bool seen_ = false;
};

}  // namespace limber
