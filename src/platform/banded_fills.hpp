#pragma once
// Cheap convex fills for SDL's software renderer. ImGui fills a convex shape (a rounded
// rectangle, a circle) as a fan of triangles from its first corner, and SDL's software renderer
// pays for each triangle over its whole bounding box: a rounded button costs its area once per
// corner segment, and a session frame at 1280x800 took 23 ms, against 4.5 ms with square corners.
// Cut into horizontal bands instead, a shape is mostly rectangles (which SDL fills directly, as it
// does every axis-aligned quad of one colour) plus thin slivers at its curved edges: the same
// picture for the cost of its area once. Everything else passes through unchanged, in order.

#include <imgui.h>

#include <memory>
#include <vector>

namespace limber {

class BandedFills {
 public:
  // `data` with its convex fans cut into bands; valid until the next call (or ImGui's next frame).
  [[nodiscard]] ImDrawData* rewrite(const ImDrawData& data);

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
