#include "app/window/rescue_screen.hpp"

namespace limber {

AppRequest RescueScreen::handle(RescueIntent intent) {
  switch (intent) {
    case RescueIntent::left_leg: return {.kind = AppRequest::Kind::start_rescue, .leg = Side::left};
    case RescueIntent::right_leg: return {.kind = AppRequest::Kind::start_rescue, .leg = Side::right};
    case RescueIntent::back: return {.kind = AppRequest::Kind::show_library};
  }
  return {};
}

AppRequest RescueScreen::handle_key(SDL_Keycode key) {
  switch (key) {
    case SDLK_LEFT:
    case SDLK_l: return handle(RescueIntent::left_leg);
    case SDLK_RIGHT:
    case SDLK_r: return handle(RescueIntent::right_leg);
    case SDLK_ESCAPE: return handle(RescueIntent::back);
    default: return {};
  }
}

}  // namespace limber
