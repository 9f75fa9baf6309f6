// `limber import FILE...`: routine_importer.hpp, said on the terminal.
#include <fmt/format.h>

#include "app/cli/command_table.hpp"
#include "app/cli/commands.hpp"
#include "app/services/routine_importer.hpp"

namespace limber {

int command_import(const AppContext& context, const std::vector<std::string>& paths) {
  const RoutineImportReport report = import_routine_files(context, std::vector<std::filesystem::path>(paths.begin(), paths.end()));
  for (const std::string& line : report.lines) fmt::print("{}\n", line);
  for (const std::string& error : report.errors) fmt::print(stderr, "limber: {}\n", error);
  return report.errors.empty() ? kExitOk : kExitFailure;
}

void add_import_command(CommandTable& table) {
  auto files = std::make_shared<std::vector<std::string>>();
  CLI::App* import = table.app().add_subcommand(
      "import", "Bring routines from Workrave (exercises.xml), Just Another Workout Timer (.json) or Feeel (.feeel, or its "
                "export-all .zip) into your routines folder");
  import->add_option("FILE", *files, "The files to import")->required();
  table.add(import, [files](Invocation& invocation) { return command_import(invocation.context, *files); });
}

}  // namespace limber
