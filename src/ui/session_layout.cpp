#include "ui/session_layout.hpp"

#include <algorithm>

namespace limber {
namespace {

// A figure smaller than this says nothing from across the room.
constexpr float kFigureInColumnUnits = 5.0f;
constexpr float kFigureUnderRingUnits = 4.0f;
// Landscape, the figure under the ring: the ring keeps this share of the left column's height.
constexpr float kRingShareWithFigure = 0.58f;

struct Ring {
  ImVec2 centre;
  float radius;
};

Ring ring_in(const SessionLayoutInput& in, float area_width, float area_height) {
  const float radius = std::max(in.unit * 3, std::min(area_width, area_height - in.title_px * 1.4f) * 0.42f);
  return {ImVec2(area_width / 2, in.top + in.title_px * 1.4f + radius + in.unit * 0.3f), radius};
}

SessionLayout landscape(const SessionLayoutInput& in) {
  SessionLayout out;
  out.ring_area_width = in.size.x * 0.5f;
  out.text_width = session_text_width(in.size, in.margin);
  out.text_at = ImVec2(in.size.x * 0.5f + in.margin, in.top + in.unit);
  const float words = in.context_height + in.next_height;
  const float column = in.bottom - out.text_at.y;
  float ring_height = in.bottom - in.top;
  float figure_height = std::min(column - words - in.instructions_height - in.unit * 0.5f, out.text_width * 0.8f);
  if (in.has_figure && figure_height >= in.unit * kFigureInColumnUnits) {
    out.figure_in_column = true;
    out.figure_min = ImVec2(out.text_at.x, out.text_at.y + words);
    out.figure_max = ImVec2(out.text_at.x + out.text_width, out.figure_min.y + figure_height);
  } else if (in.has_figure) {
    // No room beside the words: under a smaller ring instead.
    ring_height *= kRingShareWithFigure;
    const ImVec2 min(in.margin, in.top + ring_height + in.unit * 0.5f);
    if (in.bottom - min.y >= in.unit * kFigureUnderRingUnits) {
      out.figure_min = min;
      out.figure_max = ImVec2(out.ring_area_width - in.margin, in.bottom);
    } else {
      ring_height = in.bottom - in.top;
    }
    figure_height = 0;
  }
  const Ring ring = ring_in(in, out.ring_area_width, ring_height);
  out.ring_centre = ring.centre;
  out.radius = ring.radius;
  out.instructions_room = column - words - (out.figure_in_column ? figure_height + in.unit * 0.5f : 0.0f);
  return out;
}

SessionLayout portrait(const SessionLayoutInput& in) {
  SessionLayout out;
  out.ring_area_width = in.size.x;
  out.text_width = session_text_width(in.size, in.margin);
  const float words = in.context_height + in.next_height;
  const float whole = in.bottom - in.top;
  // The ring's share, smaller when the words below it would not fit whole (never below a quarter).
  float ring_height = whole * (in.has_figure ? 0.42f : 0.62f);
  Ring ring = ring_in(in, out.ring_area_width, ring_height);
  const auto below = [&](const Ring& r) { return in.bottom - (r.centre.y + r.radius + in.unit * 1.5f); };
  const float short_by = words + in.instructions_height - below(ring);
  if (short_by > 0) {
    ring_height = std::max(whole * 0.25f, ring_height - short_by);
    ring = ring_in(in, out.ring_area_width, ring_height);
  }
  out.ring_centre = ring.centre;
  out.radius = ring.radius;
  out.text_at = ImVec2(in.margin, ring.centre.y + ring.radius + in.unit * 1.5f);
  const float column = in.bottom - out.text_at.y;
  const float figure_height = std::min(column - words - in.instructions_height - in.unit * 0.5f, out.text_width * 0.8f);
  if (in.has_figure && figure_height >= in.unit * 3) {
    out.figure_in_column = true;
    out.figure_min = ImVec2(out.text_at.x, out.text_at.y + words);
    out.figure_max = ImVec2(out.text_at.x + out.text_width, out.figure_min.y + figure_height);
  }
  out.instructions_room = column - words - (out.figure_in_column ? figure_height + in.unit * 0.5f : 0.0f);
  return out;
}

}  // namespace

float session_text_width(ImVec2 size, float margin) {
  return (size.y > size.x ? size.x : size.x * 0.5f) - 2 * margin;
}

SessionLayout session_layout(const SessionLayoutInput& in) {
  return in.size.y > in.size.x ? portrait(in) : landscape(in);
}

}  // namespace limber
