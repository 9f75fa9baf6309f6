#pragma once
// Reads pose files (docs/pose-format.md). Never throws: the pose, or every problem found in the
// file, each with its line and column, as routines are read.

#include <filesystem>
#include <string_view>

#include "core/base/diagnostic.hpp"
#include "core/base/expected.hpp"
#include "core/pose/pose.hpp"

namespace limber {

inline constexpr std::size_t kMaxPoseFileBytes = 64 * 1024;

using PoseResult = Expected<Pose, Diagnostics>;

// `name` is the pose's name (its file's stem); `file_name` is only used in the diagnostics.
[[nodiscard]] PoseResult parse_pose(std::string_view text, std::string_view name, std::string_view file_name);

[[nodiscard]] PoseResult load_pose_file(const std::filesystem::path& path);

}  // namespace limber
