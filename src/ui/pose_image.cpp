#include "ui/pose_image.hpp"

#include <imgui.h>

namespace limber {

RgbaImage render_pose_image(const Pose& pose, const PoseState& state, int size, const PoseLook& look) {
  ImGuiContext* previous = ImGui::GetCurrentContext();
  ImGuiContext* context = ImGui::CreateContext();
  ImGui::SetCurrentContext(context);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(static_cast<float>(size), static_cast<float>(size));
  io.DeltaTime = 1.0f / 60;
  unsigned char* atlas = nullptr;
  int atlas_w = 0;
  int atlas_h = 0;
  io.Fonts->GetTexDataAsRGBA32(&atlas, &atlas_w, &atlas_h);
  // Lines as geometry, not the font texture's pre-drawn ones: the CPU renderer samples no texture.
  ImGui::GetStyle().AntiAliasedLinesUseTex = false;
  ImGui::NewFrame();
  const float pad = static_cast<float>(size) * 0.04f;
  draw_pose(ImGui::GetBackgroundDrawList(), pose, state, ImVec2(pad, pad), ImVec2(io.DisplaySize.x - pad, io.DisplaySize.y - pad),
            look);
  ImGui::Render();
  RgbaImage image = rasterize_shapes(*ImGui::GetDrawData(), size, size, look.background);
  ImGui::DestroyContext(context);
  ImGui::SetCurrentContext(previous);
  return image;
}

}  // namespace limber
