#include "app/cli.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>

#include "app/commands.hpp"
#include "platform/paths.hpp"

namespace limber {

int run_cli(int argc, char** argv) {
  CLI::App app{"Limber: a guided stretching coach against night-time leg cramps."};
  app.set_version_flag("--version", std::string(LIMBER_VERSION));
  // Program-wide options may come before or after the subcommand.
  app.fallthrough();
  std::string data_dir;
  app.add_option("--data-dir", data_dir,
                 "Folder for user routines and history (default: $LIMBER_DATA_DIR, else $XDG_DATA_HOME/limber)");

  std::vector<std::string> check_files;
  CLI::App* check = app.add_subcommand("check", "Check routine files; print each problem as FILE:LINE:COLUMN");
  check->add_option("FILE", check_files, "Routine files")->required();

  PlanArgs plan_args;
  CLI::App* plan = app.add_subcommand("plan", "Show the timeline of phases a routine expands to");
  plan->add_option("ROUTINE", plan_args.routine, "A file, or a routine's name or file stem")->required();
  plan->add_option("--reps", plan_args.reps, "Reps for every ranged exercise (clamped into its range)")
      ->check(CLI::Range(1, 500));
  plan->add_flag("--json", plan_args.json, "Print JSON instead of a table");

  CLI::App* list = app.add_subcommand("list", "List the routines in the library");

  std::string run_routine;
  CLI::App* run = app.add_subcommand("run", "Run a routine (prints its plan until the session screen exists)");
  run->add_option("ROUTINE", run_routine, "A file, or a routine's name or file stem")->required();

  app.require_subcommand(0, 1);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }

  AppContext context{resolve_data_dir(data_dir)};
  if (*check) return command_check(check_files);
  if (*plan) return command_plan(context, plan_args);
  if (*list) return command_list(context);
  if (*run) return command_plan(context, PlanArgs{.routine = run_routine});
  return command_list(context);
}

}  // namespace limber
