#pragma once
// The routine model: what a routine file (format v1, docs/routine-format.md) says, after parsing.
// Values here are unchecked; routine_rules.hpp says whether they are within the format's limits.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/base/duration.hpp"

namespace limber {

inline constexpr int kRoutineFormatVersion = 1;

enum class Side { left, right };

// A routine's words in other languages (the `translations:` key, docs/routine-format.md): by
// language code ("de", "pt_BR"), then by field ("name", "instructions"); a field left out keeps
// the main text. core/routine/routine_language.hpp picks the user's.
using TextTranslations = std::map<std::string, std::map<std::string, std::string>>;

[[nodiscard]] std::string_view side_key(Side side);   // "left", as in files
[[nodiscard]] std::optional<Side> side_from_key(std::string_view key);

// What an exercise's sides are of (`side_of:`): its words in core/routine/side_words.hpp.
enum class SideOf { leg, arm, body };
[[nodiscard]] std::string_view side_of_key(SideOf of);  // "leg", "arm", "body", as in files
[[nodiscard]] std::optional<SideOf> side_of_from_key(std::string_view key);

// A fixed number of reps (min == max) or a range the user picks from.
struct RepRange {
  int min = 1;
  int max = 1;
  [[nodiscard]] bool is_range() const { return min != max; }
  [[nodiscard]] int clamp(int wanted) const { return wanted < min ? min : (wanted > max ? max : wanted); }
  bool operator==(const RepRange&) const = default;
};

// Each rep is a stretch held, then a relax phase.
struct HoldRest {
  Seconds hold{};
  Seconds rest{};
  bool operator==(const HoldRest&) const = default;
};

// Each rep is a sequence of named phases (e.g. breathe in, hold, breathe out).
struct PhaseSpec {
  std::string name;
  Seconds duration{};
  std::string cue{};  // what the voice says for it; empty: its name
  bool until_done = false;  // `duration: until-done`: lasts until the user says Done; `duration` is its minimum
  TextTranslations translations{};  // name, cue
  bool operator==(const PhaseSpec&) const = default;
};
struct CustomPhases {
  std::vector<PhaseSpec> phases;
  bool operator==(const CustomPhases&) const = default;
};

// One timed step with no reps (e.g. two minutes of paced breathing), or one that lasts until the
// user says Done (`duration: until-done`, "walk it off until the cramp has gone").
struct TimedStep {
  Seconds duration{};       // with until_done: the least it lasts (`at_least`), 0 by default
  bool until_done = false;
  bool operator==(const TimedStep&) const = default;
};

using ExerciseBody = std::variant<HoldRest, CustomPhases, TimedStep>;

struct ExerciseDefaults {
  static constexpr Seconds switch_time{5};
  static constexpr Seconds set_rest{30};
  static constexpr Seconds rest_after{10};
};

struct Exercise {
  std::string name;
  std::string instructions;
  std::string cue{};        // what the voice says at each hold or timed step; empty: "hold"
  std::string pose{};       // a built-in pose figure (core/pose/pose.hpp) shown during it; empty: none
  std::string image{};      // the user's own picture (PNG or JPEG), relative to the routine file; shown instead
  std::vector<Side> sides;  // empty: not done per side
  SideOf side_of = SideOf::leg;
  RepRange reps;            // unused by timed steps
  ExerciseBody body;
  int sets = 1;
  Seconds switch_time = ExerciseDefaults::switch_time;
  Seconds set_rest = ExerciseDefaults::set_rest;
  Seconds rest_after = ExerciseDefaults::rest_after;
  TextTranslations translations{};  // name, instructions, cue

  [[nodiscard]] bool is_timed() const { return std::holds_alternative<TimedStep>(body); }
  bool operator==(const Exercise&) const = default;
};

struct Routine {
  int version = kRoutineFormatVersion;
  std::string name;
  std::string description;
  std::vector<std::string> tags;
  std::string source;
  Seconds get_ready{5};
  std::vector<Exercise> exercises;
  TextTranslations translations{};  // name, description

  bool operator==(const Routine&) const = default;
};

}  // namespace limber
