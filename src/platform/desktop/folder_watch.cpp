#include "platform/folder_watch.hpp"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>

namespace limber {
namespace {

// What changes a folder's listing or a file's contents (IN_MODIFY is left out: a save is one
// IN_CLOSE_WRITE, where it would be one event per write).
constexpr std::uint32_t kFolderEvents = IN_CREATE | IN_DELETE | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO |
                                        IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR;

// The folder itself if it exists, else its nearest existing parent (where it will appear).
std::filesystem::path existing_self_or_parent(std::filesystem::path folder) {
  std::error_code ec;
  while (!folder.empty() && !std::filesystem::is_directory(folder, ec)) {
    const auto parent = folder.parent_path();
    if (parent == folder) break;
    folder = parent;
  }
  return folder;
}

}  // namespace

Expected<std::unique_ptr<FolderWatch>, std::string> FolderWatch::start(std::vector<std::filesystem::path> folders,
                                                                       Callback changed, int burst_ms) {
  const int inotify_fd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (inotify_fd < 0) return Unexpected{std::string("inotify: ") + std::strerror(errno)};
  const int stop_fd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  if (stop_fd < 0) {
    ::close(inotify_fd);
    return Unexpected{std::string("eventfd: ") + std::strerror(errno)};
  }
  std::unique_ptr<FolderWatch> watch(new FolderWatch(inotify_fd, stop_fd, std::move(folders), std::move(changed), burst_ms));
  watch->add_watches();
  watch->thread_ = std::thread([raw = watch.get()] { raw->run(); });
  return watch;
}

FolderWatch::FolderWatch(int inotify_fd, int stop_fd, std::vector<std::filesystem::path> folders, Callback changed,
                         int burst_ms)
    : inotify_fd_(inotify_fd),
      stop_fd_(stop_fd),
      folders_(std::move(folders)),
      changed_(std::move(changed)),
      burst_ms_(burst_ms) {}

FolderWatch::~FolderWatch() {
  const std::uint64_t one = 1;
  (void)!::write(stop_fd_, &one, sizeof one);
  if (thread_.joinable()) thread_.join();
  ::close(inotify_fd_);
  ::close(stop_fd_);
}

void FolderWatch::add_watches() {
  // Adding a watch that exists already changes nothing, so after any event all are added again:
  // a folder that has just appeared is then watched itself.
  for (const auto& folder : folders_) {
    const auto target = existing_self_or_parent(folder);
    if (!target.empty()) (void)::inotify_add_watch(inotify_fd_, target.c_str(), kFolderEvents);
  }
}

bool FolderWatch::drain() {
  alignas(inotify_event) std::array<char, 8192> buffer{};
  for (;;) {
    const ssize_t n = ::read(inotify_fd_, buffer.data(), buffer.size());
    if (n > 0) continue;
    return n < 0 && (errno == EAGAIN || errno == EINTR);
  }
}

void FolderWatch::run() {
  std::array<pollfd, 2> fds{pollfd{inotify_fd_, POLLIN, 0}, pollfd{stop_fd_, POLLIN, 0}};
  for (;;) {
    if (::poll(fds.data(), fds.size(), -1) < 0) {
      if (errno == EINTR) continue;
      return;
    }
    if ((fds[1].revents & POLLIN) != 0) return;
    if ((fds[0].revents & POLLIN) == 0) continue;
    if (!drain()) return;
    // The rest of the burst: until the folders have been quiet for burst_ms_.
    for (;;) {
      if (::poll(fds.data(), fds.size(), burst_ms_) <= 0) break;
      if ((fds[1].revents & POLLIN) != 0) return;
      if (!drain()) return;
    }
    add_watches();
    changed_();
  }
}

}  // namespace limber
