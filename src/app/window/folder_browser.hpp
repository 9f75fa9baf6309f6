#pragma once
// The controller of Limber's own file chooser (ui/folder_browser_view.hpp), offered when no XDG
// portal answers: reads one folder at a time, keeps its sub-folders and the files the importers
// take (.xml, .json, .feeel, .zip), hides hidden ones, and says why a folder shows nothing.

#include <filesystem>
#include <optional>
#include <vector>

#include "ui/folder_browser_view.hpp"

namespace limber {

class FolderBrowser {
 public:
  // Opens on Downloads if there is one, else the home folder.
  FolderBrowser();
  [[nodiscard]] const FolderBrowserModel& model() const { return model_; }
  // Carries out a tap; a file tapped is returned (and the browser's job is done).
  std::optional<std::filesystem::path> handle(const FolderBrowserIntent& intent);
  void show(const std::filesystem::path& folder);

 private:
  FolderBrowserModel model_;
  std::filesystem::path folder_;
  std::vector<std::filesystem::path> places_;
};

// Whether an importer takes a file with this name (by its extension).
[[nodiscard]] bool importable_file_name(const std::filesystem::path& file);

}  // namespace limber
