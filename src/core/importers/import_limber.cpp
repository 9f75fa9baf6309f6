// Limber's own routines: a routine file, or Export's bundle of them (YAML documents, one routine
// each, separated by `---` lines). Each document is read and checked as the library reads a
// routine file, with its errors at the line and column of the whole file.
#include <fmt/format.h>

#include <algorithm>

#include "core/base/text.hpp"
#include "core/base/translate.hpp"
#include "core/importers/routine_import.hpp"
#include "core/routine/routine_loader.hpp"

namespace limber {
namespace {

constexpr std::string_view kLimber = "Limber";

struct Document {
  std::vector<std::string_view> lines;
  std::size_t first_line = 1;
};

// A line that is exactly `---` (a YAML document marker) starts a document; nothing else can, as
// a marker at column 0 ends any scalar before it.
std::vector<Document> documents(std::string_view text) {
  std::vector<Document> out(1);
  const std::vector<std::string_view> lines = split_lines(text);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i] == "---" || lines[i].starts_with("--- ")) {
      out.push_back({{}, i + 2});
    } else {
      out.back().lines.push_back(lines[i]);
    }
  }
  return out;
}

// Only comments and white space.
bool blank(const Document& doc) {
  return std::all_of(doc.lines.begin(), doc.lines.end(), [](std::string_view line) {
    const std::string_view text = trim(line);
    return text.empty() || text.front() == '#';
  });
}

// A routine file names its routine and its exercises at the top level: a YAML text without
// either is some other text, and is said to be.
bool names_a_routine(std::string_view text) {
  const auto lines = split_lines(text);
  return std::any_of(lines.begin(), lines.end(),
                     [](std::string_view line) { return line.starts_with("name:") || line.starts_with("exercises:"); });
}

}  // namespace

Expected<ImportedFile, std::string> import_limber(std::string_view yaml, std::string_view file_name) {
  if (!names_a_routine(yaml)) {
    return Unexpected{std::string(
        tr("it is neither XML (Workrave), JSON (Just Another Workout Timer, Feeel) nor a Limber routine (YAML)"))};
  }
  ImportedFile file{std::string(kLimber), {}, {}};
  for (const Document& doc : documents(yaml)) {
    if (blank(doc)) continue;
    if (file.routines.size() >= ImportLimits::routines) {
      file.skipped.push_back(format(tr("the routines after the first {0}"), ImportLimits::routines));
      break;
    }
    // Padded with the lines before it, so a problem is placed in the whole file.
    std::string padded(doc.first_line - 1, '\n');
    for (const std::string_view line : doc.lines) (padded += line) += '\n';
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
