#include <fmt/format.h>

#include <cstdio>

#include "app/cli/command_table.hpp"
#include "app/cli/commands.hpp"
#include "app/cli/plan_output.hpp"
#include "core/routine/plan.hpp"

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

void add_plan_command(CommandTable& table) {
  auto args = std::make_shared<PlanArgs>();
  CLI::App* plan = table.app().add_subcommand("plan", "Show the timeline of phases a routine expands to");
  plan->add_option("ROUTINE", args->routine, "A file, or a routine's name or file stem")->required();
  plan->add_option("--reps", args->reps, "Reps for every ranged exercise (clamped into its range)")->check(CLI::Range(1, 500));
  plan->add_flag("--json", args->json, "Print JSON instead of a table");
  table.add(plan, [args](Invocation& invocation) { return command_plan(invocation.context, *args); });
}

}  // namespace limber
