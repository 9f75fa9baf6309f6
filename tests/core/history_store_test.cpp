// The history store on real SQLite files.
#include "core/history_store.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "support/fixtures.hpp"

namespace limber {
namespace {

SessionRecord a_session(const std::string& uuid) {
  SessionRecord s;
  s.uuid = uuid;
  s.routine_name = "Morning calf stretch";
  s.routine_file = "/usr/share/limber/routines/morning-calf-stretch.yaml";
  s.routine_hash = "9f3a";
  s.started_utc = "2026-11-26T07:00:00Z";
  s.local_date = "2026-11-26";
  s.planned_seconds = 120;
  s.reps_target = 6;
  s.reps = {{0, "Calf ledge stretch", "left", 0, 6}, {0, "Calf ledge stretch", "right", 0, 6}};
  return s;
}

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
  ASSERT_TRUE(store) << store.error();
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

TEST(HistoryStore, DeletingASessionDeletesItsReps) {
  testing::ScratchDir dir;
  const auto file = dir / "history.sqlite3";
  auto store = HistoryStore::open(file);
  ASSERT_TRUE(store->save_session(a_session("gone")));
  ASSERT_TRUE(store->delete_session("gone"));
  EXPECT_TRUE(store->sessions()->empty());
  sqlite3* db = nullptr;
  sqlite3_open(file.c_str(), &db);
  sqlite3_stmt* count = nullptr;
  sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM session_reps", -1, &count, nullptr);
  sqlite3_step(count);
  EXPECT_EQ(sqlite3_column_int(count, 0), 0);  // foreign keys are on: the reps went with it
  sqlite3_finalize(count);
  sqlite3_close(db);
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
  EXPECT_NE(store.error().find("newer Limber"), std::string::npos);
}

TEST(HistoryStore, ACorruptFileIsAnErrorAndIsLeftAsItWas) {
  testing::ScratchDir dir;
  const auto file = dir / "history.sqlite3";
  const std::string garbage(8192, 'x');
  testing::write_file(file, garbage);
  const auto store = HistoryStore::open(file);
  ASSERT_FALSE(store);
  EXPECT_NE(store.error().find("cannot use the history file"), std::string::npos) << store.error();
  EXPECT_EQ(testing::read_file(file), garbage);
}

}  // namespace
}  // namespace limber
