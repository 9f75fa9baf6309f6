#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <tuple>

#include "app/cli/command_table.hpp"
#include "app/cli/commands.hpp"
#include "app/services/routine_pictures.hpp"
#include "core/base/translate.hpp"
#include "core/routine/routine_library.hpp"
#include "core/routine/routine_loader.hpp"

namespace limber {

int command_check(const std::vector<std::string>& files) {
  int invalid = 0;
  for (const std::string& file : files) {
    // A file the library would never list is no routine, however well it reads.
    if (!is_routine_file_name(file)) {
      ++invalid;
      fmt::print(stderr, "{}\n", format_diagnostic(Diagnostic{file, 1, 1, tr("a routine file's name ends in .yaml or .yml; "
                                                                            "the library reads no other files")}));
      continue;
    }
    const RoutineResult result = load_routine_file(file);
    // A picture that cannot be shown does not stop a session (the figure shows instead), but it
    // is a mistake in the file all the same.
    // Every problem at once, in the file's order: the routine's and its pictures'.
    Diagnostics problems = result ? Diagnostics{} : result.error();
    for (Diagnostic& d : routine_picture_problems(file)) {
      // A value the routine's own rules refused (`image: notes.txt`) is said once, by them.
      const bool said = std::any_of(problems.begin(), problems.end(), [&](const Diagnostic& p) {
        return p.file == d.file && p.line == d.line && p.column == d.column;
      });
      if (!said) problems.push_back(std::move(d));
    }
    std::stable_sort(problems.begin(), problems.end(), [](const Diagnostic& a, const Diagnostic& b) {
      return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    if (problems.empty()) continue;
    ++invalid;
    for (const Diagnostic& d : problems) fmt::print(stderr, "{}\n", format_diagnostic(d));
  }
  if (invalid > 0) {
    fmt::print(stderr, "{}", format(trn("{0} of {1} routine file is invalid\n", "{0} of {1} routine files are invalid\n", static_cast<long>(files.size())), invalid, files.size()));
    return kExitFailure;
  }
  return kExitOk;
}

void add_check_command(CommandTable& table) {
  auto files = std::make_shared<std::vector<std::string>>();
  CLI::App* check = table.app().add_subcommand("check", "Check routine files; print each problem as FILE:LINE:COLUMN");
  check->add_option("FILE", *files, "Routine files")->required();
  table.add(check, [files](Invocation&) { return command_check(*files); });
}

}  // namespace limber
