#pragma once
// A pose figure (docs/pose-format.md): a person seen from the side, facing right, with the
// working leg (the one stretched) nearest the viewer, in two positions, *rest* and *hold*,
// between which a session moves it. Lengths are in body heights, y up from the floor; angles in
// degrees. The left side is the mirror image of the right.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace limber {

struct Point2 {
  double x = 0;
  double y = 0;
  bool operator==(const Point2&) const = default;
};

// Where the figure's parts are: the rest is worked out (pose_figure.hpp).
struct PoseState {
  Point2 hips{0.45, 0.535};
  double lean = 0;    // the trunk's lean from upright, forward positive (90: face down, -90: on the back)
  double head = 0;    // the head's tilt from the trunk's line, chin down positive
  double chest = 1;   // the chest's depth, 1 at rest; more on a breath in
  Point2 near_ankle{0.47, 0.045};
  double near_foot = 0;  // the sole's angle: 0 flat, toes up positive
  Point2 far_ankle{0.43, 0.045};
  double far_foot = 0;
  Point2 near_hand{0.47, 0.50};  // hanging by the side
  Point2 far_hand{0.44, 0.50};
  bool operator==(const PoseState&) const = default;
};

// Part way from `a` (t = 0) to `b` (t = 1).
[[nodiscard]] PoseState blend(const PoseState& a, const PoseState& b, double t);

enum class PropKind { wall, books, step, chair, mat, towel };
[[nodiscard]] std::string_view prop_key(PropKind kind);
[[nodiscard]] std::optional<PropKind> prop_from_key(std::string_view key);

struct Prop {
  PropKind kind = PropKind::wall;
  double x = 0;       // its left edge (a wall: its face)
  double width = 0;   // unused by a wall and a towel
  double height = 0;  // a pile of books, a step, a chair's seat; unused by a wall, a mat and a towel
  bool operator==(const Prop&) const = default;
};

// The muscle a hold stretches, which glows in the hold colour: the near leg's.
enum class Muscle { none, calf, hamstring };

struct Pose {
  std::string name;         // its file's stem: "calf-ledge"
  std::string description;  // what the picture shows, for people (and the editor's picker)
  Muscle stretches = Muscle::none;
  std::vector<Prop> props;
  PoseState rest;
  PoseState hold;
  bool operator==(const Pose&) const = default;
};

// The poses Limber ships (assets/poses/NAME.yaml), in the order the editor offers them. A test
// keeps this list and the folder the same.
inline constexpr std::array<std::string_view, 7> kBuiltInPoses = {
    "calf-ledge", "calf-wall", "hamstring-step", "sit-and-reach", "toes-pull", "calf-massage", "seated-breathing",
};

// A routine's `pose:` naming a pose file of the user's own ("my-stretch.yaml", next to the
// routine) rather than a built-in pose.
[[nodiscard]] bool is_pose_file_name(std::string_view name);

}  // namespace limber
