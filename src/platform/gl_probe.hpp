#pragma once
// Asks OpenGL which renderer this machine gives a window (the GL_RENDERER string), in a child
// process: loading a software driver (Mesa's llvmpipe) costs about 100 MB and 100 ms, which the
// window itself should not pay just to learn that it should not use it. The answer is cached per
// display and boot, so only the first start after a reboot asks again.

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

#include "core/base/expected.hpp"

namespace limber {

// Must run before this process opens SDL's video (the child draws on its own connection).
// The error says why there is no answer: no OpenGL, the child failed, or it took over `limit`.
[[nodiscard]] Expected<std::string, std::string> probe_opengl_renderer(std::chrono::milliseconds limit);

// What identifies the OpenGL a window gets on this machine now: the display, the boot, the GPU
// device nodes and the environment variables that steer Mesa and libglvnd.
[[nodiscard]] std::string opengl_identity();

// The cached answer for `identity` (in cache_dir/opengl.txt), if any; and storing one.
[[nodiscard]] std::optional<std::string> cached_opengl_renderer(const std::optional<std::filesystem::path>& cache_dir,
                                                                const std::string& identity);
void cache_opengl_renderer(const std::optional<std::filesystem::path>& cache_dir, const std::string& identity,
                           const std::string& renderer);

}  // namespace limber
