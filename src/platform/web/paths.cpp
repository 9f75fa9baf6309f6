#include "platform/paths.hpp"

#include <emscripten.h>

#include <cstdlib>

#include "platform/web/web_storage.hpp"

namespace limber {

// The page's folders: the user's data and settings live in the browser's persistent storage
// (web_storage.hpp mounts it); what Limber ships is packed into the page's read-only files.
std::optional<std::filesystem::path> resolve_data_dir(const std::string& override_dir) {
  if (!override_dir.empty()) return std::filesystem::path(override_dir);
  return std::filesystem::path(kPersistentRoot) / "data";
}

std::optional<std::filesystem::path> resolve_config_dir() { return std::filesystem::path(kPersistentRoot) / "config"; }

// Worked out again on each visit: kept in memory only.
std::optional<std::filesystem::path> resolve_cache_dir() { return std::filesystem::path("/tmp/limber-cache"); }

// A page has no documents or downloads folder of its own: files leave it as the browser's downloads.
std::optional<std::filesystem::path> resolve_documents_dir() { return std::nullopt; }
std::optional<std::filesystem::path> resolve_downloads_dir() { return std::nullopt; }

std::filesystem::path builtin_routines_dir() { return std::filesystem::path(kPackedRoot) / "routines"; }
std::filesystem::path builtin_assets_dir() { return std::filesystem::path(kPackedRoot) / "assets"; }
std::filesystem::path translations_dir() { return std::filesystem::path(kPackedRoot) / "locale"; }

namespace {
EM_JS(char*, limber_page_address, (), { return allocateUTF8(location.origin + location.pathname); });
}  // namespace

std::string app_address() {
  char* address = limber_page_address();
  std::string text = address != nullptr ? address : "";
  std::free(address);
  return text;
}

}  // namespace limber
