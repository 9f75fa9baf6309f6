#pragma once
// Importing other apps' routines into the user's routines folder (command_import.cpp): what the
// command line prints and the library's Import screen shows.

#include <filesystem>
#include <string>
#include <vector>

#include "app/services/app_context.hpp"

namespace limber {

struct RoutineImportReport {
  std::vector<std::string> lines;                // what was imported, approximated and not kept
  std::vector<std::string> errors;               // files not imported at all, and why
  std::vector<std::filesystem::path> written{};  // the routine files written
};

[[nodiscard]] RoutineImportReport import_routine_files(const AppContext& context, const std::vector<std::filesystem::path>& paths);

}  // namespace limber
