#pragma once
// Writing a file so that a crash at any moment leaves the old file or the new one, never a mix:
// a temporary file in the same folder, written and flushed, renamed over the old one, and the
// folder flushed so the rename itself survives a power cut.

#include <filesystem>
#include <functional>
#include <string>

#include "core/base/expected.hpp"

namespace limber {

enum class AtomicWriteStep { temporary_created, data_written, data_synced, renamed, folder_synced };
inline constexpr int kAtomicWriteSteps = 5;

// Called after each step; tests use it to stop the process at every step in turn.
using AtomicWriteHook = std::function<void(AtomicWriteStep)>;

// The temporary file is `path` + ".tmp" (not a routine file name, so a library never reads it).
[[nodiscard]] Expected<void, std::string> write_file_atomically(const std::filesystem::path& path,
                                                                const std::string& text,
                                                                const AtomicWriteHook& after_step = {});

// A file the user named (`report -o FILE`): written atomically as above, but only as a new file
// or over a regular one, in a folder that exists. A symbolic link, a device, a pipe or a folder
// at that name is refused with the reason, and no folder is made.
[[nodiscard]] Expected<void, std::string> write_output_file(const std::filesystem::path& path, const std::string& text);

// Flushes a file already written in full (`written`, in the same folder as `path`), renames it
// over `path` and flushes the folder: the same guarantee for a file another library wrote.
[[nodiscard]] Expected<void, std::string> move_file_atomically(const std::filesystem::path& written,
                                                               const std::filesystem::path& path);

}  // namespace limber
