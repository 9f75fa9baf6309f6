#include "core/pose/pose_figure.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace limber {
namespace {

using B = BodyProportions;

Point2 operator+(Point2 a, Point2 b) { return {a.x + b.x, a.y + b.y}; }
Point2 operator-(Point2 a, Point2 b) { return {a.x - b.x, a.y - b.y}; }
Point2 operator*(Point2 a, double k) { return {a.x * k, a.y * k}; }
double length(Point2 a) { return std::hypot(a.x, a.y); }
double radians(double degrees) { return degrees * std::numbers::pi / 180.0; }

// The middle joint of a two-bone limb from `root` reaching for `target`, on the side of the
// root-to-target line that `bend` says (+1: counter-clockwise, -1: clockwise). Out of reach, the
// limb points straight at the target.
Point2 middle_joint(Point2 root, Point2 target, double first, double second, double bend) {
  const Point2 to = target - root;
  const double reach = std::clamp(length(to), std::abs(first - second) + 1e-6, first + second - 1e-6);
  const double angle = std::atan2(to.y, to.x);
  const double inner = std::acos(std::clamp((first * first + reach * reach - second * second) / (2 * first * reach), -1.0, 1.0));
  const double at = angle + bend * inner;
  return root + Point2{std::cos(at), std::sin(at)} * first;
}

LegJoints leg(Point2 hip, Point2 ankle_target, double foot_degrees) {
  LegJoints j;
  j.hip = hip;
  j.knee = middle_joint(hip, ankle_target, B::thigh, B::shin, +1);  // knees bend forward
  const Point2 along = ankle_target - j.knee;
  j.ankle = j.knee + along * (B::shin / std::max(length(along), 1e-9));
  const double a = radians(foot_degrees);
  const Point2 sole{std::cos(a), std::sin(a)};
  const Point2 up{-std::sin(a), std::cos(a)};
  j.heel = j.ankle - up * B::ankle_height - sole * B::heel_behind;
  j.toes = j.heel + sole * B::foot_length;
  return j;
}

ArmJoints arm(Point2 shoulder, Point2 hand_target) {
  ArmJoints j;
  j.shoulder = shoulder;
  j.elbow = middle_joint(shoulder, hand_target, B::upper_arm, B::forearm, -1);  // elbows bend down and back
  const Point2 along = hand_target - j.elbow;
  j.hand = j.elbow + along * (B::forearm / std::max(length(along), 1e-9));
  return j;
}

void extend(Box2& box, Point2 p, double margin = 0) {
  box.min.x = std::min(box.min.x, p.x - margin);
  box.min.y = std::min(box.min.y, p.y - margin);
  box.max.x = std::max(box.max.x, p.x + margin);
  box.max.y = std::max(box.max.y, p.y + margin);
}

void extend_figure(Box2& box, const Figure& f) {
  for (Point2 p : {f.hips, f.shoulders, f.near_leg.knee, f.near_leg.heel, f.near_leg.toes, f.far_leg.knee,
                   f.far_leg.heel, f.far_leg.toes, f.near_arm.elbow, f.near_arm.hand, f.far_arm.elbow, f.far_arm.hand}) {
    extend(box, p, B::limb_width);
  }
  extend(box, f.head, B::head_radius * 1.1);
}

}  // namespace

Figure solve_figure(const PoseState& s) {
  Figure f;
  f.hips = s.hips;
  f.chest = s.chest;
  const double lean = radians(s.lean);
  const Point2 up{std::sin(lean), std::cos(lean)};  // the trunk's direction, hips to shoulders
  f.shoulders = s.hips + up * B::trunk;
  f.neck = f.shoulders + up * B::neck;
  const double tilt = lean + radians(s.head);
  f.head = f.neck + Point2{std::sin(tilt), std::cos(tilt)} * (B::head_radius * 0.95);
  f.near_leg = leg(s.hips, s.near_ankle, s.near_foot);
  f.far_leg = leg(s.hips, s.far_ankle, s.far_foot);
  f.near_arm = arm(f.shoulders, s.near_hand);
  f.far_arm = arm(f.shoulders, s.far_hand);
  return f;
}

Box2 pose_bounds(const Pose& pose) {
  Box2 box{{pose.rest.hips.x, 0}, {pose.rest.hips.x, 0}};
  extend_figure(box, solve_figure(pose.rest));
  extend_figure(box, solve_figure(pose.hold));
  for (const Prop& prop : pose.props) {
    switch (prop.kind) {
      case PropKind::wall:
        extend(box, Point2{prop.x, 0});
        extend(box, Point2{prop.x + 0.04, 1.0});
        break;
      case PropKind::towel: break;  // between hand and foot: inside the figure's box
      default:
        extend(box, Point2{prop.x, 0});
        extend(box, Point2{prop.x + prop.width, std::max(prop.height, 0.02)});
    }
  }
  return box;
}

}  // namespace limber
