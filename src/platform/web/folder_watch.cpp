#include "platform/folder_watch.hpp"

namespace limber {

// A page's files change only through the page itself: there is nothing to watch, and the callers
// look on their timers instead (as on a system without inotify).
Expected<std::unique_ptr<FolderWatch>, std::string> FolderWatch::start(std::vector<std::filesystem::path> /*folders*/,
                                                                       Callback /*changed*/, int /*burst_ms*/) {
  return Unexpected{std::string("a browser has no folder watches")};
}

FolderWatch::~FolderWatch() = default;

}  // namespace limber
