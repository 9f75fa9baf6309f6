#pragma once
// The built-in poses (assets/poses/*.yaml), read once, the first time one is asked for, and the
// users' own pose files next to their routines.

#include <filesystem>
#include <string_view>

#include "core/pose/pose.hpp"

namespace limber {

// The pose of that name, or null when there is none (or its file is broken: said once on stderr).
[[nodiscard]] const Pose* find_builtin_pose(std::string_view name);

// What an exercise's `pose:` names: a built-in pose, or a pose file relative to the routine file
// (read once, kept for the process; a broken one is said once on stderr and shows nothing).
[[nodiscard]] const Pose* find_pose(const std::filesystem::path& routine_file, std::string_view pose);

}  // namespace limber
