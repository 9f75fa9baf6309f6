#include "core/small_file.hpp"

#include <fmt/format.h>

#include <fstream>
#include <system_error>

namespace limber {

Expected<std::string, std::string> read_small_file(const std::filesystem::path& path, std::uintmax_t max_bytes,
                                                   std::string_view what) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return Unexpected{fmt::format("this is a folder, not {}", what)};
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) return Unexpected{fmt::format("cannot read the file: {}", ec.message())};
  if (size > max_bytes) {
    const std::string readable = max_bytes % (1024 * 1024) == 0 ? fmt::format(" ({} MiB)", max_bytes / (1024 * 1024))
                                 : max_bytes % 1024 == 0        ? fmt::format(" ({} KiB)", max_bytes / 1024)
                                                                : std::string();
    return Unexpected{fmt::format("the file is {} bytes; {} may be at most {} bytes{}", size, what, max_bytes, readable)};
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Unexpected{std::string("cannot open the file for reading")};
  std::string text(static_cast<std::size_t>(size), '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(in.gcount()));
  return text;
}

}  // namespace limber
