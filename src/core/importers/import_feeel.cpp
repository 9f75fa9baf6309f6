// Feeel's .feeel JSON (one workout; its "export all" is a zip of them, read by the app). Each item
// becomes a timed step; the break before an item is the transition after the one before it, and
// the first item's break is the routine's get ready. A duration left out (null) is the
// workout's. Exercises are named by Feeel's exercise ids: the ones Feeel bundles are named here,
// any other keeps its number.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "core/base/translate.hpp"
#include "core/formats/json_reader.hpp"
#include "core/importers/import_text.hpp"
#include "core/importers/routine_import.hpp"
#include "core/routine/routine_language.hpp"
#include "core/routine/routine_rules.hpp"

namespace limber {
namespace {

using Json = nlohmann::json;

constexpr std::string_view kFeeel = "Feeel";
constexpr int kFeeelStartSeconds = 5;  // Feeel's countdown when the first item sets none

// The exercises Feeel's own workouts use (ids of the wger exercise database), in English.
const std::map<long long, std::string_view>& feeel_exercise_names() {
  static const std::map<long long, std::string_view> names = {
      {167, "Crunches"}, {320, "Jumping jacks"}, {377, "Leg raises, lying"}, {454, "Pike push-ups"},
      {456, "Pistol squat"}, {458, "Plank"}, {475, "Pull-ups"}, {482, "Push-ups"}, {570, "Shoulder shrug"},
      {580, "Side plank"}, {615, "Squats"}, {616, "Squat thrust"}, {632, "Sumo squats"},
      {702, "Calf raises, one legged"}, {718, "Wall squat"}, {981, "Step-ups"}, {983, "High knees"},
      {984, "Lunges"}, {985, "Push-up rotations"}, {986, "Side split squats, left"}, {987, "Side split squats, right"},
      {988, "Bulgarian split squats, left"}, {989, "Bulgarian split squats, right"}, {990, "Kneeling kickbacks"},
      {991, "Split squats, left"}, {992, "Split squats, right"}, {993, "Jump rope: basic jumps"},
      {994, "Forward arm circles"}, {995, "Backward arm circles"}, {996, "Mountain climbers"},
      {997, "4-count burpees"}, {998, "No push-up burpees"}, {999, "Reverse lunges"}, {1000, "Floor dips"},
      {1001, "High plank"}, {1002, "Child's pose"}, {1003, "Kettlebell deadlifts"}, {1004, "Forward shoulder rotation"},
      {1005, "Backward shoulder rotation"}, {1006, "Chin tuck"}, {1007, "Head turns"}, {1012, "Alternating bicep curls"},
      {1019, "Side plank, right"}, {1020, "Pistol squats, right"}, {1021, "Calf raises, right leg"},
  };
  return names;
}

// 1 s to 1 h, or nullopt (null and absent included: the caller knows the default).
std::optional<int> seconds_of(const Json& object, const char* key) {
  if (!object.contains(key) || !object[key].is_number_integer()) return std::nullopt;
  const auto s = object[key].get<long long>();
  if (s < 0 || s > 3600) return std::nullopt;
  return static_cast<int>(s);
}

const char* category_tag(long long category) {
  switch (category) {
    case 0: return "strength";
    case 1: return "stretching";
    case 2: return "cardio";
    default: return nullptr;
  }
}

}  // namespace

Expected<ImportedFile, std::string> import_feeel(std::string_view text) {
  auto json = read_json(text, ImportLimits::json_depth);
  if (!json) return Unexpected{json.error()};
  if (!json->is_object() || !json->contains("fullWorkout") || !(*json)["fullWorkout"].is_object()) {
    return Unexpected{std::string(tr("it is JSON, but not a Feeel workout (no \"fullWorkout\")"))};
  }
  const Json& full = (*json)["fullWorkout"];
  if (!full.contains("workout") || !full["workout"].is_object() || !full.contains("workoutExercises") ||
      !full["workoutExercises"].is_array()) {
    return Unexpected{std::string(tr("its \"fullWorkout\" lacks \"workout\" or \"workoutExercises\""))};
  }
  const Json& workout = full["workout"];
  ImportedFile file;
  file.app = std::string(kFeeel);
  ImportedRoutine out;
  Routine& r = out.routine;
  bool cut = false;
  r.name = workout.contains("title") && workout["title"].is_string()
               ? import_text(workout["title"].get<std::string>(), RoutineLimits::name_chars_max, &cut)
               : std::string();
  if (r.name.empty()) return Unexpected{std::string(tr("its workout has no title"))};
  if (cut) out.approximated.push_back(tr("its title was cut to 100 characters"));
  // Its title in other languages: a JSON string of {"de": "..."}.
  if (workout.contains("translationJson") && workout["translationJson"].is_string()) {
    const auto titles = read_json(workout["translationJson"].get<std::string>(), 4);
    if (titles && titles->is_object()) {
      for (const auto& [tag, title] : titles->items()) {
        std::string code = tag;
        std::replace(code.begin(), code.end(), '-', '_');
        if (title.is_string() && is_language_code(code)) {
          const std::string name = import_text(title.get<std::string>(), RoutineLimits::name_chars_max);
          if (!name.empty()) r.translations[code]["name"] = name;
        }
      }
    }
  }
  const int default_exercise = seconds_of(workout, "exerciseDuration").value_or(30);
  const int default_break = seconds_of(workout, "breakDuration").value_or(10);
  std::vector<const Json*> items;
  for (const Json& item : full["workoutExercises"]) items.push_back(&item);
  // The list's order is Feeel's on import; its export does not sort, so its positions decide.
  std::stable_sort(items.begin(), items.end(), [](const Json* a, const Json* b) {
    const auto position = [](const Json* j) {
      return j->is_object() && j->contains("orderPosition") && (*j)["orderPosition"].is_number_integer()
                 ? (*j)["orderPosition"].get<long long>()
                 : 0LL;
    };
    return position(a) < position(b);
  });
  std::vector<long long> unnamed;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Json& item = *items[i];
    if (!item.is_object() || !item.contains("exercise") || !item["exercise"].is_number_integer()) {
      return Unexpected{format(tr("item {0} of its workout names no exercise"), static_cast<int>(i + 1))};
    }
    if (r.exercises.size() >= RoutineLimits::exercises_max) {
      return Unexpected{std::string(tr("it has more exercises than a Limber routine holds (1000)"))};
    }
    const long long id = item["exercise"].get<long long>();
    const int seconds = item.contains("exerciseDuration") && !item["exerciseDuration"].is_null()
                            ? seconds_of(item, "exerciseDuration").value_or(-1)
                            : default_exercise;
    const int pause = item.contains("breakDuration") && !item["breakDuration"].is_null()
                          ? seconds_of(item, "breakDuration").value_or(-1)
                          : (i == 0 ? kFeeelStartSeconds : default_break);
    if (seconds < 1 || pause < 0) {
      return Unexpected{format(tr("item {0} of its workout does not last a whole number of seconds from 1 to 3600"),
                               static_cast<int>(i + 1))};
    }
    Exercise e;
    const auto known = feeel_exercise_names().find(id);
    if (known != feeel_exercise_names().end()) {
      e.name = std::string(known->second);
    } else {
      e.name = format(tr("Feeel exercise {0}"), static_cast<long>(id));
      unnamed.push_back(id);
    }
    e.body = TimedStep{Seconds{seconds}, false};
    e.rest_after = Seconds{0};
    // The break before this item: the first one's is the countdown, the others follow the item before.
    if (i == 0) {
      r.get_ready = Seconds{pause};
    } else {
      r.exercises.back().rest_after = Seconds{pause};
    }
    r.exercises.push_back(std::move(e));
  }
  if (r.exercises.empty()) return Unexpected{std::string(tr("its workout has no exercises"))};
  if (!unnamed.empty()) {
    std::string ids;
    for (const long long id : unnamed) ids += (ids.empty() ? "" : ", ") + std::to_string(id);
    out.not_kept.push_back(format(tr("the names and pictures of Feeel's exercises {0}, which Limber does not know: each is "
                                     "called \u201cFeeel exercise\u201d and its number"),
                                  ids));
  } else {
    out.not_kept.push_back(tr("Feeel's pictures of its exercises (the file names them by number only)"));
  }
  r.source = fmt::format("{} (.feeel)", kFeeel);
  r.tags = {"imported"};
  if (workout.contains("category") && workout["category"].is_number_integer()) {
    if (const char* tag = category_tag(workout["category"].get<long long>())) r.tags.emplace_back(tag);
  }
  file.routines.push_back(std::move(out));
  return file;
}

}  // namespace limber
