#pragma once
// The words for a side of an exercise done per side, in the user's language: "Left leg" on
// screen, "left arm" inside a spoken sentence, "Switch to the left side". What the side is of
// comes from the exercise's `side_of:` (a leg unless it says otherwise).

#include <string>

#include "core/routine/routine.hpp"

namespace limber {

[[nodiscard]] std::string side_label(Side side, SideOf of);        // "Left leg", "Left arm", "Left side"
[[nodiscard]] std::string side_first_label(Side side, SideOf of);  // "Left leg first"
[[nodiscard]] std::string switch_to_label(Side side, SideOf of);   // "Switch to the left leg"
[[nodiscard]] std::string side_in_sentence(Side side, SideOf of);  // "left leg": "..., left leg, rep 2 of 6"
// Spoken after the first exercise's name: "left leg first" ("en commençant par la jambe gauche").
[[nodiscard]] std::string side_first_in_sentence(Side side, SideOf of);

}  // namespace limber
