#pragma once
// The user's history for a command: opened from the data folder, with any notice (a damaged file
// kept aside, a read-only folder) and any error already printed on stderr.

#include <chrono>
#include <filesystem>
#include <optional>
#include <vector>

#include "app/services/app_context.hpp"
#include "core/base/calendar.hpp"
#include "core/history/history_folder.hpp"
#include "core/history/history_store.hpp"

namespace limber {

// open_history (history_folder.hpp), then the sessions kept aside while the history could not be
// written (pending_sessions.hpp) moved into it; the notice says so.
[[nodiscard]] Expected<OpenedHistory, std::string> open_history_with_pending(
    const std::filesystem::path& data_dir, std::chrono::system_clock::time_point now, PageCheck pages = PageCheck::check,
    std::chrono::milliseconds busy_wait = kHistoryBusyWait);

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

// The newest sessions of one routine, for the reps the history suggests, read in a moment: no
// sync, no waiting for a busy history (then none), whatever the history's size.
[[nodiscard]] std::vector<SessionRecord> recent_sessions_of(const AppContext& context, const std::string& routine_name);

// A cramp met with Cramp now, written in the diary at once, or (the history busy or unwritable)
// kept aside to go in later: never a wait of more than a moment, and never lost. Says which.
[[nodiscard]] std::string record_cramp_at_once(const AppContext& context, const CrampEvent& event);

// Today on the user's own calendar.
[[nodiscard]] DayNumber local_today();

}  // namespace limber
