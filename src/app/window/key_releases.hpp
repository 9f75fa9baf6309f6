#pragma once
// Keys let go of within one frame. ImGui 1.86 reads each key as down or up when a frame begins, so
// a key pressed and released between two frames (a tablet keyboard's arrow, whose down and up come
// together; a quick tap of a key) would never be seen pressed: its release waits for the frame after.

#include <SDL.h>

#include <vector>

namespace limber {

class KeyReleases {
 public:
  // Whether `event` is a release to hold back: its key went down since the last frame began.
  [[nodiscard]] bool hold(const SDL_Event& event);
  // After a frame: the releases held back, to hand to ImGui now, before the next frame.
  [[nodiscard]] std::vector<SDL_Event> after_frame();

 private:
  std::vector<SDL_Scancode> down_since_frame_;
  std::vector<SDL_Event> held_;
};

}  // namespace limber
