#include "core/formats/small_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>

#include "core/base/translate.hpp"

namespace limber {
namespace {

// Closes the descriptor however the read ends.
class Descriptor {
 public:
  explicit Descriptor(int fd) : fd_(fd) {}
  ~Descriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  [[nodiscard]] int get() const { return fd_; }

 private:
  int fd_;
};

std::string kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return tr("a folder");
  if (S_ISFIFO(mode)) return tr("a pipe (FIFO)");
  if (S_ISSOCK(mode)) return tr("a socket");
  if (S_ISCHR(mode) || S_ISBLK(mode)) return tr("a device");
  return tr("not a regular file");
}

}  // namespace

Expected<std::string, std::string> read_small_file(const std::filesystem::path& path, std::uintmax_t max_bytes,
                                                   std::string_view what) {
  // Opened without waiting (a pipe in a file's place would otherwise wait for a writer for ever),
  // then judged by what it is, not by its name.
  const Descriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
  if (fd.get() < 0) return Unexpected{format(tr("cannot read the file: {0}"), std::strerror(errno))};
  struct stat info {};
  if (::fstat(fd.get(), &info) != 0) return Unexpected{format(tr("cannot read the file: {0}"), std::strerror(errno))};
  if (S_ISDIR(info.st_mode)) return Unexpected{format(tr("this is a folder, not {0}"), what)};
  if (!S_ISREG(info.st_mode)) return Unexpected{format(tr("this is {0}, not {1}"), kind_of(info.st_mode), what)};
  const auto size = static_cast<std::uintmax_t>(info.st_size);
  if (size > max_bytes) {
    const std::string readable = max_bytes % (1024 * 1024) == 0 ? format(tr(" ({0} MiB)"), max_bytes / (1024 * 1024))
                                 : max_bytes % 1024 == 0        ? format(tr(" ({0} KiB)"), max_bytes / 1024)
                                                                : std::string();
    return Unexpected{format(tr("the file is {0} bytes; {1} may be at most {2} bytes{3}"), size, what, max_bytes, readable)};
  }
  std::string text(static_cast<std::size_t>(size), '\0');
  std::size_t got = 0;
  while (got < text.size()) {
    const ssize_t n = ::read(fd.get(), text.data() + got, text.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Unexpected{format(tr("cannot read the file: {0}"), std::strerror(errno))};
    if (n == 0) break;  // it shrank while being read
    got += static_cast<std::size_t>(n);
  }
  text.resize(got);
  return text;
}

}  // namespace limber
