#include "ui/pose_view.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "core/pose/pose_figure.hpp"

namespace limber {
namespace {

using B = BodyProportions;


// Figure units to pixels: uniform scale, the floor along the bottom, mirrored about the box's
// centre for the left side.
struct Frame {
  float scale = 1;
  float centre_x = 0;  // pixels
  float floor_y = 0;   // pixels
  double figure_centre_x = 0;
  double floor = 0;
  bool mirrored = false;
  [[nodiscard]] ImVec2 at(Point2 p) const {
    const float dx = static_cast<float>(p.x - figure_centre_x) * scale;
    return ImVec2(mirrored ? centre_x - dx : centre_x + dx, floor_y - static_cast<float>(p.y - floor) * scale);
  }
  [[nodiscard]] float px(double length) const { return static_cast<float>(length) * scale; }
};

// A rectangle from figure units, its corners ordered whichever way the mirror turned them.
void rect(ImDrawList* list, const Frame& f, Point2 a, Point2 b, ImU32 c) {
  const ImVec2 p = f.at(a);
  const ImVec2 q = f.at(b);
  list->AddRectFilled(ImVec2(std::min(p.x, q.x), std::min(p.y, q.y)), ImVec2(std::max(p.x, q.x), std::max(p.y, q.y)), c);
}

// A thick segment with round ends. Drawn through the path API rather than AddLine, which shifts
// lines by half a pixel and would spoil the mirror image.
void limb(ImDrawList* list, const Frame& f, Point2 a, Point2 b, double width, ImU32 c) {
  const ImVec2 p = f.at(a);
  const ImVec2 q = f.at(b);
  const float w = f.px(width);
  list->PathLineTo(p);
  list->PathLineTo(q);
  list->PathStroke(c, ImDrawFlags_None, w);
  list->AddCircleFilled(p, w * 0.5f, c, 24);
  list->AddCircleFilled(q, w * 0.5f, c, 24);
}

// A convex quad, wound the same way on screen whether mirrored or not (ImGui's anti-aliased fill
// puts its soft edge outside only for one winding).
void quad(ImDrawList* list, const Frame& f, std::array<Point2, 4> corners, ImU32 c) {
  std::array<ImVec2, 4> points{};
  for (std::size_t i = 0; i < 4; ++i) points[i] = f.at(corners[f.mirrored ? 3 - i : i]);
  list->AddConvexPolyFilled(points.data(), 4, c);
}

void draw_leg(ImDrawList* list, const Frame& f, const LegJoints& leg, ImU32 body, ImU32 shin, ImU32 thigh) {
  limb(list, f, leg.hip, leg.knee, B::limb_width * 1.15, thigh);
  limb(list, f, leg.knee, leg.ankle, B::limb_width, shin);
  limb(list, f, leg.heel, leg.toes, B::limb_width * 0.6, body);
  limb(list, f, leg.ankle, leg.heel, B::limb_width * 0.6, body);
}

void draw_arm(ImDrawList* list, const Frame& f, const ArmJoints& arm, ImU32 c) {
  limb(list, f, arm.shoulder, arm.elbow, B::limb_width * 0.9, c);
  limb(list, f, arm.elbow, arm.hand, B::limb_width * 0.8, c);
}

void draw_trunk(ImDrawList* list, const Frame& f, const Figure& fig, ImU32 c) {
  const double dx = fig.shoulders.x - fig.hips.x;
  const double dy = fig.shoulders.y - fig.hips.y;
  const double len = std::max(std::hypot(dx, dy), 1e-9);
  const Point2 front{dy / len, -dx / len};  // the chest's side: the trunk's direction turned clockwise
  const double belly = B::trunk_width * 0.45 * (1 + (fig.chest - 1) * 0.8);
  const double chest = B::trunk_width * 0.5 * (1 + (fig.chest - 1) * 1.6);
  const auto offset = [&](Point2 p, double by) { return Point2{p.x + front.x * by, p.y + front.y * by}; };
  // The back is straight; the chest and belly are in front and move with the breath.
  quad(list, f,
       {offset(fig.hips, -B::trunk_width * 0.45), offset(fig.shoulders, -B::trunk_width * 0.45),
        offset(fig.shoulders, chest), offset(fig.hips, belly)},
       c);
  limb(list, f, fig.hips, fig.shoulders, B::trunk_width * 0.9, c);
  limb(list, f, fig.shoulders, fig.neck, B::limb_width, c);
  list->AddCircleFilled(f.at(fig.head), f.px(B::head_radius), c, 32);
}

void draw_prop(ImDrawList* list, const Frame& f, const Prop& prop, const Figure& fig, ImU32 fill, ImU32 edge, ImU32 accent,
               ImU32 near) {
  switch (prop.kind) {
    case PropKind::wall: rect(list, f, {prop.x, 0}, {prop.x + 0.05, 1.08}, fill); break;
    case PropKind::mat: rect(list, f, {prop.x, 0}, {prop.x + prop.width, std::max(prop.height, 0.01)}, fill); break;
    case PropKind::step:
      rect(list, f, {prop.x, 0}, {prop.x + prop.width, prop.height}, fill);
      rect(list, f, {prop.x, prop.height - 0.012}, {prop.x + prop.width, prop.height}, edge);
      break;
    case PropKind::books: {
      // A pile of three books in the accent colour, each a little offset, so that the small
      // ledge the whole stretch depends on reads as books and not as a smudge on the floor.
      const double h = prop.height / 3;
      const std::array<double, 3> inset = {0.0, 0.014, 0.005};
      for (int i = 0; i < 3; ++i) {
        const double y = h * i;
        const double in = inset[static_cast<std::size_t>(i)];
        rect(list, f, {prop.x + in, y}, {prop.x + prop.width - in * 0.6, y + h * 0.88}, i == 1 ? edge : accent);
      }
      break;
    }
    case PropKind::chair: {
      const double seat = prop.height;
      rect(list, f, {prop.x, seat - 0.03}, {prop.x + prop.width, seat}, fill);                 // seat
      rect(list, f, {prop.x, 0}, {prop.x + 0.025, seat}, fill);                                // back leg
      rect(list, f, {prop.x + prop.width - 0.025, 0}, {prop.x + prop.width, seat}, fill);     // front leg
      rect(list, f, {prop.x, seat}, {prop.x + 0.025, seat + 0.30}, fill);                     // backrest
      break;
    }
    case PropKind::towel: limb(list, f, fig.near_arm.hand, fig.near_leg.toes, B::limb_width * 0.35, near); break;
  }
}

}  // namespace

PoseColours pose_colours(const PoseLook& look) {
  const Palette& p = palette(look.theme);
  const ImVec4 body = graphic(p.text, p);
  return PoseColours{
      .near = body,
      .far = mix(body, look.background, 0.5f),
      .glow = graphic(phase_colour(PhaseKind::hold, p), p),
      .prop_fill = mix(p.muted, look.background, 0.45f),
      .prop_edge = mix(p.muted, look.background, 0.2f),
      .prop_accent = mix(p.accent, look.background, 0.25f),
  };
}

void draw_pose(ImDrawList* list, const Pose& pose, const PoseState& state, ImVec2 min, ImVec2 max, const PoseLook& look) {
  const Box2 bounds = pose_bounds(pose);
  const double margin = 0.04;
  const double width = bounds.max.x - bounds.min.x + margin * 2;
  const double height = bounds.max.y - bounds.min.y + margin * 2;
  Frame f;
  f.scale = static_cast<float>(std::min(static_cast<double>(max.x - min.x) / width, static_cast<double>(max.y - min.y) / height));
  f.centre_x = (min.x + max.x) * 0.5f;
  f.floor_y = max.y - static_cast<float>(margin) * f.scale;
  f.figure_centre_x = (bounds.min.x + bounds.max.x) * 0.5;
  f.floor = 0;
  f.mirrored = look.mirrored;

  const PoseColours colours = pose_colours(look);
  const ImU32 near = colour(colours.near);
  const ImU32 far = colour(colours.far);
  const ImU32 prop_fill = colour(colours.prop_fill);
  const ImU32 prop_edge = colour(colours.prop_edge);
  const ImU32 prop_accent = colour(colours.prop_accent);
  const ImU32 glow = colour(mix(colours.near, colours.glow, std::clamp(look.glow, 0.0f, 1.0f)));
  const Figure fig = solve_figure(state);

  // The floor, across the whole box.
  list->AddRectFilled(ImVec2(min.x, f.floor_y), ImVec2(max.x, f.floor_y + std::max(1.0f, f.px(0.008))), prop_fill);
  for (const Prop& prop : pose.props) {
    if (prop.kind == PropKind::wall || prop.kind == PropKind::mat || prop.kind == PropKind::chair) {
      draw_prop(list, f, prop, fig, prop_fill, prop_edge, prop_accent, near);
    }
  }
  draw_arm(list, f, fig.far_arm, far);
  draw_leg(list, f, fig.far_leg, far, far, far);
  draw_trunk(list, f, fig, near);
  for (const Prop& prop : pose.props) {
    if (prop.kind == PropKind::books || prop.kind == PropKind::step) draw_prop(list, f, prop, fig, prop_fill, prop_edge, prop_accent, near);
  }
  draw_leg(list, f, fig.near_leg, near, pose.stretches == Muscle::calf ? glow : near,
           pose.stretches == Muscle::hamstring ? glow : near);
  draw_arm(list, f, fig.near_arm, near);
  for (const Prop& prop : pose.props) {
    if (prop.kind == PropKind::towel) draw_prop(list, f, prop, fig, prop_fill, prop_edge, prop_accent, near);
  }
}

}  // namespace limber
