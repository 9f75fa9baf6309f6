#include "platform/gl_probe.hpp"

#include <SDL.h>
#include <SDL_opengl.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <fstream>
#include <vector>

#include "platform/atomic_file.hpp"

namespace limber {
namespace {

constexpr const char* kCacheFile = "opengl.txt";

// In the child: "R" + the renderer, or "E" + why not.
std::string ask_opengl() {
  if (SDL_Init(SDL_INIT_VIDEO) != 0) return fmt::format("Ecannot open a display ({})", SDL_GetError());
  SDL_Window* window = SDL_CreateWindow("limber-probe", 0, 0, 8, 8, SDL_WINDOW_OPENGL | SDL_WINDOW_HIDDEN);
  if (window == nullptr) return fmt::format("Eno OpenGL window ({})", SDL_GetError());
  if (SDL_GL_CreateContext(window) == nullptr) return fmt::format("Eno OpenGL context ({})", SDL_GetError());
  using GetString = const GLubyte* (*)(GLenum);
  const auto get_string = reinterpret_cast<GetString>(SDL_GL_GetProcAddress("glGetString"));
  const GLubyte* renderer = get_string != nullptr ? get_string(GL_RENDERER) : nullptr;
  if (renderer == nullptr) return "EOpenGL does not name its renderer";
  return std::string("R") + reinterpret_cast<const char*>(renderer);
}

void write_all(int fd, const std::string& text) {
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n <= 0) return;
    done += static_cast<std::size_t>(n);
  }
}

std::string read_first_line(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  return line;
}

}  // namespace

Expected<std::string, std::string> probe_opengl_renderer(std::chrono::milliseconds limit) {
  if (SDL_WasInit(SDL_INIT_VIDEO) != 0) return Unexpected{std::string("SDL's video is already open in this process")};
  std::array<int, 2> fds{};
  if (::pipe2(fds.data(), O_CLOEXEC) != 0) return Unexpected{std::string("cannot make a pipe")};
  const pid_t child = ::fork();
  if (child < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    return Unexpected{std::string("cannot start a process")};
  }
  if (child == 0) {
    // Mesa's and the X libraries' warnings are not the user's business here.
    if (const int null = ::open("/dev/null", O_WRONLY); null >= 0) ::dup2(null, STDERR_FILENO);
    write_all(fds[1], ask_opengl());
    ::_exit(0);  // no atexit handlers, no destructors: they belong to the parent
  }
  ::close(fds[1]);
  std::string answer;
  const auto deadline = std::chrono::steady_clock::now() + limit;
  bool timed_out = false;
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      timed_out = true;
      break;
    }
    pollfd watched{fds[0], POLLIN, 0};
    if (::poll(&watched, 1, static_cast<int>(left.count())) <= 0) continue;
    std::array<char, 512> buffer{};
    const ssize_t n = ::read(fds[0], buffer.data(), buffer.size());
    if (n <= 0) break;
    answer.append(buffer.data(), static_cast<std::size_t>(n));
  }
  ::close(fds[0]);
  if (timed_out) ::kill(child, SIGKILL);
  int status = 0;
  ::waitpid(child, &status, 0);
  if (timed_out) return Unexpected{fmt::format("OpenGL did not answer within {} ms", limit.count())};
  if (answer.size() < 2 || (answer[0] != 'R' && answer[0] != 'E')) return Unexpected{std::string("OpenGL could not be asked")};
  if (answer[0] == 'E') return Unexpected{answer.substr(1)};
  return answer.substr(1);
}

std::string opengl_identity() {
  std::string identity;
  for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "SDL_VIDEODRIVER", "LIBGL_ALWAYS_SOFTWARE", "GALLIUM_DRIVER",
                           "MESA_LOADER_DRIVER_OVERRIDE", "__GLX_VENDOR_LIBRARY_NAME", "__EGL_VENDOR_LIBRARY_FILENAMES"}) {
    const char* value = std::getenv(name);
    identity += fmt::format("{}={};", name, value != nullptr ? value : "");
  }
  identity += "boot=" + read_first_line("/proc/sys/kernel/random/boot_id") + ";dri=";
  std::vector<std::string> nodes;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator("/dev/dri", ec)) nodes.push_back(entry.path().filename());
  std::sort(nodes.begin(), nodes.end());
  for (const auto& node : nodes) identity += node + ",";
  return identity;
}

std::optional<std::string> cached_opengl_renderer(const std::optional<std::filesystem::path>& cache_dir,
                                                  const std::string& identity) {
  if (!cache_dir) return std::nullopt;
  std::ifstream in(*cache_dir / kCacheFile);
  std::string stored_identity;
  std::string renderer;
  if (!std::getline(in, stored_identity) || !std::getline(in, renderer)) return std::nullopt;
  if (stored_identity != identity || renderer.empty()) return std::nullopt;
  return renderer;
}

void cache_opengl_renderer(const std::optional<std::filesystem::path>& cache_dir, const std::string& identity,
                           const std::string& renderer) {
  if (!cache_dir) return;
  std::error_code ec;
  std::filesystem::create_directories(*cache_dir, ec);
  // Only a cache: when it cannot be written, the next start asks again.
  (void)write_file_atomically(*cache_dir / kCacheFile, identity + "\n" + renderer + "\n");
}

}  // namespace limber
