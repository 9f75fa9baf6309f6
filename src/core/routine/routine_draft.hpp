#pragma once
// A routine as the editor holds it: every field as the text the user typed, so half-typed values
// ("1m3") can be shown and checked. A draft becomes routine YAML (core/routine/routine_yaml.hpp, the one
// writer of routine files), and is checked by the same loader as `limber check`, each problem
// tied to its field (routine_draft_check.hpp).

#include <optional>
#include <string>
#include <vector>

#include "core/routine/routine.hpp"

namespace limber {

enum class ExerciseShape { hold_rest, phases, timed };

struct PhaseDraft {
  std::string name;
  std::string duration = "4s";
  std::string cue{};
  TextTranslations translations{};  // kept as they are: the editor edits the main text
  std::string at_least{};  // with duration "until-done": its minimum, or empty
  bool operator==(const PhaseDraft&) const = default;
};

struct ExerciseDraft {
  std::string name = "New exercise";
  std::string instructions;
  std::string cue;  // the voice's words at each hold or timed step
  std::string pose;  // a built-in pose's name, or empty
  std::string image;  // the user's own picture, relative to the routine file, or empty
  std::vector<Side> sides;
  SideOf side_of = SideOf::leg;
  ExerciseShape shape = ExerciseShape::hold_rest;
  std::string reps = "1";  // "6" or "6-8"
  std::string hold = "10s";
  std::string rest = "10s";
  std::vector<PhaseDraft> phases;
  std::string duration = "1m";  // a timed exercise's, or "until-done"
  std::string at_least{};       // with "until-done": its minimum, or empty
  std::string switch_time = "5s";
  std::string sets = "1";
  std::string set_rest = "30s";
  std::string rest_after = "10s";
  TextTranslations translations{};
  bool operator==(const ExerciseDraft&) const = default;
};

struct RoutineDraft {
  std::string name;
  std::string description;
  std::string tags;  // "morning, calves"
  std::string source;
  std::string get_ready = "5s";
  std::vector<ExerciseDraft> exercises;
  TextTranslations translations{};
  bool operator==(const RoutineDraft&) const = default;
};

[[nodiscard]] RoutineDraft draft_from_routine(const Routine& routine);

// Sets an exercise's sides; with none, what they were of goes too, as a file has no `side_of`
// without `sides`.
void set_sides(ExerciseDraft& exercise, std::vector<Side> sides);
// A new routine: one hold-and-relax exercise, ready to change.
[[nodiscard]] RoutineDraft new_routine_draft(const std::string& name);

}  // namespace limber
