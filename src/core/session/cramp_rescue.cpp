#include "core/session/cramp_rescue.hpp"

#include <algorithm>

namespace limber {

int night_volume(int user_volume) { return std::clamp(user_volume, 0, kNightVolumePercent); }

Routine for_one_leg(Routine routine, Side leg) {
  for (Exercise& exercise : routine.exercises) {
    if (!exercise.sides.empty()) exercise.sides = {leg};
  }
  return routine;
}

}  // namespace limber
