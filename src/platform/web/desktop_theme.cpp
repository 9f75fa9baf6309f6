#include "platform/desktop_theme.hpp"

#include <emscripten.h>

namespace limber {

// The browser's prefers-color-scheme, which follows the device's light or dark setting.
std::optional<DesktopScheme> desktop_colour_scheme(std::chrono::milliseconds /*limit*/) {
  const int scheme = EM_ASM_INT({
    if (!window.matchMedia) return 0;
    if (window.matchMedia('(prefers-color-scheme: dark)').matches) return 1;
    if (window.matchMedia('(prefers-color-scheme: light)').matches) return 2;
    return 0;
  });
  if (scheme == 1) return DesktopScheme::dark;
  if (scheme == 2) return DesktopScheme::light;
  return std::nullopt;
}

}  // namespace limber
