#pragma once
// Reads routine files (format v1). Never throws: the result is the routine, or every problem
// found in the file, each with its line and column.

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "core/base/diagnostic.hpp"
#include "core/base/expected.hpp"
#include "core/routine/routine.hpp"

namespace limber {

inline constexpr std::size_t kMaxRoutineFileBytes = 1024 * 1024;

using RoutineResult = Expected<Routine, Diagnostics>;

// `file_name` is only used in the diagnostics.
[[nodiscard]] RoutineResult parse_routine(std::string_view text, std::string_view file_name);

// What a routine file was, besides the routine in it, read in the same pass: the history records
// the hash, and the editor saves a file with comments as a copy (saving would drop them).
struct RoutineFileFacts {
  std::string content_hash{};  // of the file's bytes (record_ids.hpp); empty if unreadable
  bool has_comments = false;
  bool operator==(const RoutineFileFacts&) const = default;
};

struct LoadedRoutine {
  RoutineResult routine;
  RoutineFileFacts facts{};
};

// Reads the file once: the routine (or its problems) and the facts about the file.
[[nodiscard]] LoadedRoutine read_routine_file(const std::filesystem::path& path);

// The routine alone, for callers that need nothing else from the file.
[[nodiscard]] RoutineResult load_routine_file(const std::filesystem::path& path);

}  // namespace limber
