#pragma once
// The night-time rescue (the Cramp-now button, `limber sos`): the built-in first-aid routine run
// for the one leg that cramps, in night mode: the dim red theme, the voice on, the sound low and
// the screen kept awake.

#include <string_view>

#include "core/routine/routine.hpp"

namespace limber {

// The rescue routine's file in the built-in assets folder.
inline constexpr std::string_view kRescueRoutineFile = "rescue/cramp-rescue.yaml";

// The loudest a night session plays, in percent: enough to hear across a bedroom, not enough to
// wake the house. A user's lower volume stays lower.
inline constexpr int kNightVolumePercent = 35;
[[nodiscard]] int night_volume(int user_volume);

// The routine with every exercise done per side narrowed to `leg`.
[[nodiscard]] Routine for_one_leg(Routine routine, Side leg);

}  // namespace limber
