// Emscripten 3.1.6's musl reads gettext catalogues through __map_file, whose fstat goes through a
// raw syscall that fails there; it then hands MAP_FAILED on as a mapping, and the first dgettext
// reads outside memory. This is the same function over the ordinary calls, which work. It is
// compiled into the page's program itself (an INTERFACE source of limber_platform), so the linker
// takes it before libc's copy.

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstddef>

extern "C" const unsigned char* __map_file(const char* pathname, std::size_t* size) {
  const int fd = open(pathname, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return nullptr;
  struct stat st {};
  void* map = MAP_FAILED;
  if (fstat(fd, &st) == 0 && st.st_size > 0) {
    map = mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    *size = static_cast<std::size_t>(st.st_size);
  }
  close(fd);
  return map == MAP_FAILED ? nullptr : static_cast<const unsigned char*>(map);
}
