#include "platform/png_file.hpp"

#include <fmt/format.h>
#include <stb_image_write.h>

#include <string>
#include <vector>

#include "platform/atomic_file.hpp"

namespace limber {

// stb_image_write in the browser build (libpng on the desktop), encoded in memory and written
// whole or not at all, as every file of Limber's is.
Expected<void, std::string> save_rgba_png(const std::filesystem::path& path, int width, int height, const unsigned char* rgba) {
  std::string bytes;
  const auto append = [](void* into, void* data, int size) {
    static_cast<std::string*>(into)->append(static_cast<const char*>(data), static_cast<std::size_t>(size));
  };
  if (stbi_write_png_to_func(append, &bytes, width, height, 4, rgba, width * 4) == 0) {
    return Unexpected{fmt::format("cannot encode {} as PNG", path.string())};
  }
  return write_file_atomically(path, bytes);
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
