// `limber settings`: the window opened on the settings screen.
#include "app/cli/command_table.hpp"

namespace limber {

void add_settings_command(CommandTable& table) {
  CLI::App* settings = table.app().add_subcommand("settings", "Open the window on the settings screen");
  table.add(settings, [](Invocation& invocation) {
    invocation.gui.open_settings = true;
    return open_window(invocation);
  });
}

}  // namespace limber
