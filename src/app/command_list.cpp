#include <fmt/format.h>

#include "app/commands.hpp"
#include "core/plan.hpp"

namespace limber {

int command_list(const AppContext& context) {
  const RoutineLibrary library = context.load_library();
  if (library.entries.empty()) {
    fmt::print("No routines found.\n");
    return kExitOk;
  }
  fmt::print("{:<32}  {:>8}  {:<8}  {}\n", "NAME", "TOTAL", "ORIGIN", "FILE");
  for (const LibraryEntry& entry : library.entries) {
    if (entry.routine) {
      fmt::print("{:<32}  {:>8}  {:<8}  {}\n", entry.display_name(), format_clock(total_duration(*entry.routine)),
                 origin_name(entry.origin), entry.file.string());
    } else {
      const std::size_t problems = entry.routine.error().size();
      fmt::print("{:<32}  {:>8}  {:<8}  {}  ({} problem{}: see `limber check`)\n", entry.display_name(), "invalid",
                 origin_name(entry.origin), entry.file.string(), problems, problems == 1 ? "" : "s");
    }
  }
  return kExitOk;
}

}  // namespace limber
