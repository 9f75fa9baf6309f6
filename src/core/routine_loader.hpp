#pragma once
// Reads routine files (format v1). Never throws: the result is the routine, or every problem
// found in the file, each with its line and column.

#include <cstddef>
#include <filesystem>
#include <string_view>

#include "core/diagnostic.hpp"
#include "core/expected.hpp"
#include "core/routine.hpp"

namespace limber {

inline constexpr std::size_t kMaxRoutineFileBytes = 1024 * 1024;

using RoutineResult = Expected<Routine, Diagnostics>;

// `file_name` is only used in the diagnostics.
[[nodiscard]] RoutineResult parse_routine(std::string_view text, std::string_view file_name);

[[nodiscard]] RoutineResult load_routine_file(const std::filesystem::path& path);

}  // namespace limber
