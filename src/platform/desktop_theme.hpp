#pragma once
// Whether the desktop prefers light or dark: asked of the XDG desktop portal's
// org.freedesktop.appearance color-scheme (GNOME, KDE and others answer it), else read from
// GTK_THEME ("Adwaita:dark"). SDL 2.26 cannot tell.

#include <chrono>
#include <optional>

namespace limber {

enum class DesktopScheme { dark, light };

// nullopt: the desktop does not say. Waits for the portal at most `limit`.
[[nodiscard]] std::optional<DesktopScheme> desktop_colour_scheme(
    std::chrono::milliseconds limit = std::chrono::milliseconds{300});

}  // namespace limber
