#pragma once
// Which folder a history syncs through belongs to that history: it is kept in its data folder
// (<data>/sync-folder, one line), not in the user's settings, so a run with another data folder
// never merges this one's devices into it. Older Limbers kept it in settings.json: it moves from
// there to the default data folder once.

#include <filesystem>
#include <optional>
#include <string>

#include "core/base/expected.hpp"

namespace limber {

inline constexpr const char* kSyncFolderFile = "sync-folder";

// The sync folder named for this data folder, or nullopt when it syncs with nothing.
[[nodiscard]] std::optional<std::filesystem::path> read_sync_folder(const std::filesystem::path& data_dir);
// Names it (nullopt: syncing off).
[[nodiscard]] Expected<void, std::string> write_sync_folder(const std::filesystem::path& data_dir,
                                                            const std::optional<std::filesystem::path>& folder);

}  // namespace limber
