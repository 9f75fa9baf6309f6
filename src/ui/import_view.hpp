#pragma once
// The Import and export screen: routines from Workrave, Just Another Workout Timer, Feeel and
// another Limber, and another Limber's history. The files found on this computer, each with
// Import; "Choose a file" for any other (the desktop's file chooser, or Limber's own folder browser
// where the desktop has none), or its path typed; Export's two files for another device; and what
// the last import or export did, line by line.

#include <optional>
#include <string>
#include <vector>

#include "ui/folder_browser_view.hpp"
#include "ui/theme.hpp"
#include "ui/view_fonts.hpp"
#include "ui/widgets.hpp"

namespace limber {

struct ImportCandidate {
  std::string name;    // "exercises.xml"
  std::string where;   // "Workrave's own, /usr/share/workrave/exercises"
};

struct ImportModel {
  std::vector<ImportCandidate> found{};
  bool browse_files = true;  // false in a browser: no folders to list, no paths to type (the file picker only)
  std::vector<std::string> report{};  // what the last import did
  std::vector<std::string> errors{};  // files it could not read, and why
  std::string waiting{};              // the desktop's file chooser is open, a history is merging
  std::string export_where{};         // where an exported file goes (Downloads, the browser's downloads)
  std::optional<FolderBrowserModel> browser{};  // Limber's own chooser, shown instead of the screen
};

struct ImportIntent {
  enum class Kind { back, import_found, import_typed, choose_file, browse, export_history, export_routines };
  Kind kind = Kind::back;
  int index = -1;       // import_found
  std::string path{};   // import_typed
  FolderBrowserIntent browse{};
};

class ImportView {
 public:
  std::optional<ImportIntent> draw(const ImportModel& model, ThemeKind theme, const ViewFonts& fonts);
  [[nodiscard]] const DrawnButtons& buttons() const { return buttons_; }
  // Clears the typed path. ImGui writes an active field's own copy of its text back every frame,
  // so a field that has the keyboard lets go of it and takes it again, showing the cleared path.
  void clear_typed() {
    typed_.clear();
    restart_field_ = true;
  }

 private:
  DrawnButtons buttons_;
  bool dragging_ = false;
  std::string typed_;
  bool restart_field_ = false;
};

}  // namespace limber
