#include "core/session_start.hpp"

#include <fmt/format.h>

#include "core/progress_stats.hpp"

namespace limber {

RepsChoice choose_reps(const Routine& routine, const std::vector<SessionRecord>& history, std::optional<int> asked,
                       std::optional<int> last_pick) {
  const auto range = routine_reps_range(routine);
  if (!range) return {};
  if (asked) return {range->clamp(*asked), RepsReason::asked};
  if (const auto suggested = suggested_reps(history, routine.name, *range)) return {*suggested, RepsReason::suggested};
  if (last_pick) return {range->clamp(*last_pick), RepsReason::last_pick};
  return {range->min, RepsReason::minimum};
}

std::string reps_choice_text(const RepsChoice& choice) {
  if (!choice.reps) return {};
  const int reps = *choice.reps;
  const char* unit = reps == 1 ? "rep" : "reps";
  switch (choice.reason) {
    case RepsReason::fixed: return {};
    case RepsReason::asked: return fmt::format("{} {}, as asked", reps, unit);
    case RepsReason::suggested: return fmt::format("{} {}, as your history suggests", reps, unit);
    case RepsReason::last_pick: return fmt::format("{} {}, as you picked last time", reps, unit);
    case RepsReason::minimum: return fmt::format("{} {}, the routine's minimum to begin with", reps, unit);
  }
  return {};
}

}  // namespace limber
