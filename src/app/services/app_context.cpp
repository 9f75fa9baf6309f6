#include "app/services/app_context.hpp"

#include <fmt/format.h>

#include "core/base/translate.hpp"
#include "platform/paths.hpp"

namespace limber {
namespace {

std::string join_diagnostics(const Diagnostics& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) out += format_diagnostic(d) + "\n";
  return out;
}

}  // namespace

std::vector<RoutineFolder> AppContext::routine_folders() const {
  std::vector<RoutineFolder> folders{{builtin_routines_dir(), RoutineOrigin::builtin}};
  if (data_dir) folders.push_back({*data_dir / "routines", RoutineOrigin::user});
  return folders;
}

RoutineLibrary AppContext::load_library() const { return limber::load_library(routine_folders()); }

Expected<ResolvedRoutine, std::string> resolve_routine(const AppContext& context, const std::string& argument) {
  std::error_code ec;
  const std::filesystem::path as_path(argument);
  const bool looks_like_path = argument.find('/') != std::string::npos || is_routine_file_name(as_path);
  if (std::filesystem::is_regular_file(as_path, ec) || looks_like_path) {
    LoadedRoutine loaded = read_routine_file(as_path);
    if (!loaded.routine) return Unexpected{join_diagnostics(loaded.routine.error())};
    return ResolvedRoutine{as_path, std::move(loaded.routine.value()), loaded.facts};
  }
  const RoutineLibrary library = context.load_library();
  const LibraryEntry* entry = library.find(argument);
  if (entry == nullptr) {
    return Unexpected{format(tr("limber: no routine named `{0}`: give a file path, or a name or file stem from "
                                  "`limber list`\n"),
                                  argument)};
  }
  if (!entry->routine) return Unexpected{join_diagnostics(entry->routine.error())};
  return ResolvedRoutine{entry->file, entry->routine.value(), entry->facts};
}

}  // namespace limber
