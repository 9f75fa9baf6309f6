#include "core/routine/routine_draft.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/base/translate.hpp"

namespace limber {
namespace {

std::string reps_text(const RepRange& reps) {
  return reps.is_range() ? fmt::format("{}-{}", reps.min, reps.max) : std::to_string(reps.min);
}

}  // namespace

void set_sides(ExerciseDraft& exercise, std::vector<Side> sides) {
  exercise.sides = std::move(sides);
  if (exercise.sides.empty()) exercise.side_of = SideOf::leg;
}

RoutineDraft draft_from_routine(const Routine& routine) {
  RoutineDraft draft;
  draft.name = routine.name;
  draft.description = routine.description;
  for (const std::string& tag : routine.tags) draft.tags += (draft.tags.empty() ? "" : ", ") + tag;
  draft.source = routine.source;
  draft.get_ready = format_duration(routine.get_ready);
  draft.translations = routine.translations;
  for (const Exercise& exercise : routine.exercises) {
    ExerciseDraft e;
    e.name = exercise.name;
    e.instructions = exercise.instructions;
    e.cue = exercise.cue;
    e.pose = exercise.pose;
    e.image = exercise.image;
    e.sides = exercise.sides;
    e.side_of = exercise.side_of;
    e.reps = reps_text(exercise.reps);
    if (const auto* hold_rest = std::get_if<HoldRest>(&exercise.body)) {
      e.shape = ExerciseShape::hold_rest;
      e.hold = format_duration(hold_rest->hold);
      e.rest = format_duration(hold_rest->rest);
    } else if (const auto* custom = std::get_if<CustomPhases>(&exercise.body)) {
      e.shape = ExerciseShape::phases;
      for (const PhaseSpec& phase : custom->phases) {
        e.phases.push_back({phase.name, phase.until_done ? "until-done" : format_duration(phase.duration), phase.cue,
                            phase.translations,
                            phase.until_done && phase.duration > Seconds{0} ? format_duration(phase.duration) : ""});
      }
    } else {
      e.shape = ExerciseShape::timed;
      const TimedStep& timed = std::get<TimedStep>(exercise.body);
      e.duration = timed.until_done ? "until-done" : format_duration(timed.duration);
      if (timed.until_done && timed.duration > Seconds{0}) e.at_least = format_duration(timed.duration);
    }
    e.switch_time = format_duration(exercise.switch_time);
    e.sets = std::to_string(exercise.sets);
    e.set_rest = format_duration(exercise.set_rest);
    e.rest_after = format_duration(exercise.rest_after);
    e.translations = exercise.translations;
    draft.exercises.push_back(std::move(e));
  }
  return draft;
}

RoutineDraft new_routine_draft(const std::string& name) {
  RoutineDraft draft;
  draft.name = name;
  ExerciseDraft calf;
  calf.name = tr("Calf stretch");
  calf.sides = {Side::left, Side::right};
  calf.reps = "3";
  draft.exercises.push_back(calf);
  return draft;
}


}  // namespace limber
