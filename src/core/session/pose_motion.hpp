#pragma once
// What a session's pose figure shows at a moment (the screen draws it; core decides it): which
// pose, which side, how far it is from rest (0) to hold (1), how strongly the stretched muscle
// glows, and whether it is moving, so that frames are drawn only while it moves.
//
// - hold (and a timed step): eases into the stretch over the first kPoseEase, then holds still;
// - rest: eases back out over the same time;
// - custom phases (breathing): the first phase of a rep moves towards hold over its whole length
//   (breathe in), the last moves back (breathe out), those between hold still;
// - get ready, switching sides, rests between sets and exercises: the coming exercise's starting
//   position, on the coming side (left is the mirror of right).

#include <optional>
#include <string>

#include "core/routine/routine.hpp"
#include "core/session/session_engine.hpp"

namespace limber {

inline constexpr Nanos kPoseEase = std::chrono::milliseconds{1000};

struct FigureMoment {
  std::string pose;  // empty: the exercise has no figure
  std::string image{};  // the user's own picture for the exercise, shown instead of the figure
  Side side = Side::right;
  double toward_hold = 0;  // 0: rest .. 1: hold, already eased
  double glow = 0;         // 0..1
  bool moving = false;     // it will look different a frame from now
  bool operator==(const FigureMoment&) const = default;
};

[[nodiscard]] FigureMoment figure_at(const SessionEngine& engine, Nanos now);

// The editor's preview: into the stretch and out again every kPreviewCycle, smoothly, at `now`.
inline constexpr Nanos kPreviewCycle = std::chrono::seconds{4};
[[nodiscard]] double preview_toward_hold(Nanos now);

}  // namespace limber
