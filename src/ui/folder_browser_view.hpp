#pragma once
// Limber's own file chooser, for when the desktop offers none (no XDG portal answers): one folder
// at a time, its sub-folders and the files that can be imported as big rows, a row of places
// (home, Downloads, Documents) and Up. A tap on a folder opens it; a tap on a file picks it.

#include <optional>
#include <string>
#include <vector>

#include "ui/theme.hpp"
#include "ui/view_fonts.hpp"
#include "ui/widgets.hpp"

namespace limber {

struct FolderBrowserModel {
  struct Entry {
    std::string name;
    bool folder = false;
  };
  std::string folder{};                // the folder shown, as a path
  std::vector<std::string> places{};   // "Home", "Downloads", "Documents" (those that exist)
  bool can_go_up = false;
  std::vector<Entry> entries{};        // folders first, then files, each by name
  std::string notice{};                // the folder cannot be read; or nothing here to import
};

struct FolderBrowserIntent {
  enum class Kind { close, up, place, open };
  Kind kind = Kind::close;
  int index = -1;  // place, open
};

[[nodiscard]] std::optional<FolderBrowserIntent> draw_folder_browser(const FolderBrowserModel& model, const Palette& palette,
                                                                     const ViewFonts& fonts, bool& dragging, DrawnButtons& buttons);

}  // namespace limber
