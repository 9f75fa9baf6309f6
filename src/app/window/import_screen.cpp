#include "app/window/import_screen.hpp"

#include <algorithm>
#include <cstdlib>

#include "app/services/routine_importer.hpp"
#include "core/base/translate.hpp"
#include "platform/paths.hpp"

namespace limber {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMostOffered = 12;

bool worth_offering(const fs::path& file) {
  const std::string ext = file.extension().string();
  const std::string name = file.filename().string();
  return ext == ".feeel" || ext == ".json" || (ext == ".zip" && name.rfind("Feeel", 0) == 0);
}

}  // namespace

void ImportScreen::open() {
  model_ = ImportModel{};
  found_.clear();
  std::error_code ec;
  const fs::path system_workrave = "/usr/share/workrave/exercises/exercises.xml";
  if (fs::is_regular_file(system_workrave, ec)) {
    found_.push_back(system_workrave);
    model_.found.push_back({system_workrave.filename().string(), format(tr("Workrave's own, {0}"), system_workrave.parent_path().string())});
  }
  std::vector<std::pair<fs::file_time_type, fs::path>> files;
  const char* home = std::getenv("HOME");
  std::vector<fs::path> folders;
  if (home != nullptr && home[0] != '\0') folders.push_back(fs::path(home) / ".local" / "share" / "workrave" / "exercises");
  if (auto downloads = resolve_downloads_dir()) folders.push_back(*downloads);
  if (auto documents = resolve_documents_dir()) folders.push_back(*documents);
  for (const fs::path& folder : folders) {
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
      const bool workrave = folder.filename() == "exercises" && entry.path().extension() == ".xml";
      if (!entry.is_regular_file(ec) || !(workrave || worth_offering(entry.path()))) continue;
      files.emplace_back(entry.last_write_time(ec), entry.path());
    }
  }
  // The newest first: what was just exported or downloaded.
  std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (const auto& [time, file] : files) {
    if (found_.size() >= kMostOffered) break;
    found_.push_back(file);
    model_.found.push_back({file.filename().string(), file.parent_path().string()});
  }
}

AppRequest ImportScreen::handle(const ImportIntent& intent) {
  switch (intent.kind) {
    case ImportIntent::Kind::back: return {.kind = AppRequest::Kind::show_library};
    case ImportIntent::Kind::import_found:
      if (intent.index >= 0 && static_cast<std::size_t>(intent.index) < found_.size()) {
        return import(found_[static_cast<std::size_t>(intent.index)]);
      }
      return {};
    case ImportIntent::Kind::import_typed: {
      std::string typed = intent.path;
      typed.erase(0, typed.find_first_not_of(" \t"));
      typed.erase(typed.find_last_not_of(" \t") + 1);
      if (typed.empty()) {
        model_.report.clear();
        model_.errors = {tr("Type the path of the file to import first.")};
        return {};
      }
      // "~/Downloads/x.feeel", as a terminal would take it.
      const char* home = std::getenv("HOME");
      if (typed.rfind("~/", 0) == 0 && home != nullptr) typed = std::string(home) + typed.substr(1);
      return import(typed);
    }
  }
  return {};
}

AppRequest ImportScreen::import(const std::filesystem::path& file) {
  const RoutineImportReport report = import_routine_files(services_.context, {file});
  model_.report = report.lines;
  model_.errors = report.errors;
  if (report.errors.empty()) view_.clear_typed();
  // The library reads its folders again, so the new routines are there on the way back.
  return report.written.empty() ? AppRequest{} : AppRequest{.kind = AppRequest::Kind::routine_saved};
}

AppRequest ImportScreen::handle_key(SDL_Keycode key) {
  if (key == SDLK_ESCAPE) return handle({ImportIntent::Kind::back});
  return {};
}

}  // namespace limber
