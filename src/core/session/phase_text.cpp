#include "core/session/phase_text.hpp"

#include <fmt/format.h>

#include "core/base/duration.hpp"
#include "core/base/translate.hpp"
#include "core/routine/side_words.hpp"

namespace limber {

std::string phase_context(const PlannedPhase& phase) {
  std::string out;
  const auto add = [&out](const std::string& part) {
    if (!out.empty()) out += " \u00b7 ";
    out += part;
  };
  if (phase.side) add(side_label(*phase.side, phase.side_of));
  if (phase.set && phase.sets > 1 && phase.kind != PhaseKind::set_rest) add(format(tr("Set {0} of {1}"), *phase.set, phase.sets));
  if (phase.rep && phase.reps) add(format(tr("Rep {0} of {1}"), *phase.rep, *phase.reps));
  return out;
}

std::string switch_phase_text(const PlannedPhase& phase) {
  if (!phase.side) return tr("Switch sides");
  return switch_to_label(*phase.side, phase.side_of);
}

std::string transition_text(const Plan& plan, const PlannedPhase& phase) {
  // A transition belongs to the exercise it leads to.
  if (phase.exercise < 0 || phase.exercise >= static_cast<int>(plan.exercises.size())) return phase.label;
  return format(tr("Next: {0}"), plan.exercises[static_cast<std::size_t>(phase.exercise)].name);
}

std::string phase_label(const Plan& plan, const PlannedPhase& phase) {
  switch (phase.kind) {
    case PhaseKind::get_ready: return tr("Get ready");
    case PhaseKind::hold: return trc("shown: the coming phase", "Hold");
    case PhaseKind::rest: return trc("shown: the coming phase", "Relax");
    case PhaseKind::switch_sides: return switch_phase_text(phase);
    case PhaseKind::set_rest:
      return phase.set ? format(tr("Rest before set {0} of {1}"), *phase.set, phase.sets) : trc("shown: the coming phase", "Rest");
    case PhaseKind::transition: return transition_text(plan, phase);
    case PhaseKind::timed:
    case PhaseKind::custom: return phase.label;
  }
  return phase.label;
}

std::string exercise_name(const Plan& plan, const PlannedPhase& phase) {
  if (phase.exercise < 0 || phase.exercise >= static_cast<int>(plan.exercises.size())) return {};
  return plan.exercises[static_cast<std::size_t>(phase.exercise)].name;
}

std::string phase_length_text(const PlannedPhase& phase) {
  if (!phase.until_done) return format_clock(phase.duration);
  if (phase.duration <= phase.duration.zero()) return tr("until Done");
  return format_clock(phase.duration) + "+";
}

}  // namespace limber
