#pragma once
// The user's own pictures (`image:`) and pose files (`pose: my-pose.yaml`) a routine names,
// checked where they are: the routine still runs without them, but `limber check` says what is
// wrong and where (a pose file's own problems at their places in it).

#include <filesystem>

#include "core/base/diagnostic.hpp"
#include "core/routine/routine.hpp"

namespace limber {

// Each picture that cannot be shown, at its `image:` value in the file, and each problem of the
// routine's own pose files; found whether or not the rest of the routine is valid.
[[nodiscard]] Diagnostics routine_picture_problems(const std::filesystem::path& routine_file);

// A picture's path: relative to the routine's folder unless absolute.
[[nodiscard]] std::filesystem::path picture_path(const std::filesystem::path& routine_file, const std::string& image);

}  // namespace limber
