#include "platform/full_screen.hpp"

namespace limber {

bool window_full_screen(SDL_Window* window) { return (SDL_GetWindowFlags(window) & SDL_WINDOW_FULLSCREEN_DESKTOP) != 0; }

void set_window_full_screen(SDL_Window* window, bool on) { SDL_SetWindowFullscreen(window, on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0); }

}  // namespace limber
