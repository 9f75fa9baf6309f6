#include "core/settings/renderer_choice.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace limber {

std::optional<RendererChoice> parse_renderer_choice(std::string_view text) {
  if (text == "auto") return RendererChoice::automatic;
  if (text == "software") return RendererChoice::software;
  if (text == "opengl") return RendererChoice::opengl;
  return std::nullopt;
}

const char* renderer_choice_name(RendererChoice choice) {
  switch (choice) {
    case RendererChoice::automatic: return "auto";
    case RendererChoice::software: return "software";
    case RendererChoice::opengl: return "opengl";
  }
  return "auto";
}

bool is_software_opengl(std::string_view gl_renderer) {
  std::string lower(gl_renderer);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  constexpr std::array<std::string_view, 4> kSoftware = {"llvmpipe", "softpipe", "swrast", "software rasterizer"};
  return std::any_of(kSoftware.begin(), kSoftware.end(), [&](std::string_view name) { return lower.find(name) != std::string::npos; });
}

RenderDecision decide_render_path(RendererChoice choice, const std::optional<std::string>& gl_renderer) {
  switch (choice) {
    case RendererChoice::software: return {RenderPath::software, "--renderer software"};
    case RendererChoice::opengl: return {RenderPath::hardware, "--renderer opengl"};
    case RendererChoice::automatic: break;
  }
  if (!gl_renderer) return {RenderPath::software, "there is no OpenGL"};
  if (is_software_opengl(*gl_renderer)) {
    return {RenderPath::software, "OpenGL is " + *gl_renderer + ", a software renderer"};
  }
  return {RenderPath::hardware, "OpenGL is " + *gl_renderer};
}

}  // namespace limber
