// `limber edit ROUTINE`: the window opened on the routine editor (a built-in routine is saved as
// the user's copy).
#include <memory>
#include <string>

#include "app/cli/command_table.hpp"

namespace limber {

void add_edit_command(CommandTable& table) {
  auto routine = std::make_shared<std::string>();
  CLI::App* edit = table.app().add_subcommand("edit", "Open the editor on a routine (built-in ones are saved as your copy)");
  edit->add_option("ROUTINE", *routine, "A file, or a routine's name or file stem")->required();
  table.add(edit, [routine](Invocation& invocation) {
    invocation.gui.edit_routine = *routine;
    return open_window(invocation);
  });
}

}  // namespace limber
