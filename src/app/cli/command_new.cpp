// `limber new NAME [--from ROUTINE]`: a user routine made from the command line, a copy of
// another or a one-exercise template, saved where the editor would save it.
#include <fmt/format.h>

#include <cstdio>

#include "app/cli/command_table.hpp"
#include "app/cli/commands.hpp"
#include "core/base/translate.hpp"
#include "core/routine/routine_draft.hpp"
#include "core/routine/routine_draft_check.hpp"
#include "core/routine/routine_file_name.hpp"
#include "core/routine/routine_yaml.hpp"
#include "platform/atomic_file.hpp"

namespace limber {

int command_new(const AppContext& context, const std::string& name, const std::string& from) {
  if (!context.data_dir) {
    fmt::print(stderr, "{}", tr("limber: no data folder (HOME is not set; use --data-dir)\n"));
    return kExitFailure;
  }
  const RoutineLibrary library = context.load_library();
  if (const LibraryEntry* same = library.find(name); same != nullptr && same->routine && same->routine->name == name) {
    fmt::print(stderr, "{}", format(tr("limber: there is already a routine named `{0}` ({1})\n"), name, same->file.string()));
    return kExitFailure;
  }
  RoutineDraft draft = new_routine_draft(name);
  if (!from.empty()) {
    const auto source = resolve_routine(context, from);
    if (!source) {
      fmt::print(stderr, "{}", source.error());
      return kExitFailure;
    }
    draft = draft_from_routine(source->routine);
    draft.name = name;
  }
  const DraftCheck check = check_draft(draft);
  if (!check.routine) {
    fmt::print(stderr, "{}", format(tr("limber: `{0}` cannot be a routine's name: {1}\n"), name, check.problems.front().message));
    return kExitUsage;
  }
  std::vector<std::string> taken;
  for (const LibraryEntry& entry : library.entries) taken.push_back(entry.stem());
  const auto file = *context.data_dir / "routines" / (routine_file_stem(name, taken) + ".yaml");
  const auto written = write_file_atomically(file, routine_to_yaml(*check.routine));
  if (!written) {
    fmt::print(stderr, "limber: {}\n", written.error());
    return kExitFailure;
  }
  fmt::print("{}\n", file.string());
  return kExitOk;
}

void add_new_command(CommandTable& table) {
  struct Args {
    std::string name;
    std::string from;
  };
  auto args = std::make_shared<Args>();
  CLI::App* new_routine =
      table.app().add_subcommand("new", "Create a user routine (a template, or a copy with --from); print its path");
  new_routine->add_option("NAME", args->name, "The new routine's name")->required();
  new_routine->add_option("--from", args->from, "Copy this routine (a file, or a name or file stem)");
  table.add(new_routine, [args](Invocation& invocation) { return command_new(invocation.context, args->name, args->from); });
}

}  // namespace limber
