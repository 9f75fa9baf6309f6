#pragma once
// Draws ImGui's draw data into an RGBA image on the CPU, without a window or a GPU: for pictures
// made of shapes (pose figures), which `limber pose` and the pose tests render with no display.
// Each pixel is sampled at its centre and ImGui's anti-aliased fringes blend as they do on a GPU.
// Textures are not sampled, so text comes out as blocks: shapes only.

#include <imgui.h>

#include <cstdint>
#include <vector>

namespace limber {

struct RgbaImage {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> pixels;  // RGBA, row by row from the top
};

[[nodiscard]] RgbaImage rasterize_shapes(const ImDrawData& data, int width, int height, ImVec4 background);

}  // namespace limber
