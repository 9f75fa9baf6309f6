#pragma once
// The history of sessions and the cramp diary, in one SQLite file (history.sqlite3 in the data
// folder). The schema version lives in PRAGMA user_version and moves forward by migrations.
// Every call returns its result or an error message; nothing throws past this class.

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/base/clock.hpp"
#include "core/base/expected.hpp"
#include "core/history/cramp_events.hpp"
#include "core/history/records.hpp"
#include "core/history/tried_things.hpp"

namespace limber {

class Database;

class HistoryStore {
 public:
  // Opens or creates the file and brings its schema up to date. Sessions left in progress by a
  // crash or power cut become interrupted.
  // A read-only store reads everything and refuses every change.
  // `busy_wait`: how long to wait for another process's lock (the recorder and a rescue wait
  // only a moment, and keep what they would write aside rather than hold anything up).
  [[nodiscard]] static Expected<HistoryStore, HistoryError> open(const std::filesystem::path& file,
                                                                 bool read_only = false,
                                                                 std::chrono::milliseconds busy_wait = kHistoryBusyWait);
  // Waits this long for another process's lock from now on.
  void set_busy_wait(std::chrono::milliseconds wait);
  HistoryStore(HistoryStore&&) noexcept;
  HistoryStore& operator=(HistoryStore&&) noexcept;
  ~HistoryStore();

  // Reads every page (8 ms for ten years of history): a damaged page anywhere is found before a
  // new session is written next to it. Opening alone finds a file that is not a database.
  [[nodiscard]] Expected<void, HistoryError> check_pages();

  // Writes the session as it stands (a new row, or an update of the one with the same uuid).
  [[nodiscard]] Expected<void, std::string> save_session(const SessionRecord& session);
  // Sessions not deleted, oldest first.
  [[nodiscard]] Expected<std::vector<SessionRecord>, std::string> sessions();
  // Each session not deleted, oldest first, handed over one at a time: what an output of the whole
  // history reads, in memory that does not grow with it.
  [[nodiscard]] Expected<void, std::string> each_session(const std::function<void(const SessionRecord&)>& visit);
  // The newest `limit` sessions of one routine, oldest first, without their reps: what choosing a
  // session's reps needs, read in a moment whatever the history's size.
  [[nodiscard]] Expected<std::vector<SessionRecord>, std::string> recent_sessions_of(const std::string& routine_name,
                                                                                    int limit);
  // Deleting keeps a tombstone, so an undo can restore the session and importing another
  // device's copy of it does not bring it back.
  [[nodiscard]] Expected<void, std::string> delete_session(const std::string& uuid);
  [[nodiscard]] Expected<void, std::string> restore_session(const std::string& uuid);

  // Merges another history file (another device's) by session UUID and diary date, as
  // history_import.hpp says, within `budget`. Importing the same file twice adds nothing the
  // second time. The other file is only read, from a private copy (nothing is left beside it).
  [[nodiscard]] Expected<ImportReport, std::string> import_from(const std::filesystem::path& other,
                                                                const MergeBudget& budget = {});
  // The device this history's changes are made on (its sync folder's device id): what settles
  // two devices' changes at the same moment (hybrid_time.hpp).
  [[nodiscard]] Expected<void, std::string> set_device(const std::string& device);
  // The wall clock its changes are timed by (tests skew it); the system's unless set.
  void use_clock(const WallClock& clock) { clock_ = &clock; }
  [[nodiscard]] bool read_only() const { return read_only_; }
  // A consistent copy of the whole history in a new file (which must not exist yet): what
  // another device imports. The copy is not flushed to disk; the caller does that.
  [[nodiscard]] Expected<void, std::string> copy_to(const std::filesystem::path& file);

  [[nodiscard]] Expected<void, std::string> save_diary_entry(const DiaryEntry& entry);
  [[nodiscard]] Expected<std::vector<DiaryEntry>, std::string> diary();
  // False when there was no entry for that night.
  [[nodiscard]] Expected<bool, std::string> delete_diary_entry(const std::string& date);

  // Records a cramp met with the Cramp-now button, and counts it in its night's diary entry: the
  // night has at least as many cramps as events (a count the user gave that is higher stays), and
  // a severity already said stays. Returns the night's entry as it now is.
  [[nodiscard]] Expected<DiaryEntry, std::string> record_cramp(const CrampEvent& event);
  // Not deleted, oldest first.
  [[nodiscard]] Expected<std::vector<CrampEvent>, std::string> cramp_events();

  // Ticks (or unticks) something tried on a day (tried_things.hpp).
  [[nodiscard]] Expected<void, std::string> set_tried(const std::string& date, const std::string& item, bool done);
  [[nodiscard]] Expected<TriedDays, std::string> tried();

 private:
  HistoryStore(std::unique_ptr<Database> db, bool read_only);
  [[nodiscard]] WallTime now() const;
  [[nodiscard]] std::int64_t wall_ms() const;
  std::unique_ptr<Database> db_;
  bool read_only_ = false;
  const WallClock* clock_ = nullptr;
};

}  // namespace limber
