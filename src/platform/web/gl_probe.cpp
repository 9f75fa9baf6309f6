#include "platform/gl_probe.hpp"

namespace limber {

// In a browser the renderer is the page's WebGL, which SDL's OpenGL ES 2 renderer draws with;
// there is no child process to ask and nothing to cache.
Expected<std::string, std::string> probe_opengl_renderer(std::chrono::milliseconds /*limit*/) {
  return std::string("WebGL");
}

std::string opengl_identity() { return "webgl"; }

std::optional<std::string> cached_opengl_renderer(const std::optional<std::filesystem::path>& /*cache_dir*/,
                                                  const std::string& /*identity*/) {
  return std::string("WebGL");
}

void cache_opengl_renderer(const std::optional<std::filesystem::path>& /*cache_dir*/, const std::string& /*identity*/,
                           const std::string& /*renderer*/) {}

}  // namespace limber
