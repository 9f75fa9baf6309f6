#pragma once
// Images in memory (rows from the top) written as PNG files: screenshots, pose figures.

#include <cstdint>
#include <filesystem>
#include <string>

#include "core/base/expected.hpp"

namespace limber {

// Pixels as SDL's ARGB8888 surfaces hold them (32-bit words, alpha ignored): a window's frame
// as read, with no conversion on the window's thread.
[[nodiscard]] Expected<void, std::string> save_xrgb_png(const std::filesystem::path& path, int width, int height,
                                                        const std::uint32_t* xrgb);
[[nodiscard]] Expected<void, std::string> save_rgba_png(const std::filesystem::path& path, int width, int height,
                                                        const unsigned char* rgba);

}  // namespace limber
