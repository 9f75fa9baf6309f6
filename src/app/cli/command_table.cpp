#include "app/cli/command_table.hpp"

#include <fmt/format.h>

#include <cstdio>

#include "core/base/translate.hpp"

namespace limber {
namespace {

int depth_of(const CLI::App* command) {
  int depth = 0;
  for (const CLI::App* at = command->get_parent(); at != nullptr; at = at->get_parent()) ++depth;
  return depth;
}

}  // namespace

void CommandTable::add(CLI::App* command, CommandHandler handler) { commands_.emplace_back(command, std::move(handler)); }

const CommandHandler* CommandTable::given() const {
  const CommandHandler* deepest = nullptr;
  int deepest_depth = -1;
  for (const auto& [command, handler] : commands_) {
    if (command->parsed() && depth_of(command) > deepest_depth) {
      deepest = &handler;
      deepest_depth = depth_of(command);
    }
  }
  return deepest;
}

void FormatFlags::add_to(CLI::App* command) {
  CLI::Option* json_flag = command->add_flag("--json", json, "Print JSON");
  command->add_flag("--csv", csv, "Print CSV")->excludes(json_flag);
}

int open_window(Invocation& invocation, const std::function<int()>& without_display) {
  const int code = run_gui(invocation.context, invocation.gui);
  if (code != kExitNoDisplay) return code;
  if (without_display) return without_display();
  fmt::print(stderr, "{}", tr("limber: there is no display to open a window on (is DISPLAY or WAYLAND_DISPLAY set?).\n"
                              "Without one, `limber list` shows the routines and `limber run ROUTINE` runs one in the terminal.\n"));
  return kExitFailure;
}

void add_every_command(CommandTable& table) {
  add_check_command(table);
  add_plan_command(table);
  add_list_command(table);
  add_new_command(table);
  add_edit_command(table);
  add_run_command(table);
  add_history_command(table);
  add_import_command(table);
  add_progress_command(table);
  add_sos_command(table);
  add_settings_command(table);
  add_stats_command(table);
  add_report_command(table);
  add_diary_command(table);
  add_sync_command(table);
  add_remind_command(table);
  add_notify_command(table);
  add_pose_command(table);
}

}  // namespace limber
