#pragma once
// Writing a file so that a crash at any moment leaves the old file or the new one, never a mix:
// a temporary file in the same folder, written and flushed, renamed over the old one, and the
// folder flushed so the rename itself survives a power cut.

#include <filesystem>
#include <functional>
#include <string>

#include "core/expected.hpp"

namespace limber {

enum class AtomicWriteStep { temporary_created, data_written, data_synced, renamed, folder_synced };
inline constexpr int kAtomicWriteSteps = 5;

// Called after each step; tests use it to stop the process at every step in turn.
using AtomicWriteHook = std::function<void(AtomicWriteStep)>;

// The temporary file is `path` + ".tmp" (not a routine file name, so a library never reads it).
[[nodiscard]] Expected<void, std::string> write_file_atomically(const std::filesystem::path& path,
                                                                const std::string& text,
                                                                const AtomicWriteHook& after_step = {});

}  // namespace limber
