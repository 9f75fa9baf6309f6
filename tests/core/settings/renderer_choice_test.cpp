#include "core/settings/renderer_choice.hpp"

#include <gtest/gtest.h>

namespace limber {
namespace {

TEST(RendererChoice, NamesRoundTrip) {
  for (const RendererChoice choice : {RendererChoice::automatic, RendererChoice::software, RendererChoice::opengl}) {
    EXPECT_EQ(parse_renderer_choice(renderer_choice_name(choice)), choice);
  }
  EXPECT_FALSE(parse_renderer_choice("vulkan"));
  EXPECT_FALSE(parse_renderer_choice(""));
}

TEST(RendererChoice, MesaSoftwareRasterisersAreSoftware) {
  EXPECT_TRUE(is_software_opengl("llvmpipe (LLVM 15.0.6, 256 bits)"));
  EXPECT_TRUE(is_software_opengl("softpipe"));
  EXPECT_TRUE(is_software_opengl("Mesa DRI Intel(R) HD Graphics (swrast)"));
  EXPECT_TRUE(is_software_opengl("Software Rasterizer"));
  EXPECT_FALSE(is_software_opengl("Mesa Intel(R) UHD Graphics 620 (KBL GT2)"));
  EXPECT_FALSE(is_software_opengl("AMD Radeon RX 580 Series (polaris10, LLVM 15.0.6, DRM 3.49, 6.1.0-13-amd64)"));
  EXPECT_FALSE(is_software_opengl("V3D 4.2"));  // a Raspberry Pi 4's GPU
}

TEST(RendererChoice, AutomaticAsksOpenGl) {
  EXPECT_EQ(decide_render_path(RendererChoice::automatic, std::string("llvmpipe (LLVM 15.0.6, 256 bits)")).path,
            RenderPath::software);
  EXPECT_EQ(decide_render_path(RendererChoice::automatic, std::string("V3D 4.2")).path, RenderPath::hardware);
  const RenderDecision none = decide_render_path(RendererChoice::automatic, std::nullopt);
  EXPECT_EQ(none.path, RenderPath::software);
  EXPECT_EQ(none.why, "there is no OpenGL");
}

TEST(RendererChoice, TheUsersChoiceWins) {
  EXPECT_EQ(decide_render_path(RendererChoice::opengl, std::string("llvmpipe")).path, RenderPath::hardware);
  EXPECT_EQ(decide_render_path(RendererChoice::software, std::string("V3D 4.2")).path, RenderPath::software);
}

}  // namespace
}  // namespace limber
