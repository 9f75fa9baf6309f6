#include "app/window/folder_browser.hpp"

#include <algorithm>
#include <cstdlib>

#include "core/base/translate.hpp"
#include "platform/paths.hpp"

namespace limber {
namespace {

namespace fs = std::filesystem;

std::string lowered(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

}  // namespace

bool importable_file_name(const fs::path& file) {
  const std::string ext = lowered(file.extension().string());
  return ext == ".xml" || ext == ".json" || ext == ".feeel" || ext == ".zip";
}

FolderBrowser::FolderBrowser() {
  std::error_code ec;
  const char* home = std::getenv("HOME");
  if (home != nullptr && home[0] != '\0' && fs::is_directory(home, ec)) {
    places_.emplace_back(home);
    model_.places.emplace_back(trc("the home folder", "Home"));
  }
  // Downloads and Documents by their own (perhaps translated) names; one that is the home folder
  // itself (no such folder here) is not offered twice.
  for (const auto& folder : {resolve_downloads_dir(), resolve_documents_dir()}) {
    if (!folder || !fs::is_directory(*folder, ec)) continue;
    if (std::any_of(places_.begin(), places_.end(), [&](const fs::path& p) { return fs::equivalent(p, *folder, ec); })) continue;
    places_.push_back(*folder);
    model_.places.push_back(folder->filename().string());
  }
  show(places_.size() > 1 ? places_[1] : (places_.empty() ? fs::path("/") : places_[0]));
}

void FolderBrowser::show(const fs::path& folder) {
  folder_ = folder;
  model_.folder = folder.string();
  model_.can_go_up = folder.has_parent_path() && folder.parent_path() != folder;
  model_.entries.clear();
  model_.notice.clear();
  std::error_code ec;
  std::vector<FolderBrowserModel::Entry> folders;
  std::vector<FolderBrowserModel::Entry> files;
  fs::directory_iterator it(folder, ec);
  if (ec) {
    model_.notice = format(tr("This folder cannot be read: {0}."), ec.message());
    return;
  }
  for (const auto& entry : it) {
    const std::string name = entry.path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    if (entry.is_directory(ec)) {
      folders.push_back({name, true});
    } else if (entry.is_regular_file(ec) && importable_file_name(entry.path())) {
      files.push_back({name, false});
    }
  }
  const auto by_name = [](const auto& a, const auto& b) { return lowered(a.name) < lowered(b.name); };
  std::sort(folders.begin(), folders.end(), by_name);
  std::sort(files.begin(), files.end(), by_name);
  model_.entries = std::move(folders);
  model_.entries.insert(model_.entries.end(), files.begin(), files.end());
  if (model_.entries.empty()) model_.notice = tr("Nothing here to import: no folders, and no .xml, .json, .feeel or .zip files.");
}

std::optional<fs::path> FolderBrowser::handle(const FolderBrowserIntent& intent) {
  using Kind = FolderBrowserIntent::Kind;
  switch (intent.kind) {
    case Kind::close: break;
    case Kind::up:
      if (model_.can_go_up) show(folder_.parent_path());
      break;
    case Kind::place:
      if (intent.index >= 0 && static_cast<std::size_t>(intent.index) < places_.size()) show(places_[static_cast<std::size_t>(intent.index)]);
      break;
    case Kind::open:
      if (intent.index >= 0 && static_cast<std::size_t>(intent.index) < model_.entries.size()) {
        const auto& entry = model_.entries[static_cast<std::size_t>(intent.index)];
        const fs::path path = folder_ / entry.name;
        if (!entry.folder) return path;
        show(path);
      }
      break;
  }
  return std::nullopt;
}

}  // namespace limber
