#include "ui/shape_raster.hpp"

#include <algorithm>
#include <cmath>

namespace limber {
namespace {

struct Colour {
  float r, g, b, a;
};

Colour unpack(ImU32 c) {
  return {static_cast<float>((c >> IM_COL32_R_SHIFT) & 0xFF) / 255.0f, static_cast<float>((c >> IM_COL32_G_SHIFT) & 0xFF) / 255.0f,
          static_cast<float>((c >> IM_COL32_B_SHIFT) & 0xFF) / 255.0f, static_cast<float>((c >> IM_COL32_A_SHIFT) & 0xFF) / 255.0f};
}

float edge(ImVec2 a, ImVec2 b, float x, float y) { return (b.x - a.x) * (y - a.y) - (b.y - a.y) * (x - a.x); }

void triangle(std::vector<Colour>& image, int width, const ImVec4& clip, const ImDrawVert& v0, const ImDrawVert& v1,
              const ImDrawVert& v2) {
  const float area = edge(v0.pos, v1.pos, v2.pos.x, v2.pos.y);
  if (std::abs(area) < 1e-12f) return;
  const int x0 = std::max(static_cast<int>(std::floor(std::min({v0.pos.x, v1.pos.x, v2.pos.x, clip.z}))), static_cast<int>(clip.x));
  const int x1 = std::min(static_cast<int>(std::ceil(std::max({v0.pos.x, v1.pos.x, v2.pos.x}))), static_cast<int>(clip.z));
  const int y0 = std::max(static_cast<int>(std::floor(std::min({v0.pos.y, v1.pos.y, v2.pos.y}))), static_cast<int>(clip.y));
  const int y1 = std::min(static_cast<int>(std::ceil(std::max({v0.pos.y, v1.pos.y, v2.pos.y}))), static_cast<int>(clip.w));
  const Colour c0 = unpack(v0.col);
  const Colour c1 = unpack(v1.col);
  const Colour c2 = unpack(v2.col);
  for (int y = std::max(y0, 0); y < y1; ++y) {
    const float py = static_cast<float>(y) + 0.5f;
    for (int x = std::max(x0, 0); x < x1 && x < width; ++x) {
      const float px = static_cast<float>(x) + 0.5f;
      const float w0 = edge(v1.pos, v2.pos, px, py) / area;
      const float w1 = edge(v2.pos, v0.pos, px, py) / area;
      const float w2 = 1.0f - w0 - w1;
      if (w0 < 0 || w1 < 0 || w2 < 0) continue;
      const Colour src{c0.r * w0 + c1.r * w1 + c2.r * w2, c0.g * w0 + c1.g * w1 + c2.g * w2,
                       c0.b * w0 + c1.b * w1 + c2.b * w2, c0.a * w0 + c1.a * w1 + c2.a * w2};
      Colour& dst = image[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)];
      dst.r = src.r * src.a + dst.r * (1 - src.a);
      dst.g = src.g * src.a + dst.g * (1 - src.a);
      dst.b = src.b * src.a + dst.b * (1 - src.a);
    }
  }
}

}  // namespace

RgbaImage rasterize_shapes(const ImDrawData& data, int width, int height, ImVec4 background) {
  std::vector<Colour> image(static_cast<std::size_t>(width) * static_cast<std::size_t>(height),
                            Colour{background.x, background.y, background.z, 1});
  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList& list = *data.CmdLists[n];
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
      if (cmd.UserCallback != nullptr) continue;
      const ImVec4 clip(std::max(cmd.ClipRect.x, 0.0f), std::max(cmd.ClipRect.y, 0.0f),
                        std::min(cmd.ClipRect.z, static_cast<float>(width)), std::min(cmd.ClipRect.w, static_cast<float>(height)));
      for (unsigned int i = 0; i + 2 < cmd.ElemCount; i += 3) {
        const ImDrawIdx* idx = list.IdxBuffer.Data + cmd.IdxOffset + i;
        const ImDrawVert* vtx = list.VtxBuffer.Data + cmd.VtxOffset;
        triangle(image, width, clip, vtx[idx[0]], vtx[idx[1]], vtx[idx[2]]);
      }
    }
  }
  RgbaImage out{width, height, {}};
  out.pixels.reserve(image.size() * 4);
  for (const Colour& c : image) {
    for (float v : {c.r, c.g, c.b, 1.0f}) out.pixels.push_back(static_cast<std::uint8_t>(std::lround(std::clamp(v, 0.0f, 1.0f) * 255)));
  }
  return out;
}

}  // namespace limber
