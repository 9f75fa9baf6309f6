#pragma once
// The built-in poses (assets/poses/*.yaml), read once, the first time one is asked for.

#include <string_view>

#include "core/pose.hpp"

namespace limber {

// The pose of that name, or null when there is none (or its file is broken: said once on stderr).
[[nodiscard]] const Pose* find_builtin_pose(std::string_view name);

}  // namespace limber
