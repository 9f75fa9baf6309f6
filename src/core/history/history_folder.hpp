#pragma once
// Opening the history in the data folder the way the app needs it: a damaged file is moved aside
// (kept, never overwritten) and a new one started; a folder that cannot be written to still shows
// the history it holds. Each outcome carries a message for the user.

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

#include "core/base/expected.hpp"
#include "core/history/history_store.hpp"

namespace limber {

inline constexpr const char* kHistoryFileName = "history.sqlite3";

struct OpenedHistory {
  HistoryStore store;
  std::string notice{};  // non-empty: tell the user (a damaged file kept aside, a read-only folder)
};

enum class PageCheck { skip, check };

// With PageCheck::check every page is read first (before recording, and when the app starts),
// so a file damaged inside is moved aside too, not only one that is not a database at all.
[[nodiscard]] Expected<OpenedHistory, std::string> open_history(const std::filesystem::path& data_dir,
                                                                std::chrono::system_clock::time_point now,
                                                                PageCheck pages = PageCheck::check,
                                                                std::chrono::milliseconds busy_wait = kHistoryBusyWait);

}  // namespace limber
