// `limber progress`: the window opened on the progress screen.
#include "app/cli/command_table.hpp"

namespace limber {

void add_progress_command(CommandTable& table) {
  CLI::App* progress = table.app().add_subcommand("progress", "Open the window on the progress screen");
  table.add(progress, [](Invocation& invocation) {
    invocation.gui.open_progress = true;
    return open_window(invocation);
  });
}

}  // namespace limber
