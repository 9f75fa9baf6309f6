#pragma once
// The user's history for a command: opened from the data folder, with any notice (a damaged file
// kept aside, a read-only folder) and any error already printed on stderr.

#include <chrono>
#include <filesystem>
#include <optional>
#include <vector>

#include "app/app_context.hpp"
#include "core/calendar.hpp"
#include "core/history_folder.hpp"
#include "core/history_store.hpp"

namespace limber {

// open_history (history_folder.hpp), then the sessions kept aside while the history could not be
// written (pending_sessions.hpp) moved into it; the notice says so.
[[nodiscard]] Expected<OpenedHistory, std::string> open_history_with_pending(const std::filesystem::path& data_dir,
                                                                             std::chrono::system_clock::time_point now,
                                                                             PageCheck pages = PageCheck::check);

[[nodiscard]] std::optional<HistoryStore> open_user_history(const AppContext& context);

// What the history holds, for the commands that only read it. With no history yet (a new data
// folder, or none that can be made) it is empty: nothing is created just to be read.
struct HistoryContents {
  std::vector<SessionRecord> sessions;
  std::vector<DiaryEntry> diary;
};
[[nodiscard]] std::optional<HistoryContents> read_user_history(const AppContext& context);

// Today on the user's own calendar.
[[nodiscard]] DayNumber local_today();

}  // namespace limber
