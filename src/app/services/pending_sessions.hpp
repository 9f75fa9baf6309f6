#pragma once
// Sessions the history could not take when they ran (the file locked by another program, the
// disk full, the folder read-only): each is kept in a small file of its own,
// <data>/pending/<uuid>.json, written atomically at every change, and moved into the history the
// next time it opens. Nothing a session did is lost because the history was unavailable. A cramp
// met with Cramp now that the history could not take at once is kept the same way
// (pending/cramp-<uuid>.json): the rescue never waits for the history.

#include <filesystem>
#include <string>
#include <vector>

#include "core/base/expected.hpp"
#include "core/history/history_store.hpp"

namespace limber {

inline constexpr const char* kPendingFolderName = "pending";

// Keeps (or updates) the session's pending file; returns its path.
[[nodiscard]] Expected<std::filesystem::path, std::string> keep_pending_session(const std::filesystem::path& data_dir,
                                                                                const SessionRecord& session);

// Keeps a cramp the history could not take at once; returns its file's path.
[[nodiscard]] Expected<std::filesystem::path, std::string> keep_pending_cramp(const std::filesystem::path& data_dir,
                                                                              const CrampEvent& event);

// Whether any session waits in the pending folder.
[[nodiscard]] bool has_pending_sessions(const std::filesystem::path& data_dir);

struct MergedPending {
  int sessions = 0;                   // now in the history
  int cramps = 0;                     // now in the diary
  std::vector<std::string> problems;  // files left where they are, and why
};

// Moves every pending session into the history. A file that is not a pending session (damaged,
// or edited by hand) is left where it is and named in `problems`; a session the history refuses
// stays pending for the next time.
[[nodiscard]] MergedPending merge_pending_sessions(HistoryStore& store, const std::filesystem::path& data_dir);

// "1 session that could not be recorded when it ran is now in your history." or "".
[[nodiscard]] std::string merged_pending_notice(const MergedPending& merged);

}  // namespace limber
