#include "app/plan_output.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "core/phase_text.hpp"
#include "core/text.hpp"
#include "core/text_table.hpp"
#include "core/translate.hpp"

namespace limber {
namespace {

template <class T>
nlohmann::ordered_json or_null(const std::optional<T>& value) {
  return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

}  // namespace

std::string plan_as_table(const Plan& plan) {
  const auto phases = static_cast<long>(plan.phases.size());
  std::string out = format(tr("{0}: {1} in all, {2}"), plan.title, format_clock(plan.total),
                           format(trn("{0} phase", "{0} phases", phases), phases)) +
                    "\n\n";
  TextTable table({{trc("table heading", "START"), TextTable::Align::right},
                   {trc("table heading", "LENGTH"), TextTable::Align::right},
                   {trc("table heading", "PHASE")},
                   {trc("table heading", "EXERCISE")},
                   {trc("table heading", "SIDE")},
                   {trc("table heading", "SET"), TextTable::Align::right},
                   {trc("table heading", "REP"), TextTable::Align::right}});
  for (const PlannedPhase& phase : plan.phases) {
    const std::string side = phase.side ? leg_name(*phase.side) : "";
    const std::string set = phase.set ? fmt::format("{}/{}", *phase.set, phase.sets) : "";
    const std::string rep = phase.rep ? fmt::format("{}/{}", *phase.rep, *phase.reps) : "";
    table.add({format_clock(phase.start), format_clock(phase.duration), phase_label(plan, phase), exercise_name(plan, phase),
               side, set, rep});
  }
  return out + table.text();
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
