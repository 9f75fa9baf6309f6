#include "core/routine/routine_library.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "core/base/text.hpp"
#include "core/base/translate.hpp"
#include "core/routine/routine_language.hpp"

namespace limber {

std::string_view origin_name(RoutineOrigin origin) {
  return origin == RoutineOrigin::builtin ? trc("a routine's origin", "built-in") : trc("a routine's origin", "user");
}

std::string LibraryEntry::display_name() const {
  return routine ? translated_text(routine->translations, "name", routine->name, current_language()) : stem();
}

bool is_routine_file_name(const std::filesystem::path& path) {
  const std::string ext = path.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

const LibraryEntry* RoutineLibrary::find(std::string_view name_or_stem) const {
  const LibraryEntry* found = nullptr;
  for (const LibraryEntry& entry : entries) {
    // Its name in any of its languages: what the user reads in the library is what they can type.
    bool by_name = entry.routine && equal_ignoring_case(entry.routine->name, name_or_stem);
    if (entry.routine && !by_name) {
      for (const auto& [language, texts] : entry.routine->translations) {
        const auto name = texts.find("name");
        by_name = by_name || (name != texts.end() && equal_ignoring_case(name->second, name_or_stem));
      }
    }
    if (by_name || entry.stem() == name_or_stem) {
      // Entries list user routines last: a later match is a user's own version and wins.
      found = &entry;
    }
  }
  return found;
}

const LibraryEntry* RoutineLibrary::another_named(std::string_view name, const std::filesystem::path& except) const {
  for (const LibraryEntry& entry : entries) {
    if (entry.routine && entry.file != except && equal_ignoring_case(entry.routine->name, name)) return &entry;
  }
  return nullptr;
}

RoutineLibrary load_library(const std::vector<RoutineFolder>& folders) {
  RoutineLibrary library;
  for (const RoutineFolder& folder : folders) {
    std::error_code ec;
    std::vector<std::filesystem::path> files;
    for (std::filesystem::directory_iterator it(folder.path, ec), end; !ec && it != end; it.increment(ec)) {
      if (is_routine_file_name(it->path()) && !it->is_directory(ec)) files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
      LoadedRoutine loaded = read_routine_file(file);
      library.entries.push_back(LibraryEntry{file, folder.origin, std::move(loaded.routine), loaded.facts});
    }
  }
  // Built-in first, then the user's; each by name, so "Calves (copy)" follows "Calves". The two
  // built-ins the product is about lead, so a newcomer finds them above the fold.
  const auto pin = [](const LibraryEntry& e) {
    if (e.origin != RoutineOrigin::builtin) return kPinnedBuiltins.size();
    const auto at = std::find(kPinnedBuiltins.begin(), kPinnedBuiltins.end(), e.stem());
    return static_cast<std::size_t>(at - kPinnedBuiltins.begin());
  };
  const auto key = [](const LibraryEntry& e) {
    std::string name = e.display_name();
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return name;
  };
  std::stable_sort(library.entries.begin(), library.entries.end(), [&](const LibraryEntry& a, const LibraryEntry& b) {
    if (a.origin != b.origin) return a.origin < b.origin;
    if (pin(a) != pin(b)) return pin(a) < pin(b);
    return key(a) < key(b);
  });
  return library;
}

std::string library_signature(const std::vector<RoutineFolder>& folders) {
  std::vector<std::string> lines;
  for (const RoutineFolder& folder : folders) {
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(folder.path, ec)) {
      if (!is_routine_file_name(entry.path())) continue;
      std::error_code stat_ec;
      const auto size = entry.file_size(stat_ec);
      const auto time = entry.last_write_time(stat_ec).time_since_epoch().count();
      lines.push_back(fmt::format("{}\t{}\t{}\n", entry.path().string(), stat_ec ? 0 : size, stat_ec ? 0 : time));
    }
  }
  std::sort(lines.begin(), lines.end());
  std::string signature;
  for (const std::string& line : lines) signature += line;
  return signature;
}

}  // namespace limber
