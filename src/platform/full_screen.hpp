#pragma once
// Full screen for Limber's window: on the desktop SDL's (the window covers its display); in a
// browser the page's own Fullscreen API, asked for at once while the user's tap still counts as
// one (SDL's Emscripten port waits for the next input event instead, so a tap on "Full screen"
// changed nothing until the next tap).

#include <SDL.h>

namespace limber {

[[nodiscard]] bool window_full_screen(SDL_Window* window);
void set_window_full_screen(SDL_Window* window, bool on);

}  // namespace limber
