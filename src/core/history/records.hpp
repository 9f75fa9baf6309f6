#pragma once
// The history's records as values: a session with its reps, a diary night, what a merge reported
// and may spend, and why a history could not be opened. Most files that speak of the history
// need only these, not the store that reads and writes them (history_store.hpp).

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace limber {

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

// The stored key of an outcome and back (nullopt: not one Limber writes).
[[nodiscard]] std::optional<SessionOutcome> outcome_from_key(std::string_view key);

}  // namespace limber
