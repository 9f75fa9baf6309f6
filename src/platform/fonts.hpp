#pragma once
// Fonts rasterised at the pixel sizes the window needs (never scaled up, so text stays crisp):
// DejaVu Sans from Debian's fonts-dejavu-core when installed, else Dear ImGui's built-in font.

#include <filesystem>
#include <cstdint>
#include <memory>
#include <vector>
#include <optional>

struct ImFont;
struct ImFontAtlas;

namespace limber {

// The base text size for a window of width x height pixels: readable from a couple of metres on a
// tablet, and on a 4K screen; never under 16 points (a phone's glass at 3 pixels a point: 48 pixels).
[[nodiscard]] float body_pixels_for(int width, int height, float pixels_per_point = 1.0f);

// The fonts in ImGui's atlas, at the sizes the screens use: body text, headings (1.6 x body, bold),
// titles (2.6 x body, bold) and the countdown's huge digits. The views get them as ViewFonts.
struct FontSet {
  ImFont* body = nullptr;
  ImFont* large = nullptr;  // 1.3 x body: text read from across the room
  ImFont* heading = nullptr;
  ImFont* title = nullptr;
  ImFont* huge = nullptr;
  float body_px = 16;
  bool from_file = false;  // false: ImGui's built-in fallback font
};

// Rebuilds ImGui's font atlas for `body_px` (call between frames, then refresh the font texture).
[[nodiscard]] FontSet load_fonts(float body_px);

// The same fonts in an atlas of their own, built and converted for the renderer, with no ImGui
// context: so it can be made on another core while the window opens, and handed to the context.
// The atlas as the window's font texture holds it: white, with the glyphs' alpha, in ARGB8888.
struct FontPixels {
  int width = 0;
  int height = 0;
  std::vector<std::uint32_t> argb;
};
[[nodiscard]] FontPixels font_pixels(ImFontAtlas& atlas);

struct BuiltFonts {
  std::unique_ptr<ImFontAtlas> atlas;
  FontSet fonts;
  FontPixels pixels;
};
[[nodiscard]] BuiltFonts build_fonts(float body_px);

[[nodiscard]] std::optional<std::filesystem::path> find_dejavu(bool bold);

}  // namespace limber
