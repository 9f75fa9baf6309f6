#pragma once
// Routines from other apps' files (`limber import`): what each file held, as Limber routines, with
// what had to be approximated and what Limber has no place for, said in words. Pure: bytes in,
// routines out; reading files, archives and writing the routines is the app's (command_import).
//   Workrave's exercises.xml: import_workrave.cpp
//   Just Another Workout Timer's JSON: import_jawt.cpp
//   Feeel's .feeel JSON: import_feeel.cpp
//   Limber's own routine files, and Export's bundle of them: import_limber.cpp

#include <string>
#include <string_view>
#include <vector>

#include "core/base/expected.hpp"
#include "core/routine/routine.hpp"

namespace limber {

// What a hostile file cannot get round (docs/importing.md).
struct ImportLimits {
  static constexpr std::size_t file_bytes = 8u << 20;      // an XML or JSON file
  static constexpr std::size_t archive_bytes = 64u << 20;  // a zip, as stored
  static constexpr std::size_t archive_entries = 2000;
  static constexpr std::size_t entry_bytes = 8u << 20;     // one file in a zip, unpacked
  static constexpr std::size_t archive_total = 64u << 20;  // every file in a zip, unpacked
  static constexpr int json_depth = 64;
  static constexpr std::size_t routines = 500;             // from one file
};

// A picture the routine shows, to be copied next to it.
struct ImportedPicture {
  std::string from;  // relative to the imported file's folder
  std::string to;    // the file name the routine's `image:` names
};

struct ImportedRoutine {
  Routine routine;
  std::vector<ImportedPicture> pictures{};
  std::vector<std::string> approximated{};  // kept, but not exactly
  std::vector<std::string> not_kept{};      // what Limber has no place for
};

struct ImportedFile {
  std::string app;  // "Workrave", "Just Another Workout Timer", "Feeel"
  std::vector<ImportedRoutine> routines;
  std::vector<std::string> skipped{};  // parts of the file that could not be read, and why
};

// Which app wrote `bytes`, by content, and its routines. Names and instructions the file has in
// several languages keep the untranslated one as the routine's own and the others as
// `translations:`, so the library shows the user's. An error says why the whole file cannot be
// read: nothing of it is to be written. `file_name` places a Limber routine's problems.
[[nodiscard]] Expected<ImportedFile, std::string> import_routines(std::string_view bytes, std::string_view file_name = "routine.yaml");

[[nodiscard]] Expected<ImportedFile, std::string> import_workrave(std::string_view xml);
[[nodiscard]] Expected<ImportedFile, std::string> import_jawt(std::string_view json);
[[nodiscard]] Expected<ImportedFile, std::string> import_feeel(std::string_view json);
// YAML documents separated by `---` lines, each a routine as `limber check` reads it; a picture
// an exercise names comes along when it lies beside the file.
[[nodiscard]] Expected<ImportedFile, std::string> import_limber(std::string_view yaml, std::string_view file_name);

}  // namespace limber
