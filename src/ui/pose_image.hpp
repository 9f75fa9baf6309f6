#pragma once
// A pose figure as an image, drawn on the CPU in an ImGui context of its own (no window, no GPU):
// for `limber pose`, the docs and the pose tests.

#include "core/pose/pose.hpp"
#include "ui/pose_view.hpp"
#include "ui/shape_raster.hpp"

namespace limber {

// A square image `size` pixels wide, on the look's background.
[[nodiscard]] RgbaImage render_pose_image(const Pose& pose, const PoseState& state, int size, const PoseLook& look);

}  // namespace limber
