#pragma once
// ImGui's draw data reshaped for SDL's software renderer (SDL 2.26), which draws it fast and
// right only in certain shapes:
// - ImGui fills a convex shape (a rounded rectangle, a circle) as a fan of triangles from its
//   first corner, and SDL pays for each triangle over its whole bounding box: a rounded button
//   costs its area once per corner segment, and a session frame at 1280x800 took 23 ms (4.5 ms
//   with square corners). Cut into horizontal bands, a shape is mostly rectangles (which SDL
//   fills directly, as it does every axis-aligned quad of one colour) plus thin slivers at its
//   curved edges: the same picture for the cost of its area once.
// - SDL ignores the vertex alpha of textured triangles, and ImGui textures even its solid shapes
//   (with the font atlas's white pixel): see-through fills came out opaque, and the anti-aliased
//   fringes at every edge as hard 1-pixel borders. Solid triangles go untextured instead, where
//   SDL blends each vertex's colour and alpha.
// Everything else (text, pictures) passes through unchanged, in order.

#include <imgui.h>

#include <memory>
#include <vector>

namespace limber {

class SoftwareDrawData {
 public:
  // `data` reshaped; valid until the next call (or ImGui's next frame). `white_uv`: where the
  // font atlas's white pixel is (ImFontAtlas::TexUvWhitePixel), which marks a solid triangle.
  [[nodiscard]] ImDrawData* rewrite(const ImDrawData& data, ImVec2 white_uv);

  // Fans of fewer triangles (a plain rectangle is two) or a smaller bounding box are left as
  // they are: there is nothing to gain.
  static constexpr int kMinTriangles = 3;
  static constexpr float kMinArea = 256.0f;

 private:
  std::vector<std::unique_ptr<ImDrawList>> lists_;
  std::vector<ImDrawList*> pointers_;
  ImDrawData data_;
};

}  // namespace limber
