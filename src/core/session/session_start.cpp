#include "core/session/session_start.hpp"

#include <fmt/format.h>

#include "core/base/translate.hpp"
#include "core/history/progress_stats.hpp"
#include "core/routine/plan.hpp"

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
  switch (choice.reason) {
    case RepsReason::fixed: return {};
    case RepsReason::asked: return format(trn("{0} rep, as asked", "{0} reps, as asked", reps), reps);
    case RepsReason::suggested:
      return format(trn("{0} rep, as your history suggests", "{0} reps, as your history suggests", reps), reps);
    case RepsReason::last_pick:
      return format(trn("{0} rep, as you picked last time", "{0} reps, as you picked last time", reps), reps);
    case RepsReason::minimum:
      return format(trn("{0} rep, the routine's minimum to begin with", "{0} reps, the routine's minimum to begin with", reps),
                    reps);
  }
  return {};
}

}  // namespace limber
