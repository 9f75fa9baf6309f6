#pragma once
// The rows of a history file, written and read the same way by the store (history_store.hpp)
// and by the import of another device's file (history_import.hpp).

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/history/records.hpp"

namespace limber {

class Database;

// Writes sessions: each a new row, or an update of the one with the same uuid (end, active time,
// outcome and reps). Its statements are prepared once, for imports of many thousands.
class SessionWriter {
 public:
  explicit SessionWriter(Database& db);
  ~SessionWriter();
  SessionWriter(const SessionWriter&) = delete;
  SessionWriter& operator=(const SessionWriter&) = delete;
  void write(const SessionRecord& session);

 private:
  struct Statements;
  std::unique_ptr<Statements> statements_;
};

// The night's entry as it stands after a change at `updated_utc`, whose place among all changes
// is `change_time` (hybrid_time.hpp: what decides between two devices' entries for the night).
void write_diary_entry(Database& db, const DiaryEntry& entry, std::string_view updated_utc, std::string_view change_time);

// The night as deleted on `deleted_utc`: a tombstone, so that another device's copy of the entry
// does not bring it back unless it was changed later.
void write_diary_tombstone(Database& db, std::string_view date, std::string_view deleted_utc, std::string_view change_time);

// A session deleted (`deleted_utc`) or restored ("") by a change at `change_time`.
void write_session_state(Database& db, std::string_view uuid, std::string_view deleted_utc, std::string_view change_time);

// The time of a new change to this history: after everything it has seen, on the wall clock's
// `wall_ms` where that is later. Kept as the history's latest; call inside the change's transaction.
[[nodiscard]] std::string next_change_time(Database& db, std::int64_t wall_ms);
// After a merge: the history has seen every change it now holds.
void note_change_times_seen(Database& db);
// The device this history's changes are made on (the sync folder's device id, sync_folder.hpp).
void set_change_device(Database& db, std::string_view device);

}  // namespace limber
