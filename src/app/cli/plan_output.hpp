#pragma once
// A plan as people and programs read it: a table for the terminal, JSON for tools.

#include <string>

#include "core/routine/plan.hpp"

namespace limber {

[[nodiscard]] std::string plan_as_table(const Plan& plan);

// {"name":..., "total_seconds":..., "phases":[{"start":..,"duration":..,"kind":..,"label":..,
//  "exercise":..,"side":..,"set":..,"rep":..,"reps":..}, ...]}; side, set and rep are null where
// they do not apply.
[[nodiscard]] std::string plan_as_json(const Plan& plan);

}  // namespace limber
