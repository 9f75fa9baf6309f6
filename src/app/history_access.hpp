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

// The history for a command that writes to it: pending sessions moved in, and, with a sync
// folder, the other devices' histories merged in (what came is said on stderr).
[[nodiscard]] std::optional<HistoryStore> open_user_history(const AppContext& context);

// After a change: this device's history written to the sync folder, if there is one (a failure
// is one line on stderr; the change itself is made).
void publish_user_history(const AppContext& context, HistoryStore& store);

// What the history holds, for the commands that only read it. With no history yet (a new data
// folder, or none that can be made), no session kept aside and no sync folder it is empty:
// nothing is created just to be read.
struct HistoryContents {
  std::vector<SessionRecord> sessions;
  std::vector<DiaryEntry> diary;
  std::vector<CrampEvent> cramp_events{};
  TriedDays tried{};
};
[[nodiscard]] std::optional<HistoryContents> read_user_history(const AppContext& context);

// Today on the user's own calendar.
[[nodiscard]] DayNumber local_today();

}  // namespace limber
