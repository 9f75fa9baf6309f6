#pragma once
// Plan expansion: a routine plus the chosen reps becomes the flat timeline of phases a session runs.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/duration.hpp"
#include "core/routine/routine.hpp"

namespace limber {

enum class PhaseKind { get_ready, hold, rest, switch_sides, set_rest, transition, timed, custom };

// The stable name of a kind, as in `limber plan --json`: "get_ready", "hold", "rest", "switch",
// "set_rest", "transition", "timed", "phase".
[[nodiscard]] std::string_view phase_kind_key(PhaseKind kind);

struct PlannedPhase {
  Seconds start{};
  Seconds duration{};
  PhaseKind kind = PhaseKind::get_ready;
  std::string label{};  // what to do, in words: "Hold", "Relax", "Switch to the right foot", "Breathe in"
  int exercise = -1;  // index into Plan::exercises; -1 for the get-ready countdown
  std::optional<Side> side{};
  SideOf side_of = SideOf::leg;  // what the side is of: its words
  std::optional<int> set{};  // 1-based, for phases inside an exercise's sets
  int sets = 0;            // the exercise's number of sets, when set is known
  std::optional<int> rep{};  // 1-based rep i of reps, for hold, rest and custom phases
  std::optional<int> reps{};
  std::string cue{};  // the routine's own words for the voice (`cue:`), if it has them
  bool until_done = false;  // lasts until Done; `duration` is its minimum (the engine waits at its end)

  [[nodiscard]] Seconds end() const { return start + duration; }
  bool operator==(const PlannedPhase&) const = default;
};

struct PlannedExercise {
  std::string name;
  std::string instructions;
  std::string pose{};  // the pose figure shown, or empty
  std::string image{};  // the user's own picture (relative to the routine file), or empty
  std::vector<Side> sides;
  SideOf side_of = SideOf::leg;
  std::optional<int> reps;  // the chosen target; none for timed steps
  int sets = 1;
  bool operator==(const PlannedExercise&) const = default;
};

struct Plan {
  std::string routine_name;  // the routine's main name: what history and settings know it by
  std::string title;         // its name in the user's language: what is shown and said
  std::vector<PlannedExercise> exercises;
  std::vector<PlannedPhase> phases;
  Seconds total{};
  bool operator==(const Plan&) const = default;

  // The phase at `index`, or nullptr outside the plan.
  [[nodiscard]] const PlannedPhase* phase_at(int index) const {
    return index < 0 || index >= static_cast<int>(phases.size()) ? nullptr : &phases[static_cast<std::size_t>(index)];
  }
};

// The reps an exercise is done with: `wanted` clamped into its range, or the range's minimum.
[[nodiscard]] int chosen_reps(const RepRange& range, std::optional<int> wanted);

// The reps a user can pick for the whole routine: from the smallest minimum to the largest
// maximum of its ranged exercises; nullopt when no exercise has a range.
[[nodiscard]] std::optional<RepRange> routine_reps_range(const Routine& routine);

// Expands a routine that passed check_routine_rules (so the plan is at most four hours long), with
// its texts in the user's language (core/routine/routine_language.hpp).
[[nodiscard]] Plan expand_plan(const Routine& routine, std::optional<int> reps = std::nullopt);

// The plan's total, computed without building it, so it is safe on routines of any size.
[[nodiscard]] Seconds total_duration(const Routine& routine, std::optional<int> reps = std::nullopt);

}  // namespace limber
