#include "core/formats/private_copy.hpp"

#include <stdlib.h>

#include <fmt/format.h>

#include <system_error>

#include "core/base/translate.hpp"

namespace limber {
namespace {

std::filesystem::path with_suffix(const std::filesystem::path& file, const char* suffix) {
  std::filesystem::path out = file;
  out += suffix;
  return out;
}

}  // namespace

Expected<PrivateCopy, std::string> PrivateCopy::of(const std::filesystem::path& file, std::uintmax_t most_bytes) {
  std::error_code ec;
  const auto status = std::filesystem::status(file, ec);
  if (ec || status.type() == std::filesystem::file_type::not_found) {
    return Unexpected{format(tr("{0} is not there"), file.string())};
  }
  if (status.type() != std::filesystem::file_type::regular) {
    return Unexpected{format(tr("{0} is not a regular file (a folder, a pipe or a device), so it is not read"), file.string())};
  }
  const std::filesystem::path wal = with_suffix(file, "-wal");
  const bool has_wal = std::filesystem::is_regular_file(wal, ec);
  const std::uintmax_t bytes = std::filesystem::file_size(file, ec) + (has_wal ? std::filesystem::file_size(wal, ec) : 0);
  if (bytes > most_bytes) {
    return Unexpected{format(tr("{0} holds {1} MB, more than any Limber history ({2} MB), so it is not read"), file.string(),
                             bytes >> 20, most_bytes >> 20)};
  }
  std::string pattern = (std::filesystem::temp_directory_path(ec) / "limber-read-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) return Unexpected{format(tr("cannot make a folder to read {0} in"), file.string())};
  const std::filesystem::path folder(pattern);
  PrivateCopy copy(folder, folder / "history.sqlite3");
  std::filesystem::copy_file(file, copy.file_, ec);
  if (!ec && has_wal) std::filesystem::copy_file(wal, with_suffix(copy.file_, "-wal"), ec);
  if (ec) return Unexpected{format(tr("cannot copy {0} to read it: {1}"), file.string(), ec.message())};
  return copy;
}

PrivateCopy::PrivateCopy(PrivateCopy&& other) noexcept
    : folder_(std::exchange(other.folder_, {})), file_(std::move(other.file_)) {}

PrivateCopy::~PrivateCopy() {
  if (folder_.empty()) return;
  std::error_code ec;
  std::filesystem::remove_all(folder_, ec);
}

}  // namespace limber
