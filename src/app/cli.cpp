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
  RunArgs run_args;
  app.add_option("--trace", run_args.trace, "Write every session event and cue as JSON lines to FILE");
  app.add_flag("--mute", run_args.mute, "No sound");
  app.add_option("--volume", run_args.volume, "Cue volume in percent")->check(CLI::Range(0, 100));

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

  CLI::App* run = app.add_subcommand("run", "Run a session of a routine, with sound cues");
  run->add_option("ROUTINE", run_args.routine, "A file, or a routine's name or file stem")->required();
  run->add_option("--reps", run_args.reps, "Reps for every ranged exercise (clamped into its range)")
      ->check(CLI::Range(1, 500));
  run->add_flag("--headless", run_args.headless, "Run in the terminal, without a window");

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
  if (*run) return command_run(context, run_args);
  return command_list(context);
}

}  // namespace limber
