#include "platform/hand_over_file.hpp"

#include <unistd.h>

#include <cstdlib>

#include "core/base/translate.hpp"
#include "platform/paths.hpp"

namespace limber {

namespace fs = std::filesystem;

fs::path export_staging_dir() {
  std::error_code ec;
  return fs::temp_directory_path(ec) / ("limber-export-" + std::to_string(::getpid()));
}

Expected<std::string, std::string> hand_over_file(const fs::path& file, const std::string& name) {
  std::optional<fs::path> folder = resolve_downloads_dir();
  if (!folder) {
    const char* home = std::getenv("HOME");
    if (home == nullptr || home[0] == '\0') return Unexpected{std::string(tr("there is no Downloads folder and no home folder to save it in"))};
    folder = fs::path(home);
  }
  const fs::path wanted = *folder / name;
  // "limber-history-2026-12-07 (2).sqlite3", as browsers name a second download.
  fs::path target = wanted;
  std::error_code ec;
  for (int n = 2; fs::exists(target, ec) && n < 1000; ++n) {
    target = *folder / (wanted.stem().string() + " (" + std::to_string(n) + ")" + wanted.extension().string());
  }
  // Copied beside it, then renamed: the file in Downloads is whole or not there.
  const fs::path partial = *folder / ("." + target.filename().string() + ".part");
  fs::copy_file(file, partial, fs::copy_options::overwrite_existing, ec);
  if (!ec) fs::rename(partial, target, ec);
  if (ec) {
    std::error_code ignored;
    fs::remove(partial, ignored);
    return Unexpected{format(tr("{0} could not be saved in {1}: {2}"), name, folder->string(), ec.message())};
  }
  fs::remove(file, ec);
  return format(tr("Saved as {0}."), target.string());
}

}  // namespace limber
