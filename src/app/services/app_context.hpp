#pragma once
// What every command needs to know about this run: the data folder and the routine library.

#include <filesystem>
#include <optional>
#include <string>

#include "core/base/expected.hpp"
#include "core/routine/routine.hpp"
#include "core/routine/routine_library.hpp"

namespace limber {

struct AppContext {
  std::optional<std::filesystem::path> data_dir;  // none when there is no home folder to use
  std::optional<std::filesystem::path> sync_dir{};  // the sync folder (history_sync.hpp), when syncing is on

  [[nodiscard]] std::vector<RoutineFolder> routine_folders() const;
  [[nodiscard]] RoutineLibrary load_library() const;
};

struct ResolvedRoutine {
  std::filesystem::path file;  // empty: an unsaved routine tried from the editor
  Routine routine;
  RoutineFileFacts facts{};    // of `file`, read with the routine
};

// A ROUTINE argument: a file path, or the name or file stem of a routine in the library.
// The error is ready to print: diagnostics of an invalid file, or why nothing matched.
[[nodiscard]] Expected<ResolvedRoutine, std::string> resolve_routine(const AppContext& context,
                                                                     const std::string& argument);

}  // namespace limber
