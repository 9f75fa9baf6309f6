#include <fmt/format.h>

#include "app/cli/command_table.hpp"
#include "app/cli/commands.hpp"
#include "core/base/text_table.hpp"
#include "core/base/translate.hpp"
#include "core/routine/plan.hpp"

namespace limber {

int command_list(const AppContext& context) {
  const RoutineLibrary library = context.load_library();
  if (library.entries.empty()) {
    fmt::print("{}", tr("No routines found.\n"));
    return kExitOk;
  }
  TextTable table({{trc("table heading", "NAME")},
                   {trc("table heading", "TOTAL"), TextTable::Align::right},
                   {trc("table heading", "ORIGIN")},
                   {trc("table heading", "FILE")}});
  for (const LibraryEntry& entry : library.entries) {
    if (entry.routine) {
      table.add({entry.display_name(), format_clock(total_duration(*entry.routine)), std::string(origin_name(entry.origin)),
                 entry.file.string()});
    } else {
      const auto problems = static_cast<long>(entry.routine.error().size());
      table.add({entry.display_name(), trc("a routine file", "invalid"), std::string(origin_name(entry.origin)),
                 format(trn("{0}  ({1} problem: see `limber check`)", "{0}  ({1} problems: see `limber check`)", problems),
                        entry.file.string(), problems)});
    }
  }
  fmt::print("{}", table.text());
  return kExitOk;
}

void add_list_command(CommandTable& table) {
  CLI::App* list = table.app().add_subcommand("list", "List the routines in the library");
  table.add(list, [](Invocation& invocation) { return command_list(invocation.context); });
}

}  // namespace limber
