#include "core/history/history_store.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <map>
#include <optional>
#include <set>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "core/base/record_ids.hpp"
#include "core/base/translate.hpp"
#include "core/formats/sqlite.hpp"
#include "core/history/diary_rules.hpp"
#include "core/history/history_import.hpp"
#include "core/history/history_rows.hpp"
#include "core/history/history_schema.hpp"

namespace limber {
namespace {

HistoryError::Kind error_kind(const SqliteError& e) {
  if (e.system_errno() == ENOSPC || e.system_errno() == EDQUOT) return HistoryError::Kind::disk_full;
  if (e.system_errno() == EROFS || e.system_errno() == EACCES) return HistoryError::Kind::read_only;
  switch (e.code() & 0xFF) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return HistoryError::Kind::corrupt;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN: return HistoryError::Kind::read_only;
    case SQLITE_FULL: return HistoryError::Kind::disk_full;
    default: return HistoryError::Kind::other;
  }
}

std::string describe(const SqliteError& e) {
  switch (error_kind(e)) {
    case HistoryError::Kind::disk_full: return fmt::format("the disk is full ({})", e.what());
    case HistoryError::Kind::read_only: return fmt::format("the data folder cannot be written to ({})", e.what());
    case HistoryError::Kind::corrupt: return fmt::format("the history file is damaged ({})", e.what());
    default:
      if ((e.code() & 0xFF) == SQLITE_IOERR) return fmt::format("cannot write to the disk ({})", e.what());
      return e.what();
  }
}

template <class Work>
auto guarded(Work work) -> Expected<decltype(work()), std::string> {
  try {
    if constexpr (std::is_void_v<decltype(work())>) {
      work();
      return {};
    } else {
      return work();
    }
  } catch (const SqliteError& e) {
    return Unexpected{describe(e)};
  } catch (const std::exception& e) {
    return Unexpected{std::string(e.what())};
  }
}

constexpr std::string_view kSessionColumns =
    "id, uuid, routine_name, routine_file, routine_hash, started_utc, ended_utc, local_date, planned_seconds, "
    "active_seconds, reps_target, outcome";

// One row of `SELECT kSessionColumns`, without its reps.
void read_session_columns(Statement& query, SessionRecord& s) {
  s.uuid = query.text(1);
  s.routine_name = query.text(2);
  s.routine_file = query.text(3);
  s.routine_hash = query.text(4);
  s.started_utc = query.text(5);
  s.ended_utc = query.text(6);
  s.local_date = query.text(7);
  s.planned_seconds = query.integer(8);
  s.active_seconds = query.integer(9);
  s.reps_target = query.optional_integer(10);
  s.outcome = outcome_from_key(query.text(11)).value_or(SessionOutcome::interrupted);
}

// The sessions not deleted, in start order (ties: in the order this history learnt of them), each with its reps.
std::vector<SessionRecord> read_sessions(Database& db) {
  std::vector<SessionRecord> out;
  Statement count = db.prepare("SELECT COUNT(*) FROM sessions WHERE deleted_utc = ''");
  count.step();
  const auto rows = static_cast<std::size_t>(count.integer(0));
  out.reserve(rows);
  std::unordered_map<std::int64_t, std::size_t> index_of_id;
  index_of_id.reserve(rows);
  Statement query = db.prepare(fmt::format(
      "SELECT {} FROM sessions WHERE deleted_utc = '' ORDER BY started_utc, id", kSessionColumns));
  while (query.step()) {
    SessionRecord& s = out.emplace_back();
    read_session_columns(query, s);
    index_of_id.emplace(query.integer(0), out.size() - 1);
  }
  // All reps in one pass rather than one query per session: ten years are thousands of sessions.
  Statement reps = db.prepare(
      "SELECT session_id, exercise, exercise_name, side, done, target FROM session_reps ORDER BY session_id, exercise, side");
  while (reps.step()) {
    const auto found = index_of_id.find(reps.integer(0));
    if (found == index_of_id.end()) continue;  // a deleted session's
    out[found->second].reps.push_back(RepsRecord{static_cast<int>(reps.integer(1)), reps.text(2), reps.text(3),
                                                 static_cast<int>(reps.integer(4)), static_cast<int>(reps.integer(5))});
  }
  return out;
}

std::vector<DiaryEntry> read_diary(Database& db) {
  std::vector<DiaryEntry> out;
  // A read-only store may be of schema 2, from before diary tombstones.
  Statement query = db.prepare(fmt::format("SELECT date, cramps, severity, note FROM diary {} ORDER BY date",
                                           db.user_version() >= 3 ? "WHERE deleted_utc = ''" : ""));
  while (query.step()) {
    out.push_back(DiaryEntry{query.text(0), static_cast<int>(query.integer(1)), static_cast<int>(query.integer(2)),
                             query.text(3)});
  }
  return out;
}

}  // namespace

HistoryStore::HistoryStore(std::unique_ptr<Database> db, bool read_only)
    : db_(std::move(db)), read_only_(read_only) {}
HistoryStore::HistoryStore(HistoryStore&&) noexcept = default;
HistoryStore& HistoryStore::operator=(HistoryStore&&) noexcept = default;
HistoryStore::~HistoryStore() = default;

Expected<HistoryStore, HistoryError> HistoryStore::open(const std::filesystem::path& file, bool read_only,
                                                        std::chrono::milliseconds busy_wait) {
  try {
    auto db = std::make_unique<Database>(file, read_only ? Database::Mode::read_only : Database::Mode::read_write);
    db->set_busy_wait(busy_wait);
    const int version = db->user_version();
    if (version > kHistorySchemaVersion) {
      return Unexpected{HistoryError{HistoryError::Kind::newer_version,
                                     fmt::format("{} was written by a newer Limber (schema {}; this one knows {})",
                                                 file.string(), version, kHistorySchemaVersion)}};
    }
    if (read_only) {
      // Schema 2 reads the same; only writing needs schema 3.
      if (version < 2) {
        return Unexpected{HistoryError{HistoryError::Kind::read_only,
                                       fmt::format("{} needs an update but cannot be written to", file.string())}};
      }
      return HistoryStore(std::move(db), true);
    }
    if (version < kHistorySchemaVersion) {
      // Under the write lock (BEGIN IMMEDIATE), and from the version as it is now: another
      // process opening the same new or old file at the same moment may have migrated it while
      // this one waited for the lock.
      db->transaction([&] { migrate_history(*db); });
    }
    db->exec("UPDATE sessions SET outcome = 'interrupted' WHERE outcome = 'in_progress'");
    return HistoryStore(std::move(db), false);
  } catch (const SqliteError& e) {
    return Unexpected{HistoryError{error_kind(e),
                                   fmt::format("cannot use the history file {}: {}", file.string(), e.what())}};
  }
}

Expected<void, HistoryError> HistoryStore::check_pages() {
  try {
    Statement check = db_->prepare("PRAGMA quick_check");
    if (!check.step() || check.text(0) != "ok") {
      return Unexpected{HistoryError{HistoryError::Kind::corrupt, fmt::format("the history file is damaged: {}",
                                                                              check.text(0))}};
    }
    return {};
  } catch (const SqliteError& e) {
    return Unexpected{HistoryError{error_kind(e), fmt::format("the history file cannot be checked: {}", e.what())}};
  }
}

Expected<void, std::string> HistoryStore::save_session(const SessionRecord& s) {
  return guarded([&] {
    db_->transaction([&] { SessionWriter(*db_).write(s); });
  });
}

Expected<std::vector<SessionRecord>, std::string> HistoryStore::sessions() {
  return guarded([&] {
    return read_sessions(*db_);
  });
}

Expected<void, std::string> HistoryStore::each_session(const std::function<void(const SessionRecord&)>& visit) {
  return guarded([&] {
    Statement query = db_->prepare(
        fmt::format("SELECT {} FROM sessions WHERE deleted_utc = '' ORDER BY started_utc, id", kSessionColumns));
    Statement reps = db_->prepare(
        "SELECT exercise, exercise_name, side, done, target FROM session_reps WHERE session_id = ?1 ORDER BY exercise, side");
    SessionRecord s;
    while (query.step()) {
      read_session_columns(query, s);
      s.reps.clear();
      reps.reset();
      reps.bind(1, query.integer(0));
      while (reps.step()) {
        s.reps.push_back(RepsRecord{static_cast<int>(reps.integer(0)), reps.text(1), reps.text(2),
                                    static_cast<int>(reps.integer(3)), static_cast<int>(reps.integer(4))});
      }
      visit(s);
    }
  });
}

Expected<std::vector<SessionRecord>, std::string> HistoryStore::recent_sessions_of(const std::string& routine_name, int limit) {
  return guarded([&] {
    std::vector<SessionRecord> out;
    Statement query = db_->prepare(fmt::format(
        "SELECT {} FROM sessions WHERE deleted_utc = '' AND routine_name = ?1 ORDER BY started_utc DESC, id DESC LIMIT ?2",
        kSessionColumns));
    query.bind(1, routine_name).bind(2, std::int64_t{limit});
    while (query.step()) {
      read_session_columns(query, out.emplace_back());
    }
    std::reverse(out.begin(), out.end());
    return out;
  });
}

void HistoryStore::set_busy_wait(std::chrono::milliseconds wait) { db_->set_busy_wait(wait); }

Expected<void, std::string> HistoryStore::delete_session(const std::string& uuid) {
  return guarded([&] {
    db_->transaction([&] { write_session_state(*db_, uuid, utc_timestamp(now()), next_change_time(*db_, wall_ms())); });
  });
}

// An undo is a change of its own, later than the deletion it undoes: on every device it wins.
Expected<void, std::string> HistoryStore::restore_session(const std::string& uuid) {
  return guarded([&] {
    db_->transaction([&] { write_session_state(*db_, uuid, "", next_change_time(*db_, wall_ms())); });
  });
}

Expected<ImportReport, std::string> HistoryStore::import_from(const std::filesystem::path& other, const MergeBudget& budget) {
  return import_history(other, *db_, wall_ms(), budget);
}

Expected<void, std::string> HistoryStore::set_device(const std::string& device) {
  if (read_only_) return {};
  return guarded([&] { set_change_device(*db_, device); });
}

WallTime HistoryStore::now() const { return clock_ != nullptr ? clock_->now() : std::chrono::system_clock::now(); }

std::int64_t HistoryStore::wall_ms() const {
  return std::chrono::duration_cast<std::chrono::milliseconds>(now().time_since_epoch()).count();
}

Expected<void, std::string> HistoryStore::copy_to(const std::filesystem::path& file) {
  return guarded([&] {
    Statement vacuum = db_->prepare("VACUUM INTO ?1");
    vacuum.bind(1, file.string()).run();
  });
}

Expected<void, std::string> HistoryStore::save_diary_entry(const DiaryEntry& entry) {
  return guarded([&] {
    db_->transaction([&] { write_diary_entry(*db_, entry, utc_timestamp(now()), next_change_time(*db_, wall_ms())); });
  });
}

Expected<std::vector<DiaryEntry>, std::string> HistoryStore::diary() {
  return guarded([&] { return read_diary(*db_); });
}

Expected<bool, std::string> HistoryStore::delete_diary_entry(const std::string& date) {
  return guarded([&] {
    Statement here = db_->prepare("SELECT 1 FROM diary WHERE date = ?1 AND deleted_utc = ''");
    here.bind(1, date);
    if (!here.step()) return false;
    here.reset();
    db_->transaction([&] { write_diary_tombstone(*db_, date, utc_timestamp(now()), next_change_time(*db_, wall_ms())); });
    return true;
  });
}

Expected<DiaryEntry, std::string> HistoryStore::record_cramp(const CrampEvent& event) {
  return guarded([&] {
    DiaryEntry entry{event.night, 0, 0, ""};
    db_->transaction([&] {
      write_cramp_event(*db_, event);
      Statement known = db_->prepare("SELECT cramps, severity, note FROM diary WHERE date = ?1 AND deleted_utc = ''");
      known.bind(1, event.night);
      if (known.step()) {
        entry = DiaryEntry{event.night, static_cast<int>(known.integer(0)), static_cast<int>(known.integer(1)),
                           known.text(2)};
      }
      known.reset();
      const int events = std::min(count_cramp_events(*db_, event.night), kMaxCrampsPerNight);
      if (events > entry.cramps) {
        if (entry.cramps == 0) entry.severity = 0;  // "none" becomes "not said yet"
        entry.cramps = events;
        write_diary_entry(*db_, entry, event.at_utc, next_change_time(*db_, wall_ms()));
      }
    });
    return entry;
  });
}

Expected<std::vector<CrampEvent>, std::string> HistoryStore::cramp_events() {
  return guarded([&] { return read_cramp_events(*db_); });
}

Expected<void, std::string> HistoryStore::set_tried(const std::string& date, const std::string& item, bool done) {
  return guarded([&] {
    db_->transaction([&] { write_tried(*db_, date, item, done, utc_timestamp(now()), next_change_time(*db_, wall_ms())); });
  });
}

Expected<TriedDays, std::string> HistoryStore::tried() {
  return guarded([&] { return read_tried(*db_); });
}

}  // namespace limber
