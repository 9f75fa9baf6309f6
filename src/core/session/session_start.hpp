#pragma once
// How a session of a routine starts, the same from the window, `limber run` and
// `limber run --headless`: the reps of a ranged routine are the number asked for, else the
// history's suggestion, else the user's last pick, else the range's minimum.

#include <optional>
#include <string>
#include <vector>

#include "core/history/records.hpp"
#include "core/routine/routine.hpp"

namespace limber {

enum class RepsReason {
  fixed,      // the routine has no reps range: nothing to choose
  asked,      // --reps N, or the number picked on the library card
  suggested,  // the history's suggestion (progress_stats.hpp: suggested_reps)
  last_pick,  // what the user picked last time
  minimum,    // the range's minimum, for a first session
};

struct RepsChoice {
  std::optional<int> reps{};  // nullopt for a fixed routine
  RepsReason reason = RepsReason::fixed;
  bool operator==(const RepsChoice&) const = default;
};

[[nodiscard]] RepsChoice choose_reps(const Routine& routine, const std::vector<SessionRecord>& history,
                                     std::optional<int> asked, std::optional<int> last_pick);

// "7 reps, as your history suggests" (empty for a fixed routine): printed by `limber run` and
// shown in the window, so both paths say the same.
[[nodiscard]] std::string reps_choice_text(const RepsChoice& choice);

}  // namespace limber
