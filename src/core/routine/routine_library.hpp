#pragma once
// The routine library: every routine file in the built-in and user folders, loaded and checked.
// An invalid file stays in the library with its diagnostics, so the user can see what is wrong.

#include <array>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/expected.hpp"
#include "core/routine/routine_loader.hpp"

namespace limber {

enum class RoutineOrigin { builtin, user };

[[nodiscard]] std::string_view origin_name(RoutineOrigin origin);  // "built-in", "user", in the user's language

struct RoutineFolder {
  std::filesystem::path path;
  RoutineOrigin origin = RoutineOrigin::user;
};

struct LibraryEntry {
  std::filesystem::path file;
  RoutineOrigin origin = RoutineOrigin::user;
  RoutineResult routine;
  RoutineFileFacts facts{};

  [[nodiscard]] std::string stem() const { return file.stem().string(); }
  // The routine's name in the user's language, or the file's stem while the file is invalid.
  [[nodiscard]] std::string display_name() const;
};

// The built-ins the product is about, by file stem, in the order the library shows them first.
inline constexpr std::array<std::string_view, 2> kPinnedBuiltins = {"morning-calf-stretch", "bedtime-stretches"};

struct RoutineLibrary {
  std::vector<LibraryEntry> entries;  // built-in first (the pinned ones leading), then user; by name within each

  // A routine by its name in any of its languages (case-insensitive) or its file's stem; user
  // routines win over built-in ones.
  [[nodiscard]] const LibraryEntry* find(std::string_view name_or_stem) const;
  // A routine other than the one in `except` with this name (case-insensitive), if any.
  [[nodiscard]] const LibraryEntry* another_named(std::string_view name, const std::filesystem::path& except) const;
};

// Reads `*.yaml` and `*.yml` files (not sub-folders) of each folder. A missing folder is empty.
[[nodiscard]] RoutineLibrary load_library(const std::vector<RoutineFolder>& folders);

[[nodiscard]] bool is_routine_file_name(const std::filesystem::path& path);

// What the folders hold right now: each routine file's path, size and modification time. Two
// different signatures mean the library must be read again (a file edited, added or removed).
[[nodiscard]] std::string library_signature(const std::vector<RoutineFolder>& folders);

}  // namespace limber
