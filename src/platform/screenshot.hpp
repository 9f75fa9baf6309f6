#pragma once
// Writes the current OpenGL back buffer as a PNG (for --screenshot and the GUI tests), and images
// drawn in memory.

#include <filesystem>
#include <string>

#include "core/expected.hpp"

namespace limber {

// Call after drawing a frame and before swapping buffers.
[[nodiscard]] Expected<void, std::string> save_screenshot(const std::filesystem::path& path, int width, int height);

// An RGBA image in memory (rows from the top) as a PNG.
[[nodiscard]] Expected<void, std::string> save_rgba_png(const std::filesystem::path& path, int width, int height,
                                                        const unsigned char* rgba);

}  // namespace limber
