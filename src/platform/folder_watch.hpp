#pragma once
// Tells when something changes in a few folders without looking at them again and again: Linux's
// inotify, read by a thread that sleeps in the kernel until there is news, so an idle app makes
// no wake-ups at all. A folder that does not exist yet is watched for from its nearest existing
// parent. Another OS would poll here instead; the callers only see "something changed".

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "core/base/expected.hpp"

namespace limber {

class FolderWatch {
 public:
  // Called on the watch's own thread, once per burst of changes (an editor's save is several).
  using Callback = std::function<void()>;

  // `burst_ms`: changes closer together than this are told once (a test on a busy machine asks
  // for a longer burst, so its writes cannot fall into two).
  [[nodiscard]] static Expected<std::unique_ptr<FolderWatch>, std::string> start(std::vector<std::filesystem::path> folders,
                                                                                 Callback changed,
                                                                                 int burst_ms = kBurstMs);
  ~FolderWatch();  // stops the thread
  FolderWatch(const FolderWatch&) = delete;
  FolderWatch& operator=(const FolderWatch&) = delete;

  static constexpr int kBurstMs = 100;

 private:
  FolderWatch(int inotify_fd, int stop_fd, std::vector<std::filesystem::path> folders, Callback changed, int burst_ms);
  void run();
  void add_watches();
  [[nodiscard]] bool drain();  // reads what inotify has; false when it cannot be read any more

  int inotify_fd_;
  int stop_fd_;
  std::vector<std::filesystem::path> folders_;
  Callback changed_;
  int burst_ms_;
  std::thread thread_;
};

}  // namespace limber
