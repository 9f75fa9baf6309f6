#include "core/history/history_rows.hpp"

#include "core/formats/sqlite.hpp"
#include "core/history/hybrid_time.hpp"

namespace limber {

struct SessionWriter::Statements {
  Statement upsert;
  Statement id;
  Statement reps;
};

SessionWriter::SessionWriter(Database& db)
    : statements_(std::make_unique<Statements>(Statements{
          db.prepare(R"sql(
INSERT INTO sessions (uuid, routine_name, routine_file, routine_hash, started_utc, ended_utc, local_date,
                      planned_seconds, active_seconds, reps_target, outcome)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
ON CONFLICT(uuid) DO UPDATE SET ended_utc = ?6, active_seconds = ?9, outcome = ?11)sql"),
          db.prepare("SELECT id FROM sessions WHERE uuid = ?1"),
          db.prepare(R"sql(
INSERT INTO session_reps (session_id, exercise, exercise_name, side, done, target) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
ON CONFLICT(session_id, exercise, side) DO UPDATE SET done = ?5, target = ?6)sql")})) {}

SessionWriter::~SessionWriter() = default;

void SessionWriter::write(const SessionRecord& s) {
  Statement& upsert = statements_->upsert;
  upsert.reset();
  upsert.bind(1, s.uuid).bind(2, s.routine_name).bind(3, s.routine_file).bind(4, s.routine_hash);
  upsert.bind(5, s.started_utc).bind(6, s.ended_utc).bind(7, s.local_date).bind(8, s.planned_seconds);
  upsert.bind(9, s.active_seconds).bind(10, s.reps_target).bind(11, outcome_key(s.outcome));
  upsert.run();
  Statement& id = statements_->id;
  id.reset();
  id.bind(1, s.uuid);
  id.step();
  const std::int64_t session_id = id.integer(0);
  id.reset();
  Statement& reps = statements_->reps;
  for (const RepsRecord& r : s.reps) {
    reps.reset();
    reps.bind(1, session_id).bind(2, std::int64_t{r.exercise}).bind(3, r.exercise_name).bind(4, r.side);
    reps.bind(5, std::int64_t{r.done}).bind(6, std::int64_t{r.target});
    reps.run();
  }
}

void write_diary_entry(Database& db, const DiaryEntry& entry, std::string_view updated_utc, std::string_view change_time) {
  Statement upsert = db.prepare(R"sql(
INSERT INTO diary (date, cramps, severity, note, updated_utc, deleted_utc, hlc) VALUES (?1, ?2, ?3, ?4, ?5, '', ?6)
ON CONFLICT(date) DO UPDATE SET cramps = ?2, severity = ?3, note = ?4, updated_utc = ?5, deleted_utc = '', hlc = ?6)sql");
  upsert.bind(1, entry.date).bind(2, std::int64_t{entry.cramps}).bind(3, std::int64_t{entry.severity});
  upsert.bind(4, entry.note).bind(5, updated_utc).bind(6, change_time).run();
}

void write_diary_tombstone(Database& db, std::string_view date, std::string_view deleted_utc, std::string_view change_time) {
  Statement upsert = db.prepare(R"sql(
INSERT INTO diary (date, cramps, severity, note, updated_utc, deleted_utc, hlc) VALUES (?1, 0, 0, '', ?2, ?2, ?3)
ON CONFLICT(date) DO UPDATE SET cramps = 0, severity = 0, note = '', updated_utc = ?2, deleted_utc = ?2, hlc = ?3)sql");
  upsert.bind(1, date).bind(2, deleted_utc).bind(3, change_time).run();
}

void write_session_state(Database& db, std::string_view uuid, std::string_view deleted_utc, std::string_view change_time) {
  Statement update = db.prepare("UPDATE sessions SET deleted_utc = ?2, state_hlc = ?3 WHERE uuid = ?1");
  update.bind(1, uuid).bind(2, deleted_utc).bind(3, change_time).run();
}

std::string next_change_time(Database& db, std::int64_t wall_ms) {
  Statement clock = db.prepare("SELECT latest, device FROM clock WHERE id = 1");
  std::optional<HybridTime> latest;
  std::string device;
  if (clock.step()) {
    latest = parse_hybrid_time(clock.text(0));
    device = clock.text(1);
  }
  clock.reset();
  const std::string time = next_hybrid_time(latest, wall_ms, device).text();
  Statement keep = db.prepare("UPDATE clock SET latest = ?1 WHERE id = 1");
  keep.bind(1, time).run();
  return time;
}

void note_change_times_seen(Database& db) {
  db.exec(R"sql(
UPDATE clock SET latest = max(latest,
  coalesce((SELECT max(hlc) FROM diary), ''),
  coalesce((SELECT max(hlc) FROM tried), ''),
  coalesce((SELECT max(state_hlc) FROM sessions), ''))
WHERE id = 1)sql");
}

void set_change_device(Database& db, std::string_view device) {
  Statement update = db.prepare("UPDATE clock SET device = ?1 WHERE id = 1 AND device != ?1");
  update.bind(1, device).run();
}

}  // namespace limber
