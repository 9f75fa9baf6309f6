#pragma once
// Images in memory (rows from the top) written as PNG files: screenshots, pose figures.

#include <filesystem>
#include <string>

#include "core/expected.hpp"

namespace limber {

[[nodiscard]] Expected<void, std::string> save_rgb_png(const std::filesystem::path& path, int width, int height,
                                                       const unsigned char* rgb);
[[nodiscard]] Expected<void, std::string> save_rgba_png(const std::filesystem::path& path, int width, int height,
                                                        const unsigned char* rgba);

}  // namespace limber
