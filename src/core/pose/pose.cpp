#include "core/pose/pose.hpp"

namespace limber {
namespace {

double mix(double a, double b, double t) { return a + (b - a) * t; }
Point2 mix(Point2 a, Point2 b, double t) { return {mix(a.x, b.x, t), mix(a.y, b.y, t)}; }

}  // namespace

PoseState blend(const PoseState& a, const PoseState& b, double t) {
  PoseState out;
  out.hips = mix(a.hips, b.hips, t);
  out.lean = mix(a.lean, b.lean, t);
  out.head = mix(a.head, b.head, t);
  out.chest = mix(a.chest, b.chest, t);
  out.near_ankle = mix(a.near_ankle, b.near_ankle, t);
  out.near_foot = mix(a.near_foot, b.near_foot, t);
  out.far_ankle = mix(a.far_ankle, b.far_ankle, t);
  out.far_foot = mix(a.far_foot, b.far_foot, t);
  out.near_hand = mix(a.near_hand, b.near_hand, t);
  out.far_hand = mix(a.far_hand, b.far_hand, t);
  return out;
}

std::string_view prop_key(PropKind kind) {
  switch (kind) {
    case PropKind::wall: return "wall";
    case PropKind::books: return "books";
    case PropKind::step: return "step";
    case PropKind::chair: return "chair";
    case PropKind::mat: return "mat";
    case PropKind::towel: return "towel";
  }
  return "wall";
}

std::optional<PropKind> prop_from_key(std::string_view key) {
  for (PropKind kind : {PropKind::wall, PropKind::books, PropKind::step, PropKind::chair, PropKind::mat, PropKind::towel}) {
    if (prop_key(kind) == key) return kind;
  }
  return std::nullopt;
}

bool is_pose_file_name(std::string_view name) {
  return name.size() > 5 && (name.ends_with(".yaml") || name.ends_with(".yml"));
}

}  // namespace limber
