#include "core/routine/plan.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>

#include "core/base/translate.hpp"
#include "core/routine/routine_language.hpp"

namespace limber {

std::string_view phase_kind_key(PhaseKind kind) {
  switch (kind) {
    case PhaseKind::get_ready: return "get_ready";
    case PhaseKind::hold: return "hold";
    case PhaseKind::rest: return "rest";
    case PhaseKind::switch_sides: return "switch";
    case PhaseKind::set_rest: return "set_rest";
    case PhaseKind::transition: return "transition";
    case PhaseKind::timed: return "timed";
    case PhaseKind::custom: return "phase";
  }
  return "phase";
}

int chosen_reps(const RepRange& range, std::optional<int> wanted) {
  return wanted ? range.clamp(*wanted) : range.min;
}

namespace {

class PlanBuilder {
 public:
  explicit PlanBuilder(Plan& plan) : plan_(plan) {}

  void add(PhaseKind kind, Seconds duration, std::string label, PlannedPhase context = {}) {
    if (duration <= Seconds{0} && !context.until_done) return;  // a pause set to 0 is left out
    context.kind = kind;
    context.start = plan_.total;
    context.duration = duration;
    context.label = std::move(label);
    plan_.total += duration;
    plan_.phases.push_back(std::move(context));
  }

 private:
  Plan& plan_;
};

void expand_exercise(PlanBuilder& out, const Exercise& exercise, int index, int reps) {
  std::vector<std::optional<Side>> sides;
  for (const Side side : exercise.sides) sides.emplace_back(side);
  if (sides.empty()) sides.emplace_back(std::nullopt);

  for (std::size_t s = 0; s < sides.size(); ++s) {
    PlannedPhase at{.exercise = index, .side = sides[s], .side_of = exercise.side_of};
    if (s > 0) {
      const std::string_view of = exercise.side_of == SideOf::body ? "side" : side_of_key(exercise.side_of);
      out.add(PhaseKind::switch_sides, exercise.switch_time, fmt::format("Switch to the {} {}", side_key(*sides[s]), of), at);
    }
    for (int set = 1; set <= exercise.sets; ++set) {
      at.set = set;
      at.sets = exercise.sets;
      if (set > 1) out.add(PhaseKind::set_rest, exercise.set_rest, fmt::format("Rest before set {} of {}", set, exercise.sets), at);
      if (const auto* timed = std::get_if<TimedStep>(&exercise.body)) {
        PlannedPhase step = at;
        step.cue = exercise.cue;
        step.until_done = timed->until_done;
        out.add(PhaseKind::timed, timed->duration, exercise.name, step);
        continue;
      }
      for (int rep = 1; rep <= reps; ++rep) {
        PlannedPhase in_rep = at;
        in_rep.rep = rep;
        in_rep.reps = reps;
        if (const auto* hold_rest = std::get_if<HoldRest>(&exercise.body)) {
          PlannedPhase hold = in_rep;
          hold.cue = exercise.cue;
          out.add(PhaseKind::hold, hold_rest->hold, "Hold", hold);
          // The switch, set rest or transition that follows the last rep replaces its rest.
          if (rep < reps) out.add(PhaseKind::rest, hold_rest->rest, "Relax", in_rep);
        } else if (const auto* custom = std::get_if<CustomPhases>(&exercise.body)) {
          for (const PhaseSpec& phase : custom->phases) {
            PlannedPhase step = in_rep;
            step.cue = phase.cue;
            step.until_done = phase.until_done;
            out.add(PhaseKind::custom, phase.duration, phase.name, step);
          }
        }
      }
    }
  }
}

Seconds rep_duration(const Exercise& exercise, int reps) {
  if (const auto* timed = std::get_if<TimedStep>(&exercise.body)) return timed->duration;
  if (const auto* hold_rest = std::get_if<HoldRest>(&exercise.body)) {
    return reps * hold_rest->hold + (reps - 1) * hold_rest->rest;
  }
  const auto& phases = std::get<CustomPhases>(exercise.body).phases;
  const Seconds one_rep = std::accumulate(phases.begin(), phases.end(), Seconds{0},
                                          [](Seconds sum, const PhaseSpec& p) { return sum + p.duration; });
  return reps * one_rep;
}

}  // namespace

Plan expand_plan(const Routine& original, std::optional<int> reps) {
  const Routine routine = routine_in_language(original, current_language());
  Plan plan;
  plan.routine_name = original.name;
  plan.title = routine.name;
  PlanBuilder out(plan);
  out.add(PhaseKind::get_ready, routine.get_ready, "Get ready");
  for (std::size_t i = 0; i < routine.exercises.size(); ++i) {
    const Exercise& exercise = routine.exercises[i];
    const int target = chosen_reps(exercise.reps, reps);
    plan.exercises.push_back(PlannedExercise{
        .name = exercise.name,
        .instructions = exercise.instructions,
        .pose = exercise.pose,
        .image = exercise.image,
        .sides = exercise.sides,
        .side_of = exercise.side_of,
        .reps = exercise.is_timed() ? std::nullopt : std::optional<int>(target),
        .sets = exercise.sets,
    });
    expand_exercise(out, exercise, static_cast<int>(i), target);
    if (i + 1 < routine.exercises.size()) {
      PlannedPhase at{.exercise = static_cast<int>(i) + 1};
      out.add(PhaseKind::transition, exercise.rest_after, fmt::format("Next: {}", routine.exercises[i + 1].name), at);
    }
  }
  return plan;
}

std::optional<RepRange> routine_reps_range(const Routine& routine) {
  std::optional<RepRange> range;
  for (const Exercise& exercise : routine.exercises) {
    if (exercise.is_timed() || !exercise.reps.is_range()) continue;
    if (!range) {
      range = exercise.reps;
    } else {
      range->min = std::min(range->min, exercise.reps.min);
      range->max = std::max(range->max, exercise.reps.max);
    }
  }
  return range;
}

Seconds total_duration(const Routine& routine, std::optional<int> reps) {
  Seconds total = routine.get_ready < Seconds{0} ? Seconds{0} : routine.get_ready;
  const auto pause = [](Seconds s) { return s < Seconds{0} ? Seconds{0} : s; };
  for (std::size_t i = 0; i < routine.exercises.size(); ++i) {
    const Exercise& exercise = routine.exercises[i];
    const auto sides = static_cast<std::int64_t>(exercise.sides.empty() ? 1 : exercise.sides.size());
    const std::int64_t sets = exercise.sets < 1 ? 1 : exercise.sets;
    const Seconds per_side = sets * rep_duration(exercise, chosen_reps(exercise.reps, reps)) + (sets - 1) * pause(exercise.set_rest);
    total += sides * per_side + (sides - 1) * pause(exercise.switch_time);
    if (i + 1 < routine.exercises.size()) total += pause(exercise.rest_after);
  }
  return total;
}

}  // namespace limber
