#include "core/history_import.hpp"

#include <fmt/format.h>

#include <climits>
#include <cstdint>
#include <memory>
#include <tuple>

#include "core/calendar.hpp"
#include "core/cramp_events.hpp"
#include "core/diary_rules.hpp"
#include "core/record_ids.hpp"
#include "core/history_rows.hpp"
#include "core/record_rules.hpp"
#include "core/sqlite.hpp"
#include "core/tried_things.hpp"

namespace limber {
namespace {

// A count or a number of seconds that does not fit an int is as wrong as a negative one.
int small_count(std::int64_t value) { return value >= 0 && value <= INT_MAX ? static_cast<int>(value) : -1; }

bool is_interrupt(const SqliteError& e) { return (e.code() & 0xFF) == SQLITE_INTERRUPT; }

// Walks `table` in rowid order. A row holding a value over the length limit cannot be read at all
// (SQLite fails the whole statement on it), so `on_unreadable` is told of it and the walk starts
// again after it.
template <class OnRow, class OnUnreadable>
void for_each_row(Database& db, std::string_view table, std::string_view columns, OnRow on_row,
                  OnUnreadable on_unreadable) {
  Statement rows = db.prepare(fmt::format("SELECT rowid, {} FROM {} WHERE rowid > ?1 ORDER BY rowid", columns, table));
  Statement next = db.prepare(fmt::format("SELECT rowid FROM {} WHERE rowid > ?1 ORDER BY rowid LIMIT 1", table));
  std::int64_t after = INT64_MIN;
  for (;;) {
    rows.reset();
    rows.bind(1, after);
    try {
      while (rows.step()) {
        after = rows.integer(0);
        db.made_progress();
        on_row(rows);
      }
      return;
    } catch (const SqliteError& e) {
      if ((e.code() & 0xFF) != SQLITE_TOOBIG) throw;
    }
    next.reset();
    next.bind(1, after);
    if (!next.step()) return;
    after = next.integer(0);
    on_unreadable();
  }
}

constexpr std::string_view kTooLong = "a value far longer than any Limber writes";

class Merge {
 public:
  Merge(Database& theirs, Database& mine) : theirs_(theirs), mine_(mine), sessions_(mine) {}

  ImportReport run() {
    merge_sessions();
    merge_diary();
    if (theirs_.user_version() >= 4) {
      merge_cramp_events();
      merge_tried();
      count_every_night_its_cramps();
    }
    return report_;
  }

 private:
  void skip_session(std::string_view reason) {
    ++report_.sessions_skipped;
    ++report_.skipped_because[std::string(reason)];
  }
  void skip_night(std::string_view reason) {
    ++report_.diary_skipped;
    ++report_.skipped_because[std::string(reason)];
  }

  // The session's reps rows, or why they cannot be imported.
  std::optional<std::string> read_reps(std::int64_t session_id, SessionRecord& s) {
    if (!their_reps_) {
      their_reps_.emplace(theirs_.prepare(
          "SELECT exercise, exercise_name, side, done, target FROM session_reps WHERE session_id = ?1 "
          "ORDER BY exercise, side LIMIT 2001"));
    }
    Statement& reps = *their_reps_;
    reps.reset();
    reps.bind(1, session_id);
    try {
      while (reps.step()) {
        s.reps.push_back(RepsRecord{small_count(reps.integer(0)), reps.text(1), reps.text(2),
                                    small_count(reps.integer(3)), small_count(reps.integer(4))});
      }
    } catch (const SqliteError& e) {
      if ((e.code() & 0xFF) != SQLITE_TOOBIG) throw;
      return std::string(kTooLong);
    }
    return std::nullopt;
  }

  void merge_sessions() {
    const bool has_tombstones = theirs_.user_version() >= 2;
    Statement known = mine_.prepare("SELECT ended_utc, deleted_utc FROM sessions WHERE uuid = ?1");
    Statement tombstone = mine_.prepare("UPDATE sessions SET deleted_utc = ?2 WHERE uuid = ?1");
    for_each_row(
        theirs_, "sessions",
        fmt::format("id, uuid, routine_name, routine_file, routine_hash, started_utc, ended_utc, local_date, "
                    "planned_seconds, active_seconds, reps_target, outcome, {}",
                    has_tombstones ? "deleted_utc" : "''"),
        [&](const Statement& row) {
          SessionRecord s;
          s.uuid = row.text(2);
          s.routine_name = row.text(3);
          s.routine_file = row.text(4);
          s.routine_hash = row.text(5);
          s.started_utc = row.text(6);
          s.ended_utc = row.text(7);
          s.local_date = row.text(8);
          s.planned_seconds = row.integer(9);
          s.active_seconds = row.integer(10);
          s.reps_target = row.optional_integer(11);
          const auto outcome = outcome_from_key(row.text(12));
          const std::string deleted = row.text(13);
          if (!outcome) return skip_session("an outcome Limber does not know");
          s.outcome = *outcome;
          if (const auto problem = read_reps(row.integer(1), s)) return skip_session(*problem);
          if (const auto problem = imported_session_problem(s)) return skip_session(*problem);
          if (!deleted.empty() && !is_utc_timestamp(deleted)) return skip_session("a deletion time that is not a time");
          merge_session(s, deleted, known, tombstone);
        },
        [&] { skip_session(kTooLong); });
  }

  void merge_session(SessionRecord& s, const std::string& deleted, Statement& known, Statement& tombstone) {
    // The other device is not running it now: whatever it was doing was cut short.
    if (s.outcome == SessionOutcome::in_progress) s.outcome = SessionOutcome::interrupted;
    known.reset();
    known.bind(1, s.uuid);
    if (!known.step()) {
      sessions_.write(s);
      if (!deleted.empty()) {
        tombstone.reset();
        tombstone.bind(1, s.uuid).bind(2, deleted).run();
      }
      ++report_.sessions_added;
      return;
    }
    const std::string my_end = known.text(0);
    const bool deleted_here = !known.text(1).empty();
    known.reset();
    if (!deleted.empty() && !deleted_here) {
      tombstone.reset();
      tombstone.bind(1, s.uuid).bind(2, deleted).run();
      ++report_.sessions_deleted;
    } else if (s.ended_utc > my_end) {
      sessions_.write(s);
      ++report_.sessions_updated;
    } else {
      ++report_.sessions_known;
    }
  }

  struct Night {
    DiaryEntry entry;
    std::string updated;
    std::string deleted;
    // Which of two different states of one night wins: the later change, then (same second) the
    // larger contents, so that every device decides the same way.
    [[nodiscard]] auto order() const {
      return std::tie(updated, deleted, entry.cramps, entry.severity, entry.note);
    }
    [[nodiscard]] bool same_as(const Night& other) const {
      return deleted.empty() == other.deleted.empty() && (!deleted.empty() || entry == other.entry);
    }
  };

  void merge_diary() {
    const bool has_change_times = theirs_.user_version() >= 3;
    Statement mine = mine_.prepare("SELECT cramps, severity, note, updated_utc, deleted_utc FROM diary WHERE date = ?1");
    for_each_row(
        theirs_, "diary",
        fmt::format("date, cramps, severity, note, {}", has_change_times ? "updated_utc, deleted_utc" : "'', ''"),
        [&](const Statement& row) {
          Night theirs{DiaryEntry{row.text(1), small_count(row.integer(2)), small_count(row.integer(3)), row.text(4)},
                       row.text(5), row.text(6)};
          if ((!theirs.updated.empty() && !is_utc_timestamp(theirs.updated)) ||
              (!theirs.deleted.empty() && !is_utc_timestamp(theirs.deleted))) {
            return skip_night("a change time that is not a time");
          }
          if (theirs.deleted.empty()) {
            if (const auto problem = imported_diary_problem(theirs.entry)) return skip_night(*problem);
          } else if (!parse_date(theirs.entry.date)) {
            return skip_night("a night that is not a date");
          }
          mine.reset();
          mine.bind(1, theirs.entry.date);
          if (!mine.step()) {
            take(theirs);
            if (theirs.deleted.empty()) ++report_.diary_added;
            return;
          }
          const Night here{DiaryEntry{theirs.entry.date, static_cast<int>(mine.integer(0)),
                                      static_cast<int>(mine.integer(1)), mine.text(2)},
                           mine.text(3), mine.text(4)};
          mine.reset();
          if (theirs.same_as(here)) {
            if (theirs.updated > here.updated) take(theirs);  // the same night; keep the times the same too
          } else if (!(theirs.updated.empty() && here.updated.empty()) && theirs.order() > here.order()) {
            take(theirs);
            ++(theirs.deleted.empty() ? report_.diary_updated : report_.diary_deleted);
          } else {
            ++report_.diary_kept;
          }
        },
        [&] { skip_night(kTooLong); });
  }

  // By id: an event new here is added, one deleted there is deleted here. The diary's nights came
  // with the diary (their counts already hold the events).
  void merge_cramp_events() {
    Statement known = mine_.prepare("SELECT deleted_utc FROM cramp_events WHERE uuid = ?1");
    for_each_row(
        theirs_, "cramp_events", "uuid, at_utc, local_time, night, leg, deleted_utc",
        [&](const Statement& row) {
          const std::string leg = row.text(5);
          CrampEvent event{row.text(1), row.text(2), row.text(3), row.text(4), side_from_key(leg)};
          const std::string deleted = row.text(6);
          if (!leg.empty() && !event.leg) return skip_night("a leg that is neither left nor right");
          if (const auto problem = imported_cramp_event_problem(event)) return skip_night(*problem);
          if (!deleted.empty() && !is_utc_timestamp(deleted)) return skip_night("a deletion time that is not a time");
          known.reset();
          known.bind(1, event.uuid);
          const bool here = known.step();
          known.reset();
          if (!here) {
            write_cramp_event(mine_, event);
            if (deleted.empty()) ++report_.cramp_events_added;
          }
          if (!deleted.empty()) write_cramp_tombstone(mine_, event.uuid, deleted);
        },
        [&] { skip_night(kTooLong); });
  }

  // Each device counted its own button's cramps into its diary: a night that now has more events
  // than its entry counts (both devices met one, offline) counts them all, as record_cramp would.
  // A night the user deleted stays deleted.
  void count_every_night_its_cramps() {
    Statement short_nights = mine_.prepare(R"sql(
SELECT e.night, COUNT(*), d.cramps, d.severity, d.note
FROM cramp_events e JOIN diary d ON d.date = e.night AND d.deleted_utc = ''
WHERE e.deleted_utc = '' GROUP BY e.night)sql");
    std::vector<DiaryEntry> recounted;
    while (short_nights.step()) {
      const int events = std::min(static_cast<int>(short_nights.integer(1)), kMaxCrampsPerNight);
      const int cramps = static_cast<int>(short_nights.integer(2));
      if (events <= cramps) continue;
      recounted.push_back(DiaryEntry{short_nights.text(0), events, cramps > 0 ? static_cast<int>(short_nights.integer(3)) : 0,
                                     short_nights.text(4)});
    }
    for (const DiaryEntry& entry : recounted) write_diary_entry(mine_, entry, utc_timestamp(std::chrono::system_clock::now()));
  }

  // Day by day and thing by thing, the later tap wins.
  void merge_tried() {
    Statement mine = mine_.prepare("SELECT done, updated_utc FROM tried WHERE date = ?1 AND item = ?2");
    for_each_row(
        theirs_, "tried", "date, item, done, updated_utc",
        [&](const Statement& row) {
          const std::string date = row.text(1);
          const std::string item = row.text(2);
          const std::int64_t done = row.integer(3);
          const std::string updated = row.text(4);
          if (!parse_date(date) || !is_utc_timestamp(updated) || (done != 0 && done != 1) || !is_tried_item(item)) {
            return skip_night("a day's tick that is not one Limber writes");
          }
          mine.reset();
          mine.bind(1, date).bind(2, item);
          const bool here = mine.step();
          const bool newer = !here || updated > mine.text(1);
          const bool same = here && mine.integer(0) == done;
          mine.reset();
          if (newer) {
            write_tried(mine_, date, item, done == 1, updated);
            if (!same) ++report_.tried_changed;
          }
        },
        [&] { skip_night(kTooLong); });
  }

  void take(const Night& night) {
    if (night.deleted.empty()) {
      write_diary_entry(mine_, night.entry, night.updated);
    } else {
      write_diary_tombstone(mine_, night.entry.date, night.deleted);
    }
  }

  Database& theirs_;
  Database& mine_;
  SessionWriter sessions_;
  std::optional<Statement> their_reps_;
  ImportReport report_;
};

std::string took_too_long(const std::filesystem::path& other) {
  return fmt::format("{} was not imported: reading it stalled for {} s (or took over {} minutes), which no Limber "
                     "history does",
                     other.string(), std::chrono::duration_cast<std::chrono::seconds>(kImportStallBudget).count(),
                     std::chrono::duration_cast<std::chrono::minutes>(kImportTimeBudget).count());
}

}  // namespace

Expected<ImportReport, std::string> import_history(const std::filesystem::path& other, Database& mine) {
  std::unique_ptr<Database> theirs;
  try {
    theirs = std::make_unique<Database>(other, Database::Mode::untrusted);
    theirs->set_time_budget(kImportStallBudget, kImportTimeBudget);
    const int version = theirs->user_version();
    if (version < 1 || version > kHistorySchemaVersion) {
      return Unexpected{fmt::format("{} is not a Limber history this version can read (schema {})", other.string(),
                                    version)};
    }
    if (const auto problem = imported_schema_problem(*theirs)) {
      return Unexpected{fmt::format("{} was not imported: {}", other.string(), *problem)};
    }
  } catch (const SqliteError& e) {
    if (is_interrupt(e)) return Unexpected{took_too_long(other)};
    return Unexpected{fmt::format("cannot read {}: {}", other.string(), e.what())};
  }
  try {
    // One snapshot of their file, even while its device writes to it.
    theirs->exec("BEGIN");
    ImportReport report;
    mine.transaction([&] { report = Merge(*theirs, mine).run(); });
    theirs->exec("COMMIT");
    return report;
  } catch (const SqliteError& e) {
    if (is_interrupt(e)) return Unexpected{took_too_long(other)};
    return Unexpected{fmt::format("{} was not imported: {}", other.string(), e.what())};
  }
}

}  // namespace limber
