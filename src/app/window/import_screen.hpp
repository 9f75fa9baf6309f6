#pragma once
// The Import screen's controller (the library's Import): finds the files other apps leave on this
// computer, imports the one chosen (or typed) through routine_importer.hpp, and shows what came.

#include <SDL.h>

#include <filesystem>
#include <optional>
#include <vector>

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

  std::optional<ImportIntent> draw(const ViewFonts& fonts) { return view_.draw(model_, services_.theme(), fonts); }
  AppRequest handle(const ImportIntent& intent);
  AppRequest handle_key(SDL_Keycode key);

 private:
  AppRequest import(const std::filesystem::path& file);

  WindowServices& services_;
  ImportModel model_;
  ImportView view_;
  std::vector<std::filesystem::path> found_;
};

}  // namespace limber
