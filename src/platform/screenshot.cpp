#include "platform/screenshot.hpp"

#include <SDL_opengl.h>
#include <fmt/format.h>
#include <stb_image_write.h>

#include <algorithm>
#include <vector>

namespace limber {

Expected<void, std::string> save_screenshot(const std::filesystem::path& path, int width, int height) {
  if (width <= 0 || height <= 0) return Unexpected{std::string("the window has no size")};
  const auto row_bytes = static_cast<std::size_t>(width) * 3;
  std::vector<unsigned char> pixels(row_bytes * static_cast<std::size_t>(height));
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
  // OpenGL's rows run bottom-up; PNG's top-down.
  std::vector<unsigned char> flipped(pixels.size());
  for (int y = 0; y < height; ++y) {
    std::copy_n(pixels.begin() + static_cast<std::ptrdiff_t>(row_bytes * static_cast<std::size_t>(height - 1 - y)),
                row_bytes, flipped.begin() + static_cast<std::ptrdiff_t>(row_bytes * static_cast<std::size_t>(y)));
  }
  if (stbi_write_png(path.c_str(), width, height, 3, flipped.data(), static_cast<int>(row_bytes)) == 0) {
    return Unexpected{fmt::format("cannot write {}", path.string())};
  }
  return {};
}

Expected<void, std::string> save_rgba_png(const std::filesystem::path& path, int width, int height,
                                          const unsigned char* rgba) {
  if (stbi_write_png(path.c_str(), width, height, 4, rgba, width * 4) == 0) {
    return Unexpected{fmt::format("cannot write {}", path.string())};
  }
  return {};
}

}  // namespace limber
