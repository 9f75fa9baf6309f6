#include "app/window/key_releases.hpp"

#include <algorithm>
#include <utility>

namespace limber {

bool KeyReleases::hold(const SDL_Event& event) {
  if (event.type == SDL_KEYDOWN) {
    down_since_frame_.push_back(event.key.keysym.scancode);
    return false;
  }
  if (event.type != SDL_KEYUP) return false;
  if (std::find(down_since_frame_.begin(), down_since_frame_.end(), event.key.keysym.scancode) == down_since_frame_.end()) {
    return false;
  }
  held_.push_back(event);
  return true;
}

std::vector<SDL_Event> KeyReleases::after_frame() {
  down_since_frame_.clear();
  return std::exchange(held_, {});
}

}  // namespace limber
