#include "core/small_file.hpp"

#include <fmt/format.h>

#include <fstream>
#include <system_error>

#include "core/translate.hpp"

namespace limber {

Expected<std::string, std::string> read_small_file(const std::filesystem::path& path, std::uintmax_t max_bytes,
                                                   std::string_view what) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return Unexpected{format(tr("this is a folder, not {0}"), what)};
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) return Unexpected{format(tr("cannot read the file: {0}"), ec.message())};
  if (size > max_bytes) {
    const std::string readable = max_bytes % (1024 * 1024) == 0 ? format(tr(" ({0} MiB)"), max_bytes / (1024 * 1024))
                                 : max_bytes % 1024 == 0        ? format(tr(" ({0} KiB)"), max_bytes / 1024)
                                                                : std::string();
    return Unexpected{format(tr("the file is {0} bytes; {1} may be at most {2} bytes{3}"), size, what, max_bytes, readable)};
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Unexpected{std::string(tr("cannot open the file for reading"))};
  std::string text(static_cast<std::size_t>(size), '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(in.gcount()));
  return text;
}

}  // namespace limber
