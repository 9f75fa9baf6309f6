#include <fmt/format.h>

#include <cstdio>

#include "app/commands.hpp"
#include "app/plan_output.hpp"
#include "core/plan.hpp"

namespace limber {

int command_plan(const AppContext& context, const PlanArgs& args) {
  const auto resolved = resolve_routine(context, args.routine);
  if (!resolved) {
    fmt::print(stderr, "{}", resolved.error());
    return kExitFailure;
  }
  const Plan plan = expand_plan(resolved->routine, args.reps);
  fmt::print("{}", args.json ? plan_as_json(plan) : plan_as_table(plan));
  return kExitOk;
}

}  // namespace limber
