#pragma once
// Draws a pose figure (core/pose/pose.hpp) with ImGui's draw lists: thick rounded limbs, the far limbs
// darker than the near ones, the props and the floor, in the theme's colours; the stretched muscle
// glows in the hold colour. Vector shapes only, so it is sharp at any size.

#include <imgui.h>

#include "core/pose/pose.hpp"
#include "ui/theme.hpp"

namespace limber {

struct PoseLook {
  ThemeKind theme = ThemeKind::dark;
  ImVec4 background{};  // what the figure is drawn on (the far limbs are mixed towards it)
  bool mirrored = false;  // the left side: the mirror image of the right
  float glow = 0;         // 0..1: how strongly the stretched muscle shows in the hold colour
};

// What the figure is drawn in: the near limbs and trunk, the far limbs (towards the background,
// so the two legs never merge), the stretched muscle at a full glow, and the props.
struct PoseColours {
  ImVec4 near, far, glow, prop_fill, prop_edge, prop_accent;
};
[[nodiscard]] PoseColours pose_colours(const PoseLook& look);

// The pose as `state` places it (pose.rest, pose.hold or a blend), fitted into [min, max] with the
// floor along the bottom. The framing depends on the pose alone, so the figure does not jump
// as it moves.
void draw_pose(ImDrawList* list, const Pose& pose, const PoseState& state, ImVec2 min, ImVec2 max, const PoseLook& look);

}  // namespace limber
