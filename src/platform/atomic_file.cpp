#include "platform/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "core/base/translate.hpp"

namespace limber {

Expected<void, std::string> write_file_atomically(const std::filesystem::path& path, const std::string& text,
                                                  const AtomicWriteHook& after_step) {
  const auto step = [&](AtomicWriteStep done) {
    if (after_step) after_step(done);
  };
  const auto failure = [&](const char* what) {  // what: a translated "cannot ... {0}: {1}"
    return Unexpected{format(what, path.string(), std::strerror(errno))};
  };
  // A bare file name ("report.pdf") is in the current folder.
  const std::filesystem::path folder = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  // The folder's own problem (no permission to make it, a file in its place) is the one to name,
  // not the "No such file or directory" that opening inside it would say next.
  if (ec) return Unexpected{format(tr("cannot make the folder {0}: {1}"), folder.string(), ec.message())};
  const std::filesystem::path temporary = path.string() + ".tmp";
  // A file of this name left by a crash, or anything put there, is replaced, never written through.
  ::unlink(temporary.c_str());
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0) return failure(tr("cannot write {0}: {1}"));
  step(AtomicWriteStep::temporary_created);
  std::size_t written = 0;
  while (written < text.size()) {
    const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n <= 0) break;
    written += static_cast<std::size_t>(n);
  }
  if (written != text.size()) {
    auto error = failure(tr("cannot write {0}: {1}"));
    ::close(fd);
    ::unlink(temporary.c_str());
    return error;
  }
  step(AtomicWriteStep::data_written);
  if (::fsync(fd) != 0) {
    auto error = failure(tr("cannot flush {0}: {1}"));
    ::close(fd);
    ::unlink(temporary.c_str());
    return error;
  }
  ::close(fd);
  step(AtomicWriteStep::data_synced);
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    auto error = failure(tr("cannot replace {0}: {1}"));
    ::unlink(temporary.c_str());
    return error;
  }
  step(AtomicWriteStep::renamed);
  const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
  step(AtomicWriteStep::folder_synced);
  return {};
}

Expected<void, std::string> write_output_file(const std::filesystem::path& path, const std::string& text) {
  const std::filesystem::path folder = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec)) {
    return Unexpected{format(tr("{0} is not a folder that exists: make it first (Limber makes no folders you did not ask for)"),
                             folder.string())};
  }
  const auto status = std::filesystem::symlink_status(path, ec);
  switch (status.type()) {
    case std::filesystem::file_type::not_found:
    case std::filesystem::file_type::regular: return write_file_atomically(path, text);
    case std::filesystem::file_type::symlink:
      return Unexpected{format(tr("{0} is a symbolic link: Limber writes no file through a link (name the file itself)"),
                               path.string())};
    case std::filesystem::file_type::directory: return Unexpected{format(tr("{0} is a folder, not a file"), path.string())};
    default:
      return Unexpected{format(tr("{0} is a device, a pipe or a socket, not a file: Limber writes only files"), path.string())};
  }
}

Expected<void, std::string> move_file_atomically(const std::filesystem::path& written, const std::filesystem::path& path) {
  const int fd = ::open(written.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0 || ::fsync(fd) != 0) {
    auto error = Unexpected{format(tr("cannot flush {0}: {1}"), written.string(), std::strerror(errno))};
    if (fd >= 0) ::close(fd);
    return error;
  }
  ::close(fd);
  if (::rename(written.c_str(), path.c_str()) != 0) {
    return Unexpected{format(tr("cannot replace {0}: {1}"), path.string(), std::strerror(errno))};
  }
  const int dir = ::open((path.has_parent_path() ? path.parent_path() : std::filesystem::path(".")).c_str(),
                         O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
  return {};
}

}  // namespace limber
