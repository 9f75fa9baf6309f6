#include "app/window/touch_input.hpp"

#include <cfloat>

namespace limber {

bool TouchInput::is_touch(const SDL_Event& event) {
  return event.type == SDL_FINGERDOWN || event.type == SDL_FINGERUP || event.type == SDL_FINGERMOTION;
}

bool TouchInput::is_synthetic_mouse(const SDL_Event& event) {
  return (event.type == SDL_MOUSEBUTTONDOWN || event.type == SDL_MOUSEBUTTONUP) && event.button.which == SDL_TOUCH_MOUSEID;
}

void TouchInput::push(const SDL_Event& event, ImVec2 display) {
  queue_.push_back(TouchPoint{ImVec2(event.tfinger.x * display.x, event.tfinger.y * display.y), event.type != SDL_FINGERUP});
  seen_ = true;
}

int TouchInput::apply(ImGuiIO& io) {
  int wanted = 0;
  if (!queue_.empty()) {
    current_ = queue_.front();
    queue_.pop_front();
    wanted = static_cast<int>(queue_.size()) + 2;
  } else if (current_ && !current_->down) {
    current_.reset();
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    return 0;
  }
  if (current_) {
    io.MousePos = current_->position;
    io.MouseDown[0] = current_->down;
  }
  return wanted;
}

}  // namespace limber
