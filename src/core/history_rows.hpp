#pragma once
// The rows of a history file, written and read the same way by the store (history_store.hpp)
// and by the import of another device's file (history_import.hpp).

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/history_store.hpp"

namespace limber {

class Database;

// nullopt for a key no Limber writes.
[[nodiscard]] std::optional<SessionOutcome> outcome_from_key(std::string_view key);

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

// The night's entry as it stands on `updated_utc` (the time of the change, which decides between
// two devices' entries for the same night: history_import.hpp).
void write_diary_entry(Database& db, const DiaryEntry& entry, std::string_view updated_utc);

// The night as deleted on `deleted_utc`: a tombstone, so that another device's copy of the entry
// does not bring it back.
void write_diary_tombstone(Database& db, std::string_view date, std::string_view deleted_utc);

}  // namespace limber
