#pragma once
// The Import and export screen's controller (the library's Import): finds the files other apps
// leave on this computer, imports the one chosen (or typed): routines through routine_importer.hpp,
// another device's history (an SQLite file) through WindowHistory's import; and exports this
// device's history and routines (data_export.hpp), and shows what came and went.
// "Choose a file" asks the desktop's file chooser (the XDG portal), and opens Limber's own
// folder browser where no portal answers.

#include <SDL.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

#include "app/window/folder_browser.hpp"
#include "platform/portal_file_chooser.hpp"
#include "app/window/app_request.hpp"
#include "app/window/window_services.hpp"
#include "ui/import_view.hpp"

namespace limber {

class ImportScreen {
 public:
  explicit ImportScreen(WindowServices& services) : services_(services) {}

  // Looks again for files to offer (Workrave's exercises, and .feeel, Feeel zips and .json files
  // in Downloads and Documents).
  void open();
  [[nodiscard]] const ImportModel& model() const { return model_; }
  [[nodiscard]] const ImportView& view() const { return view_; }

  // Takes the desktop file chooser's answer first, if it has come.
  std::optional<ImportIntent> draw(const ViewFonts& fonts);
  AppRequest handle(const ImportIntent& intent);
  // What importing the desktop chooser's file (taken while drawing) asks of the app, once.
  [[nodiscard]] std::optional<AppRequest> take_pending();
  AppRequest handle_key(SDL_Keycode key);
  // Takes a history import that has ended (started by choosing a history file); true when one had.
  bool take_history_import();

 private:
  AppRequest import(const std::filesystem::path& file);
  void choose_file();
  AppRequest take_choice(const FileChoice& choice);
  void export_history();
  void export_routines();
  void hand_over(const Expected<ExportedFile, std::string>& exported);

  WindowServices& services_;
  ImportModel model_;
  ImportView view_;
  std::vector<std::filesystem::path> found_;
  std::unique_ptr<PortalFileChooser> chooser_;  // while the desktop's file chooser is open
  std::optional<FolderBrowser> browser_;
  std::optional<AppRequest> pending_;  // what the chooser's file, imported while drawing, asks of the app
  std::string importing_name_;         // the history file being merged
};

}  // namespace limber
