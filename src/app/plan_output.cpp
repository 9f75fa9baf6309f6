#include "app/plan_output.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "core/phase_text.hpp"
#include "core/text.hpp"

namespace limber {
namespace {

template <class T>
nlohmann::ordered_json or_null(const std::optional<T>& value) {
  return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

}  // namespace

std::string plan_as_table(const Plan& plan) {
  std::string out = fmt::format("{}: {} in all, {}\n\n", plan.title, format_clock(plan.total),
                                count_of(static_cast<long long>(plan.phases.size()), "phase", "phases"));
  out += fmt::format("{:>7}  {:>6}  {:<26}  {:<28}  {:<5}  {:>5}  {:>7}\n", "START", "LENGTH", "PHASE", "EXERCISE",
                     "SIDE", "SET", "REP");
  for (const PlannedPhase& phase : plan.phases) {
    const std::string side = phase.side ? std::string(side_key(*phase.side)) : "";
    const std::string set = phase.set ? fmt::format("{}/{}", *phase.set, phase.sets) : "";
    const std::string rep = phase.rep ? fmt::format("{}/{}", *phase.rep, *phase.reps) : "";
    out += fmt::format("{:>7}  {:>6}  {:<26}  {:<28}  {:<5}  {:>5}  {:>7}\n", format_clock(phase.start),
                       format_clock(phase.duration), phase.label, exercise_name(plan, phase), side, set, rep);
  }
  return out;
}

std::string plan_as_json(const Plan& plan) {
  nlohmann::ordered_json phases = nlohmann::ordered_json::array();
  for (const PlannedPhase& phase : plan.phases) {
    phases.push_back({
        {"start", phase.start.count()},
        {"duration", phase.duration.count()},
        {"kind", phase_kind_key(phase.kind)},
        {"label", phase.label},
        {"exercise", phase.exercise < 0 ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(exercise_name(plan, phase))},
        {"side", phase.side ? nlohmann::ordered_json(side_key(*phase.side)) : nlohmann::ordered_json(nullptr)},
        {"set", or_null(phase.set)},
        {"rep", or_null(phase.rep)},
        {"reps", or_null(phase.reps)},
    });
  }
  const nlohmann::ordered_json document = {
      {"name", plan.routine_name},
      {"total_seconds", plan.total.count()},
      {"phases", std::move(phases)},
  };
  return document.dump(2) + "\n";
}

}  // namespace limber
