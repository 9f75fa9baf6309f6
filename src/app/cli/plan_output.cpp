#include "app/cli/plan_output.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include <algorithm>

#include "core/base/text_table.hpp"
#include "core/base/translate.hpp"
#include "core/routine/side_words.hpp"
#include "core/session/phase_text.hpp"

namespace limber {
namespace {

template <class T>
nlohmann::ordered_json or_null(const std::optional<T>& value) {
  return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

}  // namespace

std::string plan_as_table(const Plan& plan) {
  const auto phases = static_cast<long>(plan.phases.size());
  const bool open_ended = std::any_of(plan.phases.begin(), plan.phases.end(), [](const PlannedPhase& p) { return p.until_done; });
  std::string out = format(open_ended ? tr("{0}: at least {1} in all, {2}") : tr("{0}: {1} in all, {2}"), plan.title,
                           format_clock(plan.total), format(trn("{0} phase", "{0} phases", phases), phases)) +
                    "\n\n";
  TextTable table({{trc("table heading", "START"), TextTable::Align::right},
                   {trc("table heading", "LENGTH"), TextTable::Align::right},
                   {trc("table heading", "PHASE")},
                   {trc("table heading", "EXERCISE")},
                   {trc("table heading", "SIDE")},
                   {trc("table heading", "SET"), TextTable::Align::right},
                   {trc("table heading", "REP"), TextTable::Align::right}});
  for (const PlannedPhase& phase : plan.phases) {
    const std::string side = phase.side ? side_label(*phase.side, phase.side_of) : "";
    const std::string set = phase.set ? fmt::format("{}/{}", *phase.set, phase.sets) : "";
    const std::string rep = phase.rep ? fmt::format("{}/{}", *phase.rep, *phase.reps) : "";
    // "0:30+": a step until Done, at least this long; what follows starts when it ends.
    table.add({format_clock(phase.start), phase_length_text(phase),
               phase_label(plan, phase), exercise_name(plan, phase), side, set, rep});
  }
  out += table.text();
  if (open_ended) out += tr("+ until Done: at least this long, and everything after it starts when it ends.\n");
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
        {"side_of", phase.side ? nlohmann::ordered_json(side_of_key(phase.side_of)) : nlohmann::ordered_json(nullptr)},
        {"set", or_null(phase.set)},
        {"rep", or_null(phase.rep)},
        {"reps", or_null(phase.reps)},
        {"until_done", phase.until_done},
    });
  }
  const nlohmann::ordered_json document = {
      {"name", plan.routine_name},
      {"total_seconds", plan.total.count()},  // with steps until Done: at least this
      {"open_ended", std::any_of(plan.phases.begin(), plan.phases.end(), [](const PlannedPhase& p) { return p.until_done; })},
      {"phases", std::move(phases)},
  };
  return document.dump(2) + "\n";
}

}  // namespace limber
