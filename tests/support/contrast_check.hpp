#pragma once
// Measures the contrast of every piece of text in a frame on the window's own pixels, by WCAG
// 2's formula: for each run of glyphs (found in ImGui's draw data, as layout_check.hpp finds
// them), the glyph pixel that stands out most from the background against the median of the
// background around the run. Text of 24 px and more needs 3:1, smaller text 4.5:1. Disabled text
// (drawn at reduced alpha) is not judged, as WCAG does not judge it.

#include <imgui.h>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "platform/window.hpp"

namespace limber::testing {

// WCAG 2's relative luminance of an sRGB pixel (0x00RRGGBB).
inline double relative_luminance(std::uint32_t xrgb) {
  const auto linear = [](std::uint32_t channel) {
    const double c = static_cast<double>(channel & 0xff) / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * linear(xrgb >> 16) + 0.7152 * linear(xrgb >> 8) + 0.0722 * linear(xrgb);
}

inline double contrast_ratio(double a, double b) { return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05); }

struct TextContrast {
  ImVec2 min, max;     // the run's box
  float pixels = 0;    // its font size
  double ratio = 0;
  double needed = 0;
  double ink = 0;      // luminance of the glyph pixel that stands out most
  double background = 0;
};

namespace contrast_detail {

// Each font's glyphs by the top-left corner of their place in the atlas, with the font's size.
inline std::map<std::pair<float, float>, float> glyph_sizes() {
  std::map<std::pair<float, float>, float> sizes;
  for (const ImFont* font : ImGui::GetIO().Fonts->Fonts) {
    for (const ImFontGlyph& glyph : font->Glyphs) {
      if (glyph.Visible) sizes[{glyph.U0, glyph.V0}] = font->FontSize;
    }
  }
  return sizes;
}

}  // namespace contrast_detail

// Every run of enabled text in the last frame, measured on `pixels` (read after that frame).
inline std::vector<TextContrast> text_contrasts(const AppWindow::Pixels& pixels) {
  std::vector<TextContrast> runs;
  const ImDrawData* data = ImGui::GetDrawData();
  if (data == nullptr) return runs;
  const auto sizes = contrast_detail::glyph_sizes();
  const auto at = [&](int x, int y) { return pixels.xrgb[static_cast<std::size_t>(y) * static_cast<std::size_t>(pixels.width) + static_cast<std::size_t>(x)]; };
  struct Glyph {
    ImVec2 min, max;
    float size;
    ImU32 colour;
    ImVec4 clip;
  };
  for (int l = 0; l < data->CmdListsCount; ++l) {
    const ImDrawList* list = data->CmdLists[l];
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (cmd.UserCallback != nullptr) continue;
      // A glyph is a quad whose first vertex is its top-left corner (with the glyph's corner in the
      // atlas) and whose third is its bottom-right; the vertices in the order drawn.
      std::vector<unsigned int> vertices;
      for (unsigned int k = 0; k < cmd.ElemCount; ++k) vertices.push_back(list->IdxBuffer[static_cast<int>(cmd.IdxOffset + k)] + cmd.VtxOffset);
      std::sort(vertices.begin(), vertices.end());
      vertices.erase(std::unique(vertices.begin(), vertices.end()), vertices.end());
      std::vector<Glyph> glyphs;
      for (std::size_t n = 0; n < vertices.size(); ++n) {
        const unsigned int v = vertices[n];
        if (v + 3 >= static_cast<unsigned int>(list->VtxBuffer.Size)) continue;
        const ImDrawVert& a = list->VtxBuffer[static_cast<int>(v)];
        const ImDrawVert& c = list->VtxBuffer[static_cast<int>(v + 2)];
        const auto size = sizes.find({a.uv.x, a.uv.y});
        if (size == sizes.end() || c.pos.x <= a.pos.x || c.pos.y <= a.pos.y) continue;
        if ((a.col >> IM_COL32_A_SHIFT & 0xff) < 242) continue;  // disabled: drawn faded on purpose
        const ImVec2 min(std::max(a.pos.x, cmd.ClipRect.x), std::max(a.pos.y, cmd.ClipRect.y));
        const ImVec2 max(std::min(c.pos.x, cmd.ClipRect.z), std::min(c.pos.y, cmd.ClipRect.w));
        if (max.x - min.x < 1 || max.y - min.y < 1) continue;  // scrolled out of sight
        glyphs.push_back({min, max, size->second, a.col, cmd.ClipRect});
        n += 3;  // the quad's other corners
      }
      // Runs: glyphs of one colour and size on one line, each close to the last.
      std::size_t start = 0;
      for (std::size_t i = 1; i <= glyphs.size(); ++i) {
        const bool breaks = i == glyphs.size() || glyphs[i].colour != glyphs[i - 1].colour || glyphs[i].size != glyphs[i - 1].size ||
                            std::abs(glyphs[i].min.y - glyphs[i - 1].min.y) > glyphs[i].size * 0.6f ||
                            glyphs[i].min.x - glyphs[i - 1].max.x > glyphs[i].size || glyphs[i].min.x < glyphs[i - 1].min.x;
        if (!breaks) continue;
        TextContrast run;
        run.min = glyphs[start].min;
        run.max = glyphs[start].max;
        run.pixels = glyphs[start].size;
        for (std::size_t g = start; g < i; ++g) {
          run.min = ImVec2(std::min(run.min.x, glyphs[g].min.x), std::min(run.min.y, glyphs[g].min.y));
          run.max = ImVec2(std::max(run.max.x, glyphs[g].max.x), std::max(run.max.y, glyphs[g].max.y));
        }
        // The background: a band of pixels just around the run, within what its window shows.
        const ImVec4 clip = glyphs[start].clip;
        const int pad = 3;
        const int x0 = std::max({0, static_cast<int>(run.min.x) - pad, static_cast<int>(clip.x)});
        const int y0 = std::max({0, static_cast<int>(run.min.y) - pad, static_cast<int>(clip.y)});
        const int x1 = std::min({pixels.width - 1, static_cast<int>(run.max.x) + pad, static_cast<int>(clip.z) - 1});
        const int y1 = std::min({pixels.height - 1, static_cast<int>(run.max.y) + pad, static_cast<int>(clip.w) - 1});
        std::vector<double> around;
        for (int y = y0; y <= y1; ++y) {
          for (int x = x0; x <= x1; ++x) {
            const bool inside = x >= static_cast<int>(run.min.x) && x < static_cast<int>(run.max.x) &&
                                y >= static_cast<int>(run.min.y) && y < static_cast<int>(run.max.y);
            if (!inside) around.push_back(relative_luminance(at(x, y)));
          }
        }
        if (around.empty()) {
          start = i;
          continue;
        }
        std::nth_element(around.begin(), around.begin() + static_cast<long>(around.size() / 2), around.end());
        run.background = around[around.size() / 2];
        // The ink: the glyph pixel that stands out most from that background.
        double best = -1;
        for (std::size_t g = start; g < i; ++g) {
          for (int y = std::max(0, static_cast<int>(glyphs[g].min.y)); y < std::min(pixels.height, static_cast<int>(glyphs[g].max.y)); ++y) {
            for (int x = std::max(0, static_cast<int>(glyphs[g].min.x)); x < std::min(pixels.width, static_cast<int>(glyphs[g].max.x)); ++x) {
              const double lum = relative_luminance(at(x, y));
              const double r = contrast_ratio(lum, run.background);
              if (r > best) {
                best = r;
                run.ink = lum;
              }
            }
          }
        }
        run.ratio = best;
        run.needed = run.pixels >= 24.0f ? 3.0 : 4.5;
        runs.push_back(run);
        start = i;
      }
    }
  }
  return runs;
}

// The runs below their needed contrast, in words; empty when every text can be read.
inline std::vector<std::string> contrast_problems(const AppWindow::Pixels& pixels, const std::string& where) {
  std::vector<std::string> problems;
  for (const TextContrast& run : text_contrasts(pixels)) {
    if (run.ratio + 1e-9 >= run.needed) continue;
    problems.push_back(fmt::format("{}: text at ({:.0f}, {:.0f})-({:.0f}, {:.0f}), {:.0f} px, has contrast {:.2f}:1 "
                                   "(ink {:.4f} on {:.4f}); it needs {:.1f}:1",
                                   where, run.min.x, run.min.y, run.max.x, run.max.y, run.pixels, run.ratio, run.ink,
                                   run.background, run.needed));
  }
  return problems;
}

// The mean relative luminance of the whole frame: how much light the screen gives off.
inline double mean_luminance(const AppWindow::Pixels& pixels) {
  double sum = 0;
  for (std::size_t i = 0; i < pixels.xrgb.size(); ++i) sum += relative_luminance(pixels.xrgb[i]);
  return pixels.xrgb.size() == 0 ? 0.0 : sum / static_cast<double>(pixels.xrgb.size());
}

}  // namespace limber::testing
