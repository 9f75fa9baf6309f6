#pragma once
// The desktop's own file chooser, through the XDG Desktop Portal (org.freedesktop.portal.
// FileChooser.OpenFile on the session bus), which GNOME, KDE and others answer. The dialog is the
// desktop's and may stay open for minutes: the question runs on a thread of its own with its own
// bus connection, and the window's loop asks `poll()` each frame. When no portal answers (no
// session bus, nobody owning the portal's name, an error), the answer says so and the caller
// offers its own chooser instead. In the browser build (platform/web) the same class opens the
// browser's file picker.

#include <SDL.h>

#include <atomic>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace limber {

struct FileChoice {
  enum class Kind { chosen, cancelled, no_portal };
  Kind kind = Kind::no_portal;
  std::filesystem::path file{};  // chosen
  std::string why{};             // no_portal: what the bus said, for the log
};

// One kind of file the dialog offers to pick ("Routines", {"*.xml", "*.json"}).
struct FileFilter {
  std::string name;
  std::vector<std::string> patterns;
};

class PortalFileChooser {
 public:
  // Asks at once. `parent_window` is the portal's handle of the window asking ("x11:1a00004",
  // or "" when it has none): the dialog stays above it. `on_answer` runs on the chooser's thread
  // once the answer is there (to wake the window's loop).
  PortalFileChooser(std::string parent_window, std::string title, std::string accept_label, std::vector<FileFilter> filters,
                    std::function<void()> on_answer);
  // Closes the dialog if it is still open, and waits for the thread.
  ~PortalFileChooser();
  PortalFileChooser(const PortalFileChooser&) = delete;
  PortalFileChooser& operator=(const PortalFileChooser&) = delete;

  // The answer, once there is one (and only once).
  [[nodiscard]] std::optional<FileChoice> poll();

 private:
  void ask();
  void answer(FileChoice choice);

  std::string parent_window_;
  std::string title_;
  std::string accept_label_;
  std::vector<FileFilter> filters_;
  std::function<void()> on_answer_;
  std::atomic<bool> stop_{false};
  std::mutex mutex_;
  std::optional<FileChoice> answer_;
  bool answered_ = false;
  std::thread thread_;
};

// The portal's handle of an SDL window: "x11:<id in hex>" on X11, "" elsewhere (Wayland's needs
// an exported surface handle that SDL 2.26 does not give).
[[nodiscard]] std::string portal_parent_window(SDL_Window* window);

// A file:// URI as a path ("file:///home/a/My%20file.xml"); nothing for other schemes.
[[nodiscard]] std::optional<std::filesystem::path> path_of_file_uri(const std::string& uri);

}  // namespace limber
