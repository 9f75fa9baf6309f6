#include "core/history/history_schema.hpp"

#include <array>
#include <string_view>

#include "core/history/records.hpp"

namespace limber {
namespace {

// Migration N takes the schema from version N to N + 1. Never edit one that has shipped: add one.
constexpr std::array<std::string_view, kHistorySchemaVersion> kMigrations = {
    R"sql(
CREATE TABLE sessions (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  routine_name TEXT NOT NULL,
  routine_file TEXT NOT NULL,
  routine_hash TEXT NOT NULL,
  started_utc TEXT NOT NULL,
  ended_utc TEXT NOT NULL DEFAULT '',
  local_date TEXT NOT NULL,
  planned_seconds INTEGER NOT NULL CHECK (planned_seconds >= 0),
  active_seconds INTEGER NOT NULL CHECK (active_seconds >= 0),
  reps_target INTEGER,
  outcome TEXT NOT NULL CHECK (outcome IN ('in_progress', 'completed', 'stopped', 'interrupted'))
);
CREATE INDEX sessions_by_date ON sessions(local_date);
CREATE TABLE session_reps (
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  exercise INTEGER NOT NULL,
  exercise_name TEXT NOT NULL,
  side TEXT NOT NULL,
  done INTEGER NOT NULL CHECK (done >= 0),
  target INTEGER NOT NULL CHECK (target >= 0),
  PRIMARY KEY (session_id, exercise, side)
);
CREATE TABLE diary (
  date TEXT PRIMARY KEY,
  cramps INTEGER NOT NULL CHECK (cramps BETWEEN 0 AND 100),
  severity INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 10),
  note TEXT NOT NULL DEFAULT ''
);
)sql",
    // 2: deleting keeps a tombstone (undo; an import must not bring a deleted session back), and
    // sessions are read in start order without sorting them all.
    R"sql(
ALTER TABLE sessions ADD COLUMN deleted_utc TEXT NOT NULL DEFAULT '';
CREATE INDEX sessions_by_start ON sessions(started_utc, id);
)sql",
    // 3: a diary night carries the time it was last changed, and a deletion keeps a tombstone, so
    // two devices syncing their diaries agree on which change is the newer (history_import.hpp).
    R"sql(
ALTER TABLE diary ADD COLUMN updated_utc TEXT NOT NULL DEFAULT '';
ALTER TABLE diary ADD COLUMN deleted_utc TEXT NOT NULL DEFAULT '';
)sql",
    // 4: the cramps the Cramp-now button met (time, leg, the night they count for), and what else
    // the user tried on a day (magnesium, water...), each ticked or unticked at a time, so that two
    // devices agree on the later tap.
    R"sql(
CREATE TABLE cramp_events (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  at_utc TEXT NOT NULL,
  local_time TEXT NOT NULL,
  night TEXT NOT NULL,
  leg TEXT NOT NULL CHECK (leg IN ('', 'left', 'right')),
  deleted_utc TEXT NOT NULL DEFAULT ''
);
CREATE INDEX cramp_events_by_night ON cramp_events(night);
CREATE TABLE tried (
  id INTEGER PRIMARY KEY,
  date TEXT NOT NULL,
  item TEXT NOT NULL,
  done INTEGER NOT NULL CHECK (done IN (0, 1)),
  updated_utc TEXT NOT NULL,
  UNIQUE (date, item)
);
)sql",
    // 5: every change two devices may both make carries its place in the order of all changes, a
    // hybrid logical clock (hybrid_time.hpp): a diary night, a day's tick, a session's deletion or
    // restoring; and the history keeps the latest it has seen and the device it writes as. The
    // changes made before carry their second and no device, so every later change orders after.
    R"sql(
ALTER TABLE diary ADD COLUMN hlc TEXT NOT NULL DEFAULT '';
ALTER TABLE tried ADD COLUMN hlc TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN state_hlc TEXT NOT NULL DEFAULT '';
CREATE TABLE clock (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  latest TEXT NOT NULL DEFAULT '',
  device TEXT NOT NULL
);
INSERT INTO clock (id, latest, device) VALUES (1, '', lower(hex(randomblob(16))));
UPDATE diary SET hlc = printf('%015d.0000.', CAST(strftime('%s', updated_utc) AS INTEGER) * 1000) WHERE updated_utc != '';
UPDATE tried SET hlc = printf('%015d.0000.', CAST(strftime('%s', updated_utc) AS INTEGER) * 1000) WHERE updated_utc != '';
UPDATE sessions SET state_hlc = printf('%015d.0000.', CAST(strftime('%s', deleted_utc) AS INTEGER) * 1000)
  WHERE deleted_utc != '';
UPDATE clock SET latest = max(coalesce((SELECT max(hlc) FROM diary), ''), coalesce((SELECT max(hlc) FROM tried), ''),
                              coalesce((SELECT max(state_hlc) FROM sessions), ''));
)sql",
};

}  // namespace

void migrate_history(Database& db) {
  for (int from = db.user_version(); from < kHistorySchemaVersion; ++from) {
    db.exec(kMigrations[static_cast<std::size_t>(from)]);
    db.set_user_version(from + 1);
  }
}

}  // namespace limber
