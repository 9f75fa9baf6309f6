// `limber import FILE...`: routine_importer.hpp, said on the terminal.
#include <fmt/format.h>

#include "app/commands.hpp"
#include "app/routine_importer.hpp"

namespace limber {

int command_import(const AppContext& context, const std::vector<std::string>& paths) {
  const RoutineImportReport report = import_routine_files(context, std::vector<std::filesystem::path>(paths.begin(), paths.end()));
  for (const std::string& line : report.lines) fmt::print("{}\n", line);
  for (const std::string& error : report.errors) fmt::print(stderr, "limber: {}\n", error);
  return report.errors.empty() ? kExitOk : kExitFailure;
}

}  // namespace limber
