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

#include "core/clock.hpp"
#include "core/cramp_events.hpp"
#include "core/expected.hpp"
#include "core/tried_things.hpp"

namespace limber {

class Database;

enum class SessionOutcome { in_progress, completed, stopped, interrupted };

[[nodiscard]] std::string_view outcome_key(SessionOutcome outcome);  // "in_progress", "completed", ...
[[nodiscard]] std::string outcome_name(SessionOutcome outcome);      // "completed", in the user's language

struct RepsRecord {
  int exercise = 0;
  std::string exercise_name;
  std::string side;  // "left", "right", or "" when not per side
  int done = 0;
  int target = 0;
  bool operator==(const RepsRecord&) const = default;
};

struct SessionRecord {
  std::string uuid;
  std::string routine_name;
  std::string routine_file;
  std::string routine_hash;
  std::string started_utc;  // ISO 8601, "2026-11-26T19:22:40Z"
  std::string ended_utc;    // empty while in progress
  std::string local_date;   // "2026-11-26": the day the session counts for
  std::int64_t planned_seconds = 0;
  std::int64_t active_seconds = 0;
  std::optional<std::int64_t> reps_target;
  SessionOutcome outcome = SessionOutcome::in_progress;
  std::vector<RepsRecord> reps;
  bool operator==(const SessionRecord&) const = default;
};

struct DiaryEntry {
  std::string date;  // the night's date, "2026-11-26"
  int cramps = 0;
  int severity = 0;  // the worst cramp's, 1-10; 0: none (no cramps) or not said yet (diary_rules.hpp)
  std::string note;
  bool operator==(const DiaryEntry&) const = default;
};

inline constexpr int kHistorySchemaVersion = 5;

// How long a command waits for another process (another Limber writing) before giving up.
inline constexpr std::chrono::milliseconds kHistoryBusyWait{5000};
// How long what must never wait (a rescue's first step, a session's start) waits at most: then
// what it would write is kept aside (pending_sessions.hpp) and goes in later.
inline constexpr std::chrono::milliseconds kUrgentBusyWait{250};

// How long reading another device's history may go without delivering a row before it is given
// up as hostile, and how long it may take at most.
inline constexpr std::chrono::milliseconds kImportStallBudget{10'000};
inline constexpr std::chrono::milliseconds kImportTimeBudget{300'000};

// Why a history file could not be opened: the caller's remedy differs for each.
struct HistoryError {
  enum class Kind { corrupt, read_only, disk_full, newer_version, other };
  Kind kind = Kind::other;
  std::string message;
};

// How much one merge of another device's file may read and do before it is given up and the file
// set aside (history_sync.hpp): a Limber history of ten years holds a few thousand sessions, and
// a file far beyond these limits was made to stall or flood the one that reads it.
struct MergeBudget {
  std::uintmax_t most_bytes = 128ull << 20;   // the file and its -wal
  std::int64_t most_rows = 400'000;           // of all its tables together
  std::int64_t most_sessions = 50'000;
  std::int64_t most_vm_steps = 400'000'000;   // of SQLite's virtual machine (checked every thousand)
};

struct ImportReport {
  int sessions_added = 0;
  int sessions_known = 0;    // already here as they are there (or deleted here): left as they are
  int sessions_updated = 0;  // here unfinished, there finished: theirs taken
  int sessions_deleted = 0;  // deleted there: deleted here too
  int sessions_restored = 0;  // deleted here, restored there later (an undo): restored here too
  int diary_added = 0;
  int diary_updated = 0;  // nights both files have, changed there more recently: theirs taken
  int diary_deleted = 0;  // nights deleted there more recently than changed here
  int diary_kept = 0;     // nights both files have and that differ, changed here more recently (or
                          // with no change times): this file's entry is kept
  int sessions_skipped = 0;  // rows no Limber could have written (record_rules.hpp)
  int diary_skipped = 0;
  int cramp_events_added = 0;
  int tried_changed = 0;  // days' ticks taken from there, tapped there more recently
  std::map<std::string, int> skipped_because{};  // reason in words -> how many rows
};

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
