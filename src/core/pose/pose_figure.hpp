#pragma once
// Where every joint of a pose figure is: the pose file gives the hips, the trunk's lean, and
// where the feet and hands are; knees and elbows follow (knees bend forward, elbows down and
// back), with the body's proportions fixed here.

#include "core/pose/pose.hpp"

namespace limber {

// The body's proportions, in body heights.
struct BodyProportions {
  static constexpr double thigh = 0.245;
  static constexpr double shin = 0.245;
  static constexpr double trunk = 0.30;      // hip joint to shoulder joint
  static constexpr double neck = 0.035;
  static constexpr double head_radius = 0.062;
  static constexpr double upper_arm = 0.165;
  static constexpr double forearm = 0.19;    // with the hand
  static constexpr double ankle_height = 0.045;
  static constexpr double heel_behind = 0.035;
  static constexpr double foot_length = 0.15;
  static constexpr double limb_width = 0.05;
  static constexpr double trunk_width = 0.085;
};

struct LegJoints {
  Point2 hip;
  Point2 knee;
  Point2 ankle;
  Point2 heel;
  Point2 toes;
};

struct ArmJoints {
  Point2 shoulder;
  Point2 elbow;
  Point2 hand;
};

struct Figure {
  Point2 hips;
  Point2 shoulders;
  Point2 neck;
  Point2 head;  // its centre
  double chest = 1;
  LegJoints near_leg;
  LegJoints far_leg;
  ArmJoints near_arm;
  ArmJoints far_arm;
};

[[nodiscard]] Figure solve_figure(const PoseState& state);

// The smallest box around the figure in both its positions and the pose's props, floor included.
struct Box2 {
  Point2 min;
  Point2 max;
};
[[nodiscard]] Box2 pose_bounds(const Pose& pose);

}  // namespace limber
