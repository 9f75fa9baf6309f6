// Limber's own routines: a routine file, or Export's bundle of them (YAML documents, one routine
// each, separated by `---` lines). Each document is read and checked as the library reads a
// routine file, with its errors at the line and column of the whole file.
#include <fmt/format.h>

#include "core/base/translate.hpp"
#include "core/importers/routine_import.hpp"
#include "core/routine/routine_loader.hpp"

namespace limber {
namespace {

constexpr std::string_view kLimber = "Limber";

struct Document {
  std::string_view text;
  std::size_t first_line = 1;
};

// A line that is exactly `---` (a YAML document marker) starts a document; nothing else can, as
// a marker at column 0 ends any scalar before it.
std::vector<Document> documents(std::string_view text) {
  std::vector<Document> out;
  std::size_t start = 0;
  std::size_t start_line = 1;
  std::size_t line = 1;
  std::size_t at = 0;
  while (at <= text.size()) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    std::string_view row = text.substr(at, end - at);
    if (row.ends_with('\r')) row.remove_suffix(1);
    if (row == "---" || row.starts_with("--- ")) {
      if (at > start) out.push_back({text.substr(start, at - start), start_line});
      start = end + 1;
      start_line = line + 1;
    }
    if (end == text.size()) break;
    at = end + 1;
    ++line;
  }
  if (start < text.size()) out.push_back({text.substr(start), start_line});
  return out;
}

bool blank(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    const std::string_view row = text.substr(at, end - at);
    const auto first = row.find_first_not_of(" \t\r");
    if (first != std::string_view::npos && row[first] != '#') return false;
    at = end + 1;
  }
  return true;
}

// A routine file names its routine and its exercises at the top level: a YAML text without
// either is some other text, and is said to be.
bool names_a_routine(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    const std::string_view row = text.substr(at, end - at);
    if (row.starts_with("name:") || row.starts_with("exercises:")) return true;
    at = end + 1;
  }
  return false;
}

}  // namespace

Expected<ImportedFile, std::string> import_limber(std::string_view yaml, std::string_view file_name) {
  if (!names_a_routine(yaml)) {
    return Unexpected{std::string(
        tr("it is neither XML (Workrave), JSON (Just Another Workout Timer, Feeel) nor a Limber routine (YAML)"))};
  }
  ImportedFile file{std::string(kLimber), {}, {}};
  for (const Document& doc : documents(yaml)) {
    if (blank(doc.text)) continue;
    if (file.routines.size() >= ImportLimits::routines) {
      file.skipped.push_back(format(tr("the routines after the first {0}"), ImportLimits::routines));
      break;
    }
    // Padded with the lines before it, so a problem is placed in the whole file.
    std::string padded(doc.first_line - 1, '\n');
    padded += doc.text;
    RoutineResult routine = parse_routine(padded, file_name);
    if (!routine) {
      const Diagnostic& first = routine.error().front();
      file.skipped.push_back(fmt::format("{}:{}:{}: {}", file_name, first.line, first.column, first.message));
      continue;
    }
    ImportedRoutine imported{std::move(routine.value())};
    // A picture of its own comes along when it lies beside the file.
    for (const Exercise& e : imported.routine.exercises) {
      if (!e.image.empty()) imported.pictures.push_back({e.image, e.image});
    }
    file.routines.push_back(std::move(imported));
  }
  if (file.routines.empty()) {
    if (!file.skipped.empty()) return Unexpected{file.skipped.front()};
    return Unexpected{std::string(tr("it holds no routine"))};
  }
  return file;
}

}  // namespace limber
