#include "platform/fonts.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>

namespace limber {
namespace {

// Latin-1 and the œ of French, the quotation marks of German and French (‚‘’„“” and «» in
// Latin-1), dashes, the ellipsis and arrows: every glyph the five languages' strings use.
constexpr std::array<ImWchar, 13> kTextRanges = {0x0020, 0x00FF, 0x0152, 0x0153, 0x2013, 0x2014, 0x2018, 0x201E,
                                                 0x2026, 0x2026, 0x2190, 0x2193, 0};
// The countdown needs only digits and the colon: keeps a 300 px font's atlas small.
constexpr std::array<ImWchar, 3> kDigitRanges = {0x0030, 0x003A, 0};

ImFont* add_font(ImFontAtlas* atlas, const std::optional<std::filesystem::path>& file, float pixels, const ImWchar* ranges) {
  if (file) {
    ImFontConfig config;
    // Glyphs on whole pixels, rasterised once: SDL's software renderer samples the atlas texel for
    // texel (no filtering), where horizontal oversampling would only drop every other column,
    // and the atlas is half the size (4 MB less at 1280x800, 16 MB less at 4K).
    config.OversampleH = 1;
    config.OversampleV = 1;
    config.PixelSnapH = true;
    if (ImFont* font = atlas->AddFontFromFileTTF(file->c_str(), pixels, &config, ranges)) return font;
  }
  // Dear ImGui's own font is a 13 px bitmap: at other sizes it is blurry, but it always works.
  ImFontConfig config;
  config.SizePixels = pixels;
  return atlas->AddFontDefault(&config);
}

}  // namespace

float body_pixels_for(int width, int height, float pixels_per_point) {
  const float shorter = static_cast<float>(std::min(width, height));
  return std::clamp(shorter / 36.0f, 16.0f * pixels_per_point, 64.0f * pixels_per_point);
}

std::optional<std::filesystem::path> find_dejavu(bool bold) {
  const char* name = bold ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf";
  for (const char* folder : {"/usr/share/fonts/truetype/dejavu", "/usr/local/share/fonts/truetype/dejavu",
                             "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF"}) {
    std::error_code ec;
    const std::filesystem::path candidate = std::filesystem::path(folder) / name;
    if (std::filesystem::is_regular_file(candidate, ec)) return candidate;  // checked: a missing file aborts ImGui
  }
  return std::nullopt;
}

namespace {

FontSet add_fonts(ImFontAtlas* atlas, float body_px) {
  atlas->Clear();
  // As tall as the glyphs need, not the next power of two (SDL's textures need none): at
  // 1280x800 that is 1024x660 pixels, not 1024x1024 (at 4K 2048x1879, not 2048x2048).
  atlas->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
  const auto regular = find_dejavu(false);
  const auto bold = find_dejavu(true);
  FontSet fonts;
  fonts.body_px = body_px;
  fonts.from_file = regular.has_value();
  fonts.body = add_font(atlas, regular, body_px, kTextRanges.data());
  fonts.large = add_font(atlas, regular, body_px * 1.3f, kTextRanges.data());
  fonts.heading = add_font(atlas, bold ? bold : regular, body_px * 1.6f, kTextRanges.data());
  fonts.title = add_font(atlas, bold ? bold : regular, body_px * 2.6f, kTextRanges.data());
  fonts.huge = add_font(atlas, bold ? bold : regular, std::min(body_px * 9.0f, 420.0f), kDigitRanges.data());
  atlas->Build();
  return fonts;
}

}  // namespace

FontSet load_fonts(float body_px) { return add_fonts(ImGui::GetIO().Fonts, body_px); }

BuiltFonts build_fonts(float body_px) {
  BuiltFonts built{std::make_unique<ImFontAtlas>(), {}, {}};
  built.fonts = add_fonts(built.atlas.get(), body_px);
  built.pixels = font_pixels(*built.atlas);  // rasterised and converted here, off the window's thread
  return built;
}

FontPixels font_pixels(ImFontAtlas& atlas) {
  unsigned char* alpha = nullptr;
  FontPixels pixels;
  atlas.GetTexDataAsAlpha8(&alpha, &pixels.width, &pixels.height);
  pixels.argb.resize(static_cast<std::size_t>(pixels.width) * static_cast<std::size_t>(pixels.height));
  for (std::size_t i = 0; i < pixels.argb.size(); ++i) pixels.argb[i] = (static_cast<std::uint32_t>(alpha[i]) << 24) | 0x00FFFFFFu;
  return pixels;
}

}  // namespace limber
