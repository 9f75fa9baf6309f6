// Just Another Workout Timer's JSON: a backup ({"workouts": [...]}) or one shared workout. Each
// workout becomes a routine; a set of one exercise and one rest becomes hold-and-relax reps; other
// sets become a timed step per exercise, written out once per repetition, with a rest after an
// exercise becoming its transition. Its fixed 10 s lead-in is the routine's get ready.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "core/base/text.hpp"
#include "core/base/translate.hpp"
#include "core/formats/json_reader.hpp"
#include "core/importers/import_text.hpp"
#include "core/importers/routine_import.hpp"
#include "core/routine/routine_rules.hpp"

namespace limber {
namespace {

using Json = nlohmann::json;

constexpr std::string_view kJawt = "Just Another Workout Timer";

// The app names a rest "Rest" in its user's language: these are its translations of it.
bool is_rest(const std::string& name) {
  static constexpr std::array<std::string_view, 8> kRest = {"Rest", "Pause", "Repos", "Riposo", "\u041e\u0442\u0434\u044b\u0445",
                                                            "Dinlenme", "Odpoczynek", "\u4f11\u606f"};
  const std::string trimmed = import_text(name, 100);
  return std::any_of(kRest.begin(), kRest.end(), [&](std::string_view r) {
    return equal_ignoring_case(trimmed, r) || trimmed == std::string(r);
  });
}

struct Step {
  std::string name;
  int seconds = 0;
  bool rest = false;
};

// A whole number of seconds from 1 s to 1 h, or why not.
std::optional<int> seconds_of(const Json& value) {
  if (!value.is_number_integer()) return std::nullopt;
  const auto s = value.get<long long>();
  if (s < 1 || s > 3600) return std::nullopt;
  return static_cast<int>(s);
}

Exercise timed(const std::string& name, int seconds) {
  Exercise e;
  e.name = name;
  e.body = TimedStep{Seconds{seconds}, false};
  e.rest_after = Seconds{0};
  return e;
}

std::optional<ImportedRoutine> routine_from(const Json& workout, std::string& why_not) {
  ImportedRoutine out;
  Routine& r = out.routine;
  if (!workout.is_object() || !workout.contains("title") || !workout["title"].is_string()) {
    why_not = tr("a workout without a title");
    return std::nullopt;
  }
  bool cut = false;
  r.name = import_text(workout["title"].get<std::string>(), RoutineLimits::name_chars_max, &cut);
  if (r.name.empty()) {
    why_not = tr("a workout with an empty title");
    return std::nullopt;
  }
  if (cut) out.approximated.push_back(tr("its title was cut to 100 characters"));
  if (!workout.contains("sets") || !workout["sets"].is_array() || workout["sets"].empty()) {
    why_not = format(tr("{0} has no sets"), r.name);
    return std::nullopt;
  }
  r.get_ready = Seconds{10};  // the app's own lead-in, the same for every workout
  r.source = fmt::format("{} (JSON)", kJawt);
  r.tags = {"imported"};
  int set_number = 0;
  for (const Json& set : workout["sets"]) {
    ++set_number;
    if (!set.is_object() || !set.contains("exercises") || !set["exercises"].is_array()) {
      why_not = format(tr("set {0} of {1} has no exercises"), set_number, r.name);
      return std::nullopt;
    }
    const auto repetitions = set.contains("repetitions") && set["repetitions"].is_number_integer()
                                 ? set["repetitions"].get<long long>()
                                 : 1LL;
    if (repetitions < 1 || repetitions > RoutineLimits::reps_max) {
      why_not = format(tr("set {0} of {1} is repeated {2} times (Limber: 1 to 500)"), set_number, r.name, repetitions);
      return std::nullopt;
    }
    std::vector<Step> steps;
    for (const Json& exercise : set["exercises"]) {
      if (!exercise.is_object() || !exercise.contains("name") || !exercise["name"].is_string()) {
        why_not = format(tr("set {0} of {1} has an exercise without a name"), set_number, r.name);
        return std::nullopt;
      }
      const auto seconds = exercise.contains("duration") ? seconds_of(exercise["duration"]) : std::optional<int>(30);
      std::string name = import_text(exercise["name"].get<std::string>(), RoutineLimits::name_chars_max);
      if (!seconds) {
        why_not = format(tr("{0} in {1} does not last a whole number of seconds from 1 to 3600"), name, r.name);
        return std::nullopt;
      }
      if (name.empty()) name = tr("Exercise");
      steps.push_back(Step{name, *seconds, is_rest(name)});
    }
    if (steps.empty()) continue;
    // One exercise and its rest, repeated: hold and relax, as Limber's own reps are.
    if (steps.size() == 2 && !steps[0].rest && steps[1].rest) {
      Exercise e;
      e.name = steps[0].name;
      e.reps = RepRange{static_cast<int>(repetitions), static_cast<int>(repetitions)};
      e.body = HoldRest{Seconds{steps[0].seconds}, Seconds{steps[1].seconds}};
      e.rest_after = Seconds{0};
      r.exercises.push_back(std::move(e));
      out.approximated.push_back(format(tr("set {0}: {1} and its rest became {2} reps of hold and relax (the last relax "
                                           "is left out at the end)"),
                                        set_number, steps[0].name, static_cast<int>(repetitions)));
      continue;
    }
    if (repetitions > 1) {
      out.approximated.push_back(format(tr("set {0}: its {1} rounds are written out one after another"), set_number,
                                        static_cast<int>(repetitions)));
    }
    for (long long round = 0; round < repetitions; ++round) {
      for (const Step& step : steps) {
        if (r.exercises.size() >= RoutineLimits::exercises_max) {
          why_not = format(tr("{0} has more steps than a Limber routine holds (1000)"), r.name);
          return std::nullopt;
        }
        // A rest after an exercise is that exercise's transition; a rest first stays a step.
        if (step.rest && !r.exercises.empty() && r.exercises.back().rest_after == Seconds{0}) {
          r.exercises.back().rest_after = Seconds{step.seconds};
          continue;
        }
        r.exercises.push_back(timed(step.name, step.seconds));
      }
    }
  }
  if (r.exercises.empty()) {
    why_not = format(tr("{0} has no exercises"), r.name);
    return std::nullopt;
  }
  return out;
}

}  // namespace

Expected<ImportedFile, std::string> import_jawt(std::string_view text) {
  auto json = read_json(text, ImportLimits::json_depth);
  if (!json) return Unexpected{json.error()};
  std::vector<const Json*> workouts;
  if (json->is_object() && json->contains("workouts") && (*json)["workouts"].is_array()) {
    for (const Json& w : (*json)["workouts"]) workouts.push_back(&w);
  } else if (json->is_object() && json->contains("title") && json->contains("sets")) {
    workouts.push_back(&*json);
  } else {
    return Unexpected{std::string(tr("it is JSON, but neither a workout nor a backup of Just Another Workout Timer"))};
  }
  ImportedFile file;
  file.app = std::string(kJawt);
  for (const Json* w : workouts) {
    if (file.routines.size() >= ImportLimits::routines) {
      file.skipped.push_back(format(tr("every workout after the first {0}"), static_cast<int>(ImportLimits::routines)));
      break;
    }
    std::string why_not;
    if (auto routine = routine_from(*w, why_not)) {
      file.routines.push_back(std::move(*routine));
    } else {
      file.skipped.push_back(why_not);
    }
  }
  return file;
}

}  // namespace limber
