#include "platform/screen_awake.hpp"

#include <SDL.h>

namespace limber {

void keep_screen_awake(bool on) {
  if (on) {
    SDL_DisableScreenSaver();
  } else {
    SDL_EnableScreenSaver();
  }
}

}  // namespace limber
