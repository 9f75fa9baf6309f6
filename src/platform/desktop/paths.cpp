#include "platform/paths.hpp"

#include <cstdlib>
#include <fstream>

namespace limber {
namespace {

std::optional<std::filesystem::path> absolute_env(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr || *value == '\0') return std::nullopt;
  std::filesystem::path path(value);
  if (!path.is_absolute()) return std::nullopt;
  return path;
}

std::optional<std::filesystem::path> xdg_dir(const char* variable, const char* fallback_under_home) {
  if (auto dir = absolute_env(variable)) return *dir / "limber";
  if (auto home = absolute_env("HOME")) return *home / fallback_under_home / "limber";
  return std::nullopt;
}

std::filesystem::path executable_dir() {
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path{} : exe.parent_path();
}

// The installed share folder when this binary runs from <prefix>/bin, else the source tree.
std::filesystem::path share_dir(const char* sub) {
  std::error_code ec;
  const auto exe_dir = executable_dir();
  if (!exe_dir.empty()) {
    const auto installed = exe_dir.parent_path() / "share" / "limber" / sub;
    if (std::filesystem::is_directory(installed, ec)) return installed;
  }
  return std::filesystem::path(LIMBER_SOURCE_DIR) / sub;
}

}  // namespace

std::optional<std::filesystem::path> resolve_data_dir(const std::string& override_dir) {
  if (!override_dir.empty()) return std::filesystem::absolute(override_dir);
  if (const char* env = std::getenv("LIMBER_DATA_DIR"); env != nullptr && *env != '\0') {
    return std::filesystem::absolute(env);
  }
  return xdg_dir("XDG_DATA_HOME", ".local/share");
}

std::optional<std::filesystem::path> resolve_config_dir() { return xdg_dir("XDG_CONFIG_HOME", ".config"); }

std::optional<std::filesystem::path> resolve_cache_dir() { return xdg_dir("XDG_CACHE_HOME", ".cache"); }

namespace {

// XDG_<KEY>_DIR from user-dirs.dirs when that folder exists, else ~/<fallback> when it exists.
std::optional<std::filesystem::path> user_dir(const std::string& key, const char* fallback) {
  const char* home = std::getenv("HOME");
  if (home == nullptr || home[0] == '\0') return std::nullopt;
  const std::filesystem::path home_dir(home);
  std::error_code ec;
  {
    // A line like XDG_DOCUMENTS_DIR="$HOME/Dokumente", as xdg-user-dirs writes it.
    const auto config = absolute_env("XDG_CONFIG_HOME");
    std::ifstream dirs((config ? *config : home_dir / ".config") / "user-dirs.dirs");
    const std::string prefix = "XDG_" + key + "_DIR=\"";
    for (std::string line; std::getline(dirs, line);) {
      if (!line.starts_with(prefix) || line.back() != '"') continue;
      std::string value = line.substr(prefix.size(), line.size() - prefix.size() - 1);
      if (value.starts_with("$HOME")) value = home_dir.string() + value.substr(5);
      if (std::filesystem::is_directory(value, ec)) return std::filesystem::path(value);
    }
  }
  if (std::filesystem::is_directory(home_dir / fallback, ec)) return home_dir / fallback;
  return std::nullopt;
}

}  // namespace

std::optional<std::filesystem::path> resolve_documents_dir() {
  if (auto dir = user_dir("DOCUMENTS", "Documents")) return dir;
  const char* home = std::getenv("HOME");
  if (home == nullptr || home[0] == '\0') return std::nullopt;
  return std::filesystem::path(home);
}

std::optional<std::filesystem::path> resolve_downloads_dir() { return user_dir("DOWNLOAD", "Downloads"); }

std::filesystem::path builtin_routines_dir() { return share_dir("routines"); }

std::filesystem::path builtin_assets_dir() { return share_dir("assets"); }

std::filesystem::path translations_dir() {
  std::error_code ec;
  const auto exe_dir = executable_dir();
  if (!exe_dir.empty()) {
    // Installed: <prefix>/share/locale, if this package put its catalogues there.
    const auto installed = exe_dir.parent_path() / "share" / "locale";
    if (std::filesystem::exists(installed / "de" / "LC_MESSAGES" / "limber.mo", ec)) return installed;
  }
  return std::filesystem::path(LIMBER_BUILD_LOCALE_DIR);
}

std::string app_address() { return {}; }

}  // namespace limber
