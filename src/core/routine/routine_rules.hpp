#pragma once
// The limits of routine format v1, and the check of a parsed routine against them. The file loader
// and the editor both use this, so a rule and its message live in one place.

#include <compare>
#include <cstddef>
#include <string>
#include <tuple>
#include <vector>

#include "core/base/duration.hpp"
#include "core/routine/routine.hpp"

namespace limber {

struct RoutineLimits {
  static constexpr std::size_t name_chars_max = 100;
  static constexpr std::size_t text_chars_max = 5000;  // description, instructions
  static constexpr std::size_t source_chars_max = 1000;
  static constexpr std::size_t tags_max = 20;
  static constexpr std::size_t tag_chars_max = 30;
  static constexpr std::size_t exercises_max = 1000;
  static constexpr std::size_t phases_max = 20;
  static constexpr int reps_min = 1;
  static constexpr int reps_max = 500;
  static constexpr int sets_max = 50;
  static constexpr Seconds phase_min{1};
  static constexpr Seconds phase_max{3600};
  static constexpr Seconds routine_max{4 * 3600};
};

// Which value of a routine a message is about: a top-level key (exercise < 0), a key of an
// exercise, or a key of one of its custom phases; item indexes an entry of a list value (tags, sides).
// An empty key means the exercise or phase as a whole.
struct FieldPath {
  int exercise = -1;
  int phase = -1;
  std::string key{};
  int item = -1;
  bool operator==(const FieldPath&) const = default;
  // Spelled out, not `<=>`: the browser build's libc++ (LLVM 14) has no <=> for std::string.
  friend bool operator<(const FieldPath& a, const FieldPath& b) {
    return std::tie(a.exercise, a.phase, a.key, a.item) < std::tie(b.exercise, b.phase, b.key, b.item);
  }
};

struct RuleViolation {
  FieldPath field;
  std::string message;
};

// Every way the routine breaks the format's limits, in the order of the file.
[[nodiscard]] std::vector<RuleViolation> check_routine_rules(const Routine& routine);

}  // namespace limber
