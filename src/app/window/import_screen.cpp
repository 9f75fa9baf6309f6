#include "app/window/import_screen.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>

#include "app/services/history_import_text.hpp"
#include "app/services/routine_importer.hpp"
#include "core/formats/sqlite.hpp"
#include "platform/hand_over_file.hpp"
#include "core/base/translate.hpp"
#include "platform/abilities.hpp"
#include "platform/paths.hpp"

namespace limber {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMostOffered = 12;

bool worth_offering(const fs::path& file) {
  const std::string ext = file.extension().string();
  const std::string name = file.filename().string();
  return ext == ".feeel" || ext == ".json" || (ext == ".zip" && name.rfind("Feeel", 0) == 0) ||
         (name.rfind("limber-", 0) == 0 && (ext == ".sqlite3" || ext == ".yaml"));
}

bool is_sqlite_file(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::string head(kSqliteFileHeader.size(), '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  return is_sqlite_file_start(std::string_view(head).substr(0, static_cast<std::size_t>(in.gcount())));
}

}  // namespace

void ImportScreen::open() {
  chooser_.reset();
  browser_.reset();
  model_ = ImportModel{};
  model_.browse_files = platform_abilities().browse_files;
  model_.export_where = platform_abilities().browse_files ? tr("Each file is saved in your Downloads folder.")
                                                          : tr("Your browser downloads each file, as it downloads any other.");
  found_.clear();
  if (!model_.browse_files) return;  // a page sees only the files its user picks
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
    case ImportIntent::Kind::choose_file: choose_file(); return {};
    case ImportIntent::Kind::export_history: export_history(); return {};
    case ImportIntent::Kind::export_routines: export_routines(); return {};
    case ImportIntent::Kind::browse:
      if (browser_) {
        const auto file = browser_->handle(intent.browse);
        if (file || intent.browse.kind == FolderBrowserIntent::Kind::close) {
          browser_.reset();
          model_.browser.reset();
        } else {
          model_.browser = browser_->model();
        }
        if (file) return import(*file);
      }
      return {};
  }
  return {};
}

void ImportScreen::choose_file() {
  if (chooser_) return;  // already open: the desktop shows it
  model_.report.clear();
  model_.errors.clear();
  model_.waiting = model_.browse_files ? tr("The desktop's file chooser is open.") : tr("The browser's file picker is open.");
  static const Uint32 wake = SDL_RegisterEvents(1);
  chooser_ = std::make_unique<PortalFileChooser>(
      portal_parent_window(services_.renderer != nullptr ? SDL_RenderGetWindow(services_.renderer) : nullptr), tr("Import"),
      tr("Import"),
      std::vector<FileFilter>{{tr("Routines and histories from Limber, Workrave, JAWT and Feeel"),
                               {"*.yaml", "*.sqlite3", "*.xml", "*.json", "*.feeel", "*.zip"}}},
      [] {
        // Wakes the window's loop: the answer is taken in the next frame.
        SDL_Event event{};
        event.type = wake != static_cast<Uint32>(-1) ? wake : static_cast<Uint32>(SDL_USEREVENT);
        SDL_PushEvent(&event);
      });
}

AppRequest ImportScreen::take_choice(const FileChoice& choice) {
  chooser_.reset();
  model_.waiting.clear();
  switch (choice.kind) {
    case FileChoice::Kind::chosen: return import(choice.file);
    case FileChoice::Kind::cancelled: return {};
    case FileChoice::Kind::no_portal:
      // No desktop chooser here (a bare X session, a kiosk, a tablet without a portal): Limber's own.
      browser_.emplace();
      model_.browser = browser_->model();
      return {};
  }
  return {};
}

std::optional<AppRequest> ImportScreen::take_pending() {
  auto pending = std::move(pending_);
  pending_.reset();
  return pending;
}

std::optional<ImportIntent> ImportScreen::draw(const ViewFonts& fonts) {
  if (chooser_) {
    if (const auto choice = chooser_->poll()) pending_ = take_choice(*choice);
  }
  return view_.draw(model_, services_.theme(), fonts);
}

AppRequest ImportScreen::import(const std::filesystem::path& file) {
  if (is_sqlite_file(file)) {
    if (services_.history.importing()) return {};  // one at a time: the first is said when done
    model_.report.clear();
    model_.errors.clear();
    importing_name_ = file.filename().string();
    model_.waiting = format(tr("Merging {0} into your history\u2026"), importing_name_);
    services_.history.start_import(file);
    return {};
  }
  const RoutineImportReport report = import_routine_files(services_.context, {file});
  model_.report = report.lines;
  model_.errors = report.errors;
  if (report.errors.empty()) view_.clear_typed();
  // The library reads its folders again, so the new routines are there on the way back.
  return report.written.empty() ? AppRequest{} : AppRequest{.kind = AppRequest::Kind::routine_saved};
}

bool ImportScreen::take_history_import() {
  auto done = services_.history.take_import();
  if (!done) return false;
  model_.waiting.clear();
  if (*done) {
    model_.report = history_import_lines(**done, importing_name_);
    view_.clear_typed();  // as after routines: the next path typed starts afresh
  } else {
    model_.errors = {format(tr("{0} was not imported: {1}."), importing_name_, done->error())};
  }
  return true;
}

void ImportScreen::export_history() { hand_over(services_.history.export_copy(services_.today())); }

void ImportScreen::export_routines() { hand_over(limber::export_routines(services_.context, services_.today())); }

void ImportScreen::hand_over(const Expected<ExportedFile, std::string>& exported) {
  model_.report.clear();
  model_.errors.clear();
  if (!exported) {
    model_.errors = {format(tr("Nothing was exported: {0}."), exported.error())};
    return;
  }
  auto where = hand_over_file(exported->file, exported->name);
  if (!where) {
    model_.errors = {format(tr("Nothing was exported: {0}."), where.error())};
    return;
  }
  model_.report = {*where};
  model_.report.insert(model_.report.end(), exported->notes.begin(), exported->notes.end());
}

AppRequest ImportScreen::handle_key(SDL_Keycode key) {
  if (key == SDLK_ESCAPE) {
    if (browser_) {
      ImportIntent close{ImportIntent::Kind::browse};
      close.browse.kind = FolderBrowserIntent::Kind::close;
      return handle(close);
    }
    return handle({ImportIntent::Kind::back});
  }
  return {};
}

}  // namespace limber
