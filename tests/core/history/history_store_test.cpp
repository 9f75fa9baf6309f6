// The history store on real SQLite files.
#include "core/history/history_store.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/resource.h>

#include <csignal>
#include <optional>

#include "core/base/record_ids.hpp"
#include "core/formats/sqlite.hpp"
#include "core/history/history_folder.hpp"

#include "support/fixtures.hpp"
#include "support/history_records.hpp"

namespace limber {
namespace {

using testing::a_session;

std::string pragma(const std::filesystem::path& file, const char* name) {
  sqlite3* db = nullptr;
  sqlite3_open(file.c_str(), &db);
  sqlite3_stmt* statement = nullptr;
  sqlite3_prepare_v2(db, (std::string("PRAGMA ") + name).c_str(), -1, &statement, nullptr);
  sqlite3_step(statement);
  std::string value = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
  sqlite3_finalize(statement);
  sqlite3_close(db);
  return value;
}

TEST(HistoryStore, CreatesTheSchemaInWalMode) {
  testing::ScratchDir dir;
  const auto file = dir / "history.sqlite3";
  { ASSERT_TRUE(HistoryStore::open(file)); }
  EXPECT_EQ(pragma(file, "user_version"), std::to_string(kHistorySchemaVersion));
  EXPECT_EQ(pragma(file, "journal_mode"), "wal");
}

TEST(HistoryStore, SavesASessionAsItGoesAndReadsItBack) {
  testing::ScratchDir dir;
  auto store = HistoryStore::open(dir / "history.sqlite3");
  ASSERT_TRUE(store) << store.error().message;
  SessionRecord session = a_session("u-1");
  ASSERT_TRUE(store->save_session(session));
  session.active_seconds = 60;
  session.reps[0].done = 6;
  ASSERT_TRUE(store->save_session(session));
  session.active_seconds = 120;
  session.reps[1].done = 6;
  session.outcome = SessionOutcome::completed;
  session.ended_utc = "2026-11-26T07:02:00Z";
  ASSERT_TRUE(store->save_session(session));
  const auto sessions = store->sessions();
  ASSERT_TRUE(sessions);
  ASSERT_EQ(sessions->size(), 1u);
  EXPECT_EQ(sessions->front(), session);
}

TEST(HistoryStore, ASessionLeftInProgressBecomesInterrupted) {
  testing::ScratchDir dir;
  const auto file = dir / "history.sqlite3";
  {
    auto store = HistoryStore::open(file);
    ASSERT_TRUE(store->save_session(a_session("crashed")));
    SessionRecord done = a_session("done");
    done.outcome = SessionOutcome::completed;
    ASSERT_TRUE(store->save_session(done));
  }
  auto reopened = HistoryStore::open(file);
  ASSERT_TRUE(reopened);
  const auto sessions = reopened->sessions();
  ASSERT_EQ(sessions->size(), 2u);
  EXPECT_EQ(sessions->at(0).outcome, SessionOutcome::interrupted);
  EXPECT_EQ(sessions->at(1).outcome, SessionOutcome::completed);
}

TEST(HistoryStore, ADeletedSessionCanBeRestoredWithItsReps) {
  testing::ScratchDir dir;
  auto store = HistoryStore::open(dir / "history.sqlite3");
  const SessionRecord session = a_session("gone");
  ASSERT_TRUE(store->save_session(session));
  ASSERT_TRUE(store->save_session(a_session("stays")));
  ASSERT_TRUE(store->delete_session("gone"));
  ASSERT_EQ(store->sessions()->size(), 1u);
  EXPECT_EQ(store->sessions()->front().uuid, "stays");
  ASSERT_TRUE(store->restore_session("gone"));
  const auto sessions = store->sessions();
  ASSERT_EQ(sessions->size(), 2u);
  EXPECT_EQ(sessions->front(), session);  // reps and all
}

TEST(HistoryStore, TheDiaryHasOneEntryPerNight) {
  testing::ScratchDir dir;
  auto store = HistoryStore::open(dir / "history.sqlite3");
  ASSERT_TRUE(store->save_diary_entry({"2026-11-25", 2, 6, "woke at 3"}));
  ASSERT_TRUE(store->save_diary_entry({"2026-11-24", 0, 0, ""}));
  ASSERT_TRUE(store->save_diary_entry({"2026-11-25", 1, 4, "edited"}));
  const auto diary = store->diary();
  ASSERT_TRUE(diary);
  ASSERT_EQ(diary->size(), 2u);
  EXPECT_EQ(diary->at(1), (DiaryEntry{"2026-11-25", 1, 4, "edited"}));
  ASSERT_TRUE(store->delete_diary_entry("2026-11-24"));
  EXPECT_FALSE(*store->delete_diary_entry("2026-11-24"));  // already gone
  EXPECT_EQ(store->diary()->size(), 1u);
}

TEST(HistoryStore, OutOfRangeValuesAreErrorsNotCrashes) {
  testing::ScratchDir dir;
  auto store = HistoryStore::open(dir / "history.sqlite3");
  const auto refused = store->save_diary_entry({"2026-11-25", 1, 11, ""});
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().find("CHECK constraint failed"), std::string::npos) << refused.error();
}

TEST(HistoryStore, RefusesAFileFromANewerLimber) {
  testing::ScratchDir dir;
  const auto file = dir / "history.sqlite3";
  sqlite3* db = nullptr;
  sqlite3_open(file.c_str(), &db);
  sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  const auto store = HistoryStore::open(file);
  ASSERT_FALSE(store);
  EXPECT_EQ(store.error().kind, HistoryError::Kind::newer_version);
  EXPECT_NE(store.error().message.find("newer Limber"), std::string::npos);
}

TEST(HistoryStore, ACorruptFileIsAnErrorAndIsLeftAsItWas) {
  testing::ScratchDir dir;
  const auto file = dir / "history.sqlite3";
  const std::string garbage(8192, 'x');
  testing::write_file(file, garbage);
  const auto store = HistoryStore::open(file);
  ASSERT_FALSE(store);
  EXPECT_EQ(store.error().kind, HistoryError::Kind::corrupt) << store.error().message;
  EXPECT_EQ(testing::read_file(file), garbage);
}

// The schema exactly as version 1 shipped it: a user's file from then must open and keep its data.
constexpr const char* kSchemaVersion1 = R"sql(
CREATE TABLE sessions (
  id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, routine_name TEXT NOT NULL, routine_file TEXT NOT NULL,
  routine_hash TEXT NOT NULL, started_utc TEXT NOT NULL, ended_utc TEXT NOT NULL DEFAULT '',
  local_date TEXT NOT NULL, planned_seconds INTEGER NOT NULL CHECK (planned_seconds >= 0),
  active_seconds INTEGER NOT NULL CHECK (active_seconds >= 0), reps_target INTEGER,
  outcome TEXT NOT NULL CHECK (outcome IN ('in_progress', 'completed', 'stopped', 'interrupted')));
CREATE INDEX sessions_by_date ON sessions(local_date);
CREATE TABLE session_reps (
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, exercise INTEGER NOT NULL,
  exercise_name TEXT NOT NULL, side TEXT NOT NULL, done INTEGER NOT NULL CHECK (done >= 0),
  target INTEGER NOT NULL CHECK (target >= 0), PRIMARY KEY (session_id, exercise, side));
CREATE TABLE diary (
  date TEXT PRIMARY KEY, cramps INTEGER NOT NULL CHECK (cramps BETWEEN 0 AND 100),
  severity INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 10), note TEXT NOT NULL DEFAULT '');
INSERT INTO sessions VALUES (1, 'v1-session', 'Bedtime stretches', '/r/bedtime.yaml', 'abc', '2026-01-05T21:00:00Z',
  '2026-01-05T21:06:00Z', '2026-01-05', 360, 360, NULL, 'completed');
INSERT INTO sessions VALUES (2, 'v1-crashed', 'Bedtime stretches', '/r/bedtime.yaml', 'abc', '2026-01-06T21:00:00Z',
  '', '2026-01-06', 360, 100, NULL, 'in_progress');
INSERT INTO session_reps VALUES (1, 0, 'Calf stretch', 'left', 3, 3);
INSERT INTO diary VALUES ('2026-01-05', 2, 7, 'before');
PRAGMA user_version = 1;
)sql";

void run_sql(const std::filesystem::path& file, const char* sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(file.c_str(), &db), SQLITE_OK);
  char* message = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, &message), SQLITE_OK) << (message ? message : "");
  sqlite3_free(message);
  sqlite3_close(db);
}

TEST(HistoryStoreMigrations, AnEmptyFileIsBroughtToTheCurrentSchema) {
  testing::ScratchDir dir;
  const auto file = dir / "history.sqlite3";
  run_sql(file, "PRAGMA user_version = 0");
  auto store = HistoryStore::open(file);
  ASSERT_TRUE(store) << store.error().message;
  EXPECT_EQ(pragma(file, "user_version"), std::to_string(kHistorySchemaVersion));
  ASSERT_TRUE(store->save_session(a_session("new")));
  ASSERT_TRUE(store->delete_session("new"));
}

TEST(HistoryStoreMigrations, AVersion1FileKeepsEverySessionAndNight) {
  testing::ScratchDir dir;
  const auto file = dir / "history.sqlite3";
  run_sql(file, kSchemaVersion1);
  auto store = HistoryStore::open(file);
  ASSERT_TRUE(store) << store.error().message;
  EXPECT_EQ(pragma(file, "user_version"), std::to_string(kHistorySchemaVersion));
  const auto sessions = store->sessions();
  ASSERT_TRUE(sessions);
  ASSERT_EQ(sessions->size(), 2u);
  EXPECT_EQ(sessions->at(0).uuid, "v1-session");
  EXPECT_EQ(sessions->at(0).reps, (std::vector<RepsRecord>{{0, "Calf stretch", "left", 3, 3}}));
  EXPECT_EQ(sessions->at(1).outcome, SessionOutcome::interrupted);
  EXPECT_EQ(store->diary()->front(), (DiaryEntry{"2026-01-05", 2, 7, "before"}));
  // Version 2's tombstones work on the migrated rows.
  ASSERT_TRUE(store->delete_session("v1-session"));
  EXPECT_EQ(store->sessions()->size(), 1u);
}

TEST(HistoryFolder, ADamagedFileIsKeptAsideAndANewHistoryStarts) {
  testing::ScratchDir dir;
  const std::string garbage(8192, 'x');
  testing::write_file(dir / "history.sqlite3", garbage);
  const auto now = std::chrono::system_clock::from_time_t(1'795'000'000);
  auto opened = open_history(dir.path(), now);
  ASSERT_TRUE(opened) << opened.error();
  EXPECT_NE(opened->notice.find("damaged"), std::string::npos) << opened->notice;
  const std::string notice = opened->notice;
  const std::filesystem::path aside = dir / ("history.sqlite3.damaged-" + [&] {
    std::string stamp = utc_timestamp(now);
    std::erase(stamp, '-');
    std::erase(stamp, ':');
    return stamp;
  }());
  EXPECT_EQ(testing::read_file(aside), garbage);
  EXPECT_NE(notice.find(aside.string()), std::string::npos);
  ASSERT_TRUE(opened->store.save_session(a_session("after")));
  opened = Unexpected{std::string("closed")};
  // A second damaged file the same second does not overwrite the first one kept aside.
  testing::write_file(dir / "history.sqlite3", std::string(8192, 'y'));
  { auto again = open_history(dir.path(), now); ASSERT_TRUE(again); }
  EXPECT_EQ(testing::read_file(aside), garbage);
  EXPECT_EQ(testing::read_file(aside.string() + "-2"), std::string(8192, 'y'));
}

TEST(HistoryFolder, ADamagedPageDeepInsideIsFoundAtOpening) {
  testing::ScratchDir dir;
  const auto file = dir / "history.sqlite3";
  {
    auto store = HistoryStore::open(file);
    for (int i = 0; i < 200; ++i) ASSERT_TRUE(store->save_session(a_session("s" + std::to_string(i))));
  }
  std::string bytes = testing::read_file(file);
  ASSERT_GT(bytes.size(), 16384u);
  for (std::size_t i = 8192; i < 12288; ++i) bytes[i] = static_cast<char>(i * 7);  // one page scrambled
  testing::write_file(file, bytes);
  auto store = HistoryStore::open(file);
  ASSERT_TRUE(store);  // the header is fine: opening alone cannot tell
  const auto checked = store->check_pages();
  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().kind, HistoryError::Kind::corrupt) << checked.error().message;
  store = Unexpected{HistoryError{}};
  // The folder-level open checks the pages and moves the file aside.
  auto opened = open_history(dir.path(), std::chrono::system_clock::now());
  ASSERT_TRUE(opened) << opened.error();
  EXPECT_NE(opened->notice.find("damaged"), std::string::npos);
  EXPECT_TRUE(opened->store.sessions()->empty());
}

// A write the system refuses (here the file-size limit; tests/app covers a really full disk): saving
// fails with a message, and every session saved before is still there afterwards.
TEST(HistoryFolder, AFailedWriteLosesNothing) {
  testing::ScratchDir dir;
  const auto file = dir / "history.sqlite3";
  {
    auto store = HistoryStore::open(file);
    ASSERT_TRUE(store->save_session(a_session("before")));
  }
  auto store = HistoryStore::open(file);
  ASSERT_TRUE(store);
  const auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
  rlimit old_limit{};
  getrlimit(RLIMIT_FSIZE, &old_limit);
  rlimit limit = old_limit;
  limit.rlim_cur = 64 * 1024;
  setrlimit(RLIMIT_FSIZE, &limit);
  std::optional<std::string> error;
  for (int i = 0; i < 400 && !error; ++i) {
    SessionRecord big = a_session("big-" + std::to_string(i));
    big.routine_file = std::string(2000, 'f');
    const auto saved = store->save_session(big);
    if (!saved) error = saved.error();
  }
  setrlimit(RLIMIT_FSIZE, &old_limit);
  std::signal(SIGXFSZ, old_handler);
  ASSERT_TRUE(error) << "the limit never bit";
  EXPECT_NE(error->find("cannot write to the disk"), std::string::npos) << *error;
  auto reopened = HistoryStore::open(file);
  ASSERT_TRUE(reopened) << reopened.error().message;
  const auto sessions = reopened->sessions();
  ASSERT_TRUE(sessions);
  EXPECT_EQ(sessions->front().uuid, "before");
  EXPECT_EQ(pragma(file, "integrity_check"), "ok");
}

}  // namespace
}  // namespace limber
