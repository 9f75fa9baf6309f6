#include "core/history/history_merge.hpp"

#include <fmt/format.h>

#include <climits>
#include <cstdint>
#include <memory>
#include <tuple>

#include "core/base/calendar.hpp"
#include "core/base/record_ids.hpp"
#include "core/base/translate.hpp"
#include "core/formats/private_copy.hpp"
#include "core/formats/sqlite.hpp"
#include "core/formats/sqlite_rows.hpp"
#include "core/history/cramp_events.hpp"
#include "core/history/diary_rules.hpp"
#include "core/history/history_rows.hpp"
#include "core/history/hybrid_time.hpp"
#include "core/history/record_rules.hpp"
#include "core/history/tried_things.hpp"

namespace limber {
namespace {

// A count or a number of seconds that does not fit an int is as wrong as a negative one.
int small_count(std::int64_t value) { return value >= 0 && value <= INT_MAX ? static_cast<int>(value) : -1; }

// A stored hybrid time, or the time derived from a change's second where the file is from before
// them ("" where it has neither); nullopt for one that is not a time at all.
std::optional<std::string> change_time_of(const std::string& stored, const std::string& utc) {
  if (!stored.empty()) {
    const auto time = parse_hybrid_time(stored);
    if (!time) return std::nullopt;
    return time->text();
  }
  if (utc.empty()) return std::string();
  const auto derived = hybrid_time_of_utc(utc);
  if (!derived) return std::nullopt;
  return derived->text();
}

constexpr std::string_view kTooLong = "a value far longer than any Limber writes";

class Merge {
 public:
  Merge(Database& theirs, Database& mine, std::int64_t wall_ms, const MergeBudget& budget)
      : theirs_(theirs), mine_(mine), sessions_(mine), wall_ms_(wall_ms), budget_(budget) {}

  ImportReport run() {
    merge_sessions();
    merge_diary();
    if (theirs_.user_version() >= 4) {
      merge_cramp_events();
      merge_tried();
      count_every_night_its_cramps();
    }
    note_change_times_seen(mine_);
    return report_;
  }

 private:
  // Every row read counts: a file with more than any history holds is refused whole.
  void count_row() {
    if (++rows_ > budget_.most_rows) {
      throw MergeOverBudget{format(tr("it holds more than {0} records, more than any Limber history"), budget_.most_rows)};
    }
  }

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
    const bool has_change_times = theirs_.user_version() >= 5;
    Statement known = mine_.prepare("SELECT ended_utc, deleted_utc, state_hlc FROM sessions WHERE uuid = ?1");
    std::int64_t sessions = 0;
    for_each_readable_row(
        theirs_, "sessions",
        fmt::format("id, uuid, routine_name, routine_file, routine_hash, started_utc, ended_utc, local_date, "
                    "planned_seconds, active_seconds, reps_target, outcome, {}, {}",
                    has_tombstones ? "deleted_utc" : "''", has_change_times ? "state_hlc" : "''"),
        [&](const Statement& row) {
          count_row();
          if (++sessions > budget_.most_sessions) {
            throw MergeOverBudget{format(tr("it holds more than {0} sessions, more than any Limber history"), budget_.most_sessions)};
          }
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
          const auto state_time = change_time_of(row.text(14), deleted);
          if (!state_time) return skip_session("a change time that is not a time");
          merge_session(s, deleted, *state_time, known);
        },
        [&] { skip_session(kTooLong); });
  }

  void merge_session(SessionRecord& s, const std::string& deleted, const std::string& state_time, Statement& known) {
    // The other device is not running it now: whatever it was doing was cut short.
    if (s.outcome == SessionOutcome::in_progress) s.outcome = SessionOutcome::interrupted;
    known.reset();
    known.bind(1, s.uuid);
    if (!known.step()) {
      sessions_.write(s);
      if (!deleted.empty() || !state_time.empty()) write_session_state(mine_, s.uuid, deleted, state_time);
      ++report_.sessions_added;
      return;
    }
    const std::string my_end = known.text(0);
    const bool deleted_here = !known.text(1).empty();
    const std::string my_state_time = known.text(2);
    known.reset();
    bool changed = false;
    if (s.ended_utc > my_end) {
      sessions_.write(s);  // its contents only: its deletion is the state's, below
      ++report_.sessions_updated;
      changed = true;
    }
    // Deleted or restored: the later change wins, on every device alike.
    if (state_time > my_state_time) {
      write_session_state(mine_, s.uuid, deleted, state_time);
      if (!deleted.empty() && !deleted_here) ++report_.sessions_deleted;
      if (deleted.empty() && deleted_here) ++report_.sessions_restored;
      changed = changed || deleted.empty() == deleted_here;
    }
    if (!changed) ++report_.sessions_known;
  }

  struct Night {
    DiaryEntry entry;
    std::string updated;
    std::string deleted;
    std::string change_time;  // hybrid_time.hpp; from the change's second for a file before schema 5
    // Which of two different states of one night wins: the later change, then (changes from
    // before hybrid times, in the same second) the larger contents, so every device decides alike.
    [[nodiscard]] auto order() const {
      return std::tie(change_time, updated, deleted, entry.cramps, entry.severity, entry.note);
    }
    [[nodiscard]] bool same_as(const Night& other) const {
      return deleted.empty() == other.deleted.empty() && (!deleted.empty() || entry == other.entry);
    }
  };

  void merge_diary() {
    const bool has_change_times = theirs_.user_version() >= 3;
    const bool has_hybrid_times = theirs_.user_version() >= 5;
    Statement mine = mine_.prepare("SELECT cramps, severity, note, updated_utc, deleted_utc, hlc FROM diary WHERE date = ?1");
    for_each_readable_row(
        theirs_, "diary",
        fmt::format("date, cramps, severity, note, {}, {}", has_change_times ? "updated_utc, deleted_utc" : "'', ''",
                    has_hybrid_times ? "hlc" : "''"),
        [&](const Statement& row) {
          count_row();
          Night theirs{DiaryEntry{row.text(1), small_count(row.integer(2)), small_count(row.integer(3)), row.text(4)},
                       row.text(5), row.text(6), ""};
          if ((!theirs.updated.empty() && !is_utc_timestamp(theirs.updated)) ||
              (!theirs.deleted.empty() && !is_utc_timestamp(theirs.deleted))) {
            return skip_night("a change time that is not a time");
          }
          const auto change_time = change_time_of(row.text(7), theirs.updated);
          if (!change_time) return skip_night("a change time that is not a time");
          theirs.change_time = *change_time;
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
                           mine.text(3), mine.text(4), mine.text(5)};
          mine.reset();
          if (theirs.same_as(here)) {
            if (theirs.order() > here.order()) take(theirs);  // the same night; keep the times the same too
          } else if (!(theirs.change_time.empty() && here.change_time.empty()) && theirs.order() > here.order()) {
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
    for_each_readable_row(
        theirs_, "cramp_events", "uuid, at_utc, local_time, night, leg, deleted_utc",
        [&](const Statement& row) {
          count_row();
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
    for (const DiaryEntry& entry : recounted) {
      const auto wall = std::chrono::system_clock::time_point(std::chrono::milliseconds(wall_ms_));
      write_diary_entry(mine_, entry, utc_timestamp(wall), next_change_time(mine_, wall_ms_));
    }
  }

  // Day by day and thing by thing, the later tap wins.
  void merge_tried() {
    const bool has_hybrid_times = theirs_.user_version() >= 5;
    Statement mine = mine_.prepare("SELECT done, updated_utc, hlc FROM tried WHERE date = ?1 AND item = ?2");
    for_each_readable_row(
        theirs_, "tried", fmt::format("date, item, done, updated_utc, {}", has_hybrid_times ? "hlc" : "''"),
        [&](const Statement& row) {
          count_row();
          const std::string date = row.text(1);
          const std::string item = row.text(2);
          const std::int64_t done = row.integer(3);
          const std::string updated = row.text(4);
          const auto change_time = change_time_of(row.text(5), updated);
          if (!parse_date(date) || !is_utc_timestamp(updated) || (done != 0 && done != 1) || !is_tried_item(item) ||
              !change_time) {
            return skip_night("a day's tick that is not one Limber writes");
          }
          mine.reset();
          mine.bind(1, date).bind(2, item);
          const bool here = mine.step();
          // The later tap wins: by hybrid time, then (taps from before them) by their second.
          const bool newer = !here || std::tie(*change_time, updated) > std::tuple(mine.text(2), mine.text(1));
          const bool same = here && mine.integer(0) == done;
          mine.reset();
          if (newer) {
            write_tried(mine_, date, item, done == 1, updated, *change_time);
            if (!same) ++report_.tried_changed;
          }
        },
        [&] { skip_night(kTooLong); });
  }

  void take(const Night& night) {
    if (night.deleted.empty()) {
      write_diary_entry(mine_, night.entry, night.updated, night.change_time);
    } else {
      write_diary_tombstone(mine_, night.entry.date, night.deleted, night.change_time);
    }
  }

  Database& theirs_;
  Database& mine_;
  SessionWriter sessions_;
  std::optional<Statement> their_reps_;
  ImportReport report_;
  std::int64_t wall_ms_;
  const MergeBudget& budget_;
  std::int64_t rows_ = 0;
};

}  // namespace

ImportReport merge_history_rows(Database& theirs, Database& mine, std::int64_t wall_ms, const MergeBudget& budget) {
  return Merge(theirs, mine, wall_ms, budget).run();
}

}  // namespace limber
