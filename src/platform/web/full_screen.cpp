#include "platform/full_screen.hpp"

#include <emscripten.h>

namespace limber {
namespace {

// The whole page goes full screen: the canvas already fills it and follows its size.
EM_JS(int, limber_page_full_screen, (), { return document.fullscreenElement ? 1 : 0; });
EM_JS(void, limber_set_page_full_screen, (int on), {
  const done = function() {};
  const refused = function(error) { console.warn('limber: full screen: ' + error); };
  if (on && !document.fullscreenElement) {
    document.documentElement.requestFullscreen({navigationUI: 'hide'}).then(done, refused);
  } else if (!on && document.fullscreenElement) {
    document.exitFullscreen().then(done, refused);
  }
});

}  // namespace

bool window_full_screen(SDL_Window* /*window*/) { return limber_page_full_screen() != 0; }

void set_window_full_screen(SDL_Window* /*window*/, bool on) { limber_set_page_full_screen(on ? 1 : 0); }

}  // namespace limber
