#include "core/phase_text.hpp"

#include <fmt/format.h>

namespace limber {

std::string phase_context(const PlannedPhase& phase) {
  std::string out;
  const auto add = [&out](const std::string& part) {
    if (!out.empty()) out += " \u00b7 ";
    out += part;
  };
  if (phase.side) add(fmt::format("{} leg", side_name(*phase.side)));
  if (phase.set && phase.sets > 1 && phase.kind != PhaseKind::set_rest) add(fmt::format("Set {} of {}", *phase.set, phase.sets));
  if (phase.rep && phase.reps) add(fmt::format("Rep {} of {}", *phase.rep, *phase.reps));
  return out;
}

std::string exercise_name(const Plan& plan, const PlannedPhase& phase) {
  if (phase.exercise < 0 || phase.exercise >= static_cast<int>(plan.exercises.size())) return {};
  return plan.exercises[static_cast<std::size_t>(phase.exercise)].name;
}

}  // namespace limber
