#pragma once
// Which way the window draws. SDL's software renderer when the only OpenGL is a software one
// (Mesa's llvmpipe costs about 100 MB and more CPU than drawing in software directly); a
// hardware renderer through SDL when there is a real GPU driver. The user may force either.

#include <optional>
#include <string>
#include <string_view>

namespace limber {

enum class RendererChoice { automatic, software, opengl };

[[nodiscard]] std::optional<RendererChoice> parse_renderer_choice(std::string_view text);
[[nodiscard]] const char* renderer_choice_name(RendererChoice choice);  // "auto", "software", "opengl"

// Whether an OpenGL renderer string (GL_RENDERER) names a rasteriser that runs on the CPU:
// Mesa's llvmpipe, softpipe and swrast, and the generic "Software Rasterizer".
[[nodiscard]] bool is_software_opengl(std::string_view gl_renderer);

enum class RenderPath { software, hardware };

struct RenderDecision {
  RenderPath path = RenderPath::software;
  std::string why;  // for the log: "OpenGL is llvmpipe (LLVM 15.0.6, 256 bits), a software renderer"
};

// `gl_renderer`: what OpenGL answered when asked; nullopt when it could not be asked (no OpenGL).
[[nodiscard]] RenderDecision decide_render_path(RendererChoice choice, const std::optional<std::string>& gl_renderer);

}  // namespace limber
