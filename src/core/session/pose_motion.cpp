#include "core/session/pose_motion.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace limber {
namespace {

// Starts and stops gently: a figure that jerks into a stretch teaches jerking into it.
double smooth(double x) {
  x = std::clamp(x, 0.0, 1.0);
  return x * x * (3 - 2 * x);
}

bool same_rep(const PlannedPhase& a, const PlannedPhase& b) {
  return a.kind == PhaseKind::custom && b.kind == PhaseKind::custom && a.exercise == b.exercise && a.side == b.side &&
         a.set == b.set && a.rep == b.rep;
}

}  // namespace

FigureMoment figure_at(const SessionEngine& engine, Nanos now) {
  FigureMoment out;
  const PlannedPhase* phase = engine.current_phase();
  if (phase == nullptr || engine.is_over()) return out;
  const Plan& plan = engine.plan();
  const int exercise = std::max(phase->exercise, 0);  // get ready shows the first exercise
  if (exercise >= static_cast<int>(plan.exercises.size())) return out;
  const PlannedExercise& planned = plan.exercises[static_cast<std::size_t>(exercise)];
  out.pose = planned.pose;
  out.image = planned.image;
  if (out.pose.empty()) return out;
  out.side = phase->side.value_or(planned.sides.empty() ? Side::right : planned.sides.front());

  const Nanos elapsed = engine.phase_elapsed(now);
  const Nanos length = std::chrono::duration_cast<Nanos>(phase->duration);
  const Nanos ease = std::min(kPoseEase, length / 3);
  const bool running = engine.status() == SessionStatus::running;
  const auto eased = [&](bool in) {
    const double x = ease.count() > 0 ? static_cast<double>(elapsed.count()) / static_cast<double>(ease.count()) : 1.0;
    out.toward_hold = in ? smooth(x) : 1 - smooth(x);
    out.glow = out.toward_hold;
    out.moving = running && elapsed < ease;
  };
  switch (phase->kind) {
    case PhaseKind::hold:
    case PhaseKind::timed: eased(true); break;
    case PhaseKind::rest: eased(false); break;
    case PhaseKind::custom: {
      const int index = engine.current_index();
      const auto& phases = plan.phases;
      const bool first = index == 0 || !same_rep(phases[static_cast<std::size_t>(index - 1)], *phase);
      const bool last = index + 1 >= static_cast<int>(phases.size()) || !same_rep(phases[static_cast<std::size_t>(index + 1)], *phase);
      const double x = length.count() > 0 ? static_cast<double>(elapsed.count()) / static_cast<double>(length.count()) : 1.0;
      if (first && !last) {
        out.toward_hold = smooth(x);
        out.moving = running;
      } else if (last && !first) {
        out.toward_hold = 1 - smooth(x);
        out.moving = running;
      } else {
        out.toward_hold = first ? 0 : 1;  // a rep of one phase holds the rest position
      }
      out.glow = out.toward_hold;
      break;
    }
    default: break;  // a starting position: rest, still
  }
  return out;
}

double preview_toward_hold(Nanos now) {
  const double cycle = static_cast<double>(now.count() % kPreviewCycle.count()) / static_cast<double>(kPreviewCycle.count());
  return 0.5 - 0.5 * std::cos(cycle * 2 * std::numbers::pi);
}

}  // namespace limber
