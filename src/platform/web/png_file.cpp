#include "platform/png_file.hpp"

#include <fmt/format.h>
#include <stb_image_write.h>

#include <vector>

namespace limber {

// stb_image_write in the browser build (libpng on the desktop): the same files, made smaller
// by neither. Written whole or not at all, as the callers' paths are the page's own files.
Expected<void, std::string> save_rgba_png(const std::filesystem::path& path, int width, int height, const unsigned char* rgba) {
  if (stbi_write_png(path.c_str(), width, height, 4, rgba, width * 4) == 0) {
    return Unexpected{fmt::format("cannot write {}", path.string())};
  }
  return {};
}

Expected<void, std::string> save_xrgb_png(const std::filesystem::path& path, int width, int height, const std::uint32_t* xrgb) {
  std::vector<unsigned char> rgba(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4);
  for (std::size_t i = 0; i < rgba.size() / 4; ++i) {
    rgba[i * 4] = static_cast<unsigned char>(xrgb[i] >> 16);
    rgba[i * 4 + 1] = static_cast<unsigned char>(xrgb[i] >> 8);
    rgba[i * 4 + 2] = static_cast<unsigned char>(xrgb[i]);
    rgba[i * 4 + 3] = 255;
  }
  return save_rgba_png(path, width, height, rgba.data());
}

}  // namespace limber
