#pragma once
// Fonts rasterised at the pixel sizes the window needs (never scaled up, so text stays crisp):
// DejaVu Sans from Debian's fonts-dejavu-core when installed, else Dear ImGui's built-in font.

#include <filesystem>
#include <optional>

#include "ui/view_fonts.hpp"

namespace limber {

// The base text size for a window: readable from a couple of metres on a tablet, and on a 4K screen.
[[nodiscard]] float body_pixels_for(int width, int height);

// Rebuilds ImGui's font atlas for `body_px` (call between frames, then refresh the GL texture).
[[nodiscard]] ViewFonts load_fonts(float body_px);

[[nodiscard]] std::optional<std::filesystem::path> find_dejavu(bool bold);

}  // namespace limber
