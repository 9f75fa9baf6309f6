#include "app/services/sync_folder.hpp"

#include <system_error>

#include "core/base/translate.hpp"
#include "core/formats/small_file.hpp"
#include "platform/atomic_file.hpp"

namespace limber {

std::optional<std::filesystem::path> read_sync_folder(const std::filesystem::path& data_dir) {
  const auto text = read_small_file(data_dir / kSyncFolderFile, 64 * 1024, tr("a sync folder's name"));
  if (!text) return std::nullopt;
  std::string line = text->substr(0, text->find('\n'));
  if (line.empty() || line.front() != '/') return std::nullopt;
  return std::filesystem::path(line);
}

Expected<void, std::string> write_sync_folder(const std::filesystem::path& data_dir,
                                              const std::optional<std::filesystem::path>& folder) {
  const std::filesystem::path file = data_dir / kSyncFolderFile;
  if (!folder) {
    std::error_code ec;
    std::filesystem::remove(file, ec);
    if (ec) return Unexpected{format(tr("cannot remove {0}: {1}"), file.string(), ec.message())};
    return {};
  }
  const std::string name = folder->string();
  if (name.find('\n') != std::string::npos) return Unexpected{std::string(tr("a folder's name may not hold a line break"))};
  return write_file_atomically(file, name + "\n");
}

}  // namespace limber
