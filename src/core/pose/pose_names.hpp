#pragma once
// The built-in poses as people call them, in the user's language ("calf-ledge": "Calf on a
// ledge"). Files keep the keys (core/pose/pose.hpp); screens show these.

#include <string>
#include <string_view>

namespace limber {

// The name of a built-in pose; a pose of the user's own keeps its file's name.
[[nodiscard]] std::string pose_display_name(std::string_view key);

}  // namespace limber
