#include "platform/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

namespace limber {

Expected<void, std::string> write_file_atomically(const std::filesystem::path& path, const std::string& text,
                                                  const AtomicWriteHook& after_step) {
  const auto step = [&](AtomicWriteStep done) {
    if (after_step) after_step(done);
  };
  const auto failure = [&](const char* what) {
    return Unexpected{fmt::format("cannot {} {}: {}", what, path.string(), std::strerror(errno))};
  };
  std::error_code ec;
  std::filesystem::create_directories(path.parent_path(), ec);
  // The folder's own problem (no permission to make it, a file in its place) is the one to name,
  // not the "No such file or directory" that opening inside it would say next.
  if (ec) return Unexpected{fmt::format("cannot make the folder {}: {}", path.parent_path().string(), ec.message())};
  const std::filesystem::path temporary = path.string() + ".tmp";
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return failure("write");
  step(AtomicWriteStep::temporary_created);
  std::size_t written = 0;
  while (written < text.size()) {
    const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n <= 0) break;
    written += static_cast<std::size_t>(n);
  }
  if (written != text.size()) {
    auto error = failure("write");
    ::close(fd);
    ::unlink(temporary.c_str());
    return error;
  }
  step(AtomicWriteStep::data_written);
  if (::fsync(fd) != 0) {
    auto error = failure("flush");
    ::close(fd);
    ::unlink(temporary.c_str());
    return error;
  }
  ::close(fd);
  step(AtomicWriteStep::data_synced);
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    auto error = failure("replace");
    ::unlink(temporary.c_str());
    return error;
  }
  step(AtomicWriteStep::renamed);
  const int dir = ::open(path.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
  step(AtomicWriteStep::folder_synced);
  return {};
}

Expected<void, std::string> move_file_atomically(const std::filesystem::path& written, const std::filesystem::path& path) {
  const int fd = ::open(written.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0 || ::fsync(fd) != 0) {
    auto error = Unexpected{fmt::format("cannot flush {}: {}", written.string(), std::strerror(errno))};
    if (fd >= 0) ::close(fd);
    return error;
  }
  ::close(fd);
  if (::rename(written.c_str(), path.c_str()) != 0) {
    return Unexpected{fmt::format("cannot replace {}: {}", path.string(), std::strerror(errno))};
  }
  const int dir = ::open(path.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
  return {};
}

}  // namespace limber
