#pragma once
// The command line's commands in one table: each command's own file adds its subcommand, its
// options and what runs it (add_..._command), command_table.cpp lists them in the order help
// shows them, and cli.cpp runs the one the user gave. A new command is its file and one line in
// add_every_command.

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "app/cli/commands.hpp"
#include "app/window/gui_app.hpp"

namespace limber {

// What every command may use once the command line is read and the settings are merged in.
struct Invocation {
  AppContext context;
  RunArgs run;   // a session's options: --mute, --volume, --trace, the voice, the sound set, the reps picked
  GuiOptions gui;  // the window's: --fullscreen, --window-size, --screenshot, ...
  std::vector<std::string> window_options;  // the window's options as given, for a window another process opens
  std::vector<std::string> tried_list;       // the things tried the user keeps (the settings' list)
  std::string missing_sound_set;             // why the chosen sound set cannot be used, or ""
};

using CommandHandler = std::function<int(Invocation&)>;

class CommandTable {
 public:
  explicit CommandTable(CLI::App& app) : app_(app) {}
  [[nodiscard]] CLI::App& app() { return app_; }
  // `command` (made with add_subcommand on app() or on another command) and what runs it.
  void add(CLI::App* command, CommandHandler handler);
  // What runs the deepest command given ("diary add" rather than "diary"); null for none.
  [[nodiscard]] const CommandHandler* given() const;

 private:
  CLI::App& app_;
  std::vector<std::pair<CLI::App*, CommandHandler>> commands_;
};

// --json and --csv (one or the other), for the commands that print a list.
struct FormatFlags {
  bool json = false;
  bool csv = false;
  void add_to(CLI::App* command);
  [[nodiscard]] OutputFormat format() const { return json ? OutputFormat::json : (csv ? OutputFormat::csv : OutputFormat::table); }
};

// Opens the window as the invocation asks; where there is no display, `without_display` runs
// instead (none: a message says what works without a display, and the command fails).
int open_window(Invocation& invocation, const std::function<int()>& without_display = nullptr);

// Each in its command's file (command_check.cpp, ...).
void add_check_command(CommandTable& table);
void add_plan_command(CommandTable& table);
void add_list_command(CommandTable& table);
void add_new_command(CommandTable& table);
void add_edit_command(CommandTable& table);
void add_run_command(CommandTable& table);
void add_history_command(CommandTable& table);
void add_import_command(CommandTable& table);
void add_progress_command(CommandTable& table);
void add_sos_command(CommandTable& table);
void add_settings_command(CommandTable& table);
void add_stats_command(CommandTable& table);
void add_report_command(CommandTable& table);
void add_diary_command(CommandTable& table);
void add_sync_command(CommandTable& table);
void add_remind_command(CommandTable& table);
void add_notify_command(CommandTable& table);
void add_pose_command(CommandTable& table);

// Every command, in the order `limber --help` lists them.
void add_every_command(CommandTable& table);

}  // namespace limber
