// Writes small history files for the import fuzzer to start from: every schema version this
// Limber reads, with sessions, reps, deletions and diary nights, in 512-byte pages so that the
// fuzzer's mutations reach every part of the file. Usage: make_history_seeds FOLDER
#include <cstdio>
#include <filesystem>
#include <string>

#include "core/formats/sqlite.hpp"
#include "core/history/history_store.hpp"

namespace {

limber::SessionRecord session(const std::string& uuid, limber::SessionOutcome outcome) {
  limber::SessionRecord s;
  s.uuid = uuid;
  s.routine_name = "Bedtime stretches";
  s.routine_file = "/usr/share/limber/routines/bedtime-stretches.yaml";
  s.routine_hash = "0123456789abcdef";
  s.started_utc = "2026-11-20T21:00:00Z";
  s.ended_utc = outcome == limber::SessionOutcome::in_progress ? "" : "2026-11-20T21:06:10Z";
  s.local_date = "2026-11-20";
  s.planned_seconds = 370;
  s.active_seconds = 370;
  s.reps_target = 3;
  s.outcome = outcome;
  s.reps = {{0, "Calf stretch, standing", "left", 3, 3}, {0, "Calf stretch, standing", "right", 3, 3},
            {1, "Hamstring stretch", "", 2, 3}};
  return s;
}

// Small pages and no WAL: the whole history in one file of a few kilobytes.
void compact(const std::filesystem::path& file) {
  limber::Database db(file);
  db.exec("PRAGMA journal_mode=DELETE");
  db.exec("PRAGMA page_size=512");
  db.exec("VACUUM");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: make_history_seeds FOLDER\n");
    return 2;
  }
  const std::filesystem::path folder = argv[1];
  std::filesystem::create_directories(folder);
  {
    auto empty = limber::HistoryStore::open(folder / "empty.sqlite3");
    if (!empty) return 1;
  }
  {
    auto full = limber::HistoryStore::open(folder / "full.sqlite3");
    if (!full) return 1;
    (void)full->save_session(session("6981b27b-0abf-499b-a20b-725c88b6e6ff", limber::SessionOutcome::completed));
    (void)full->save_session(session("f79ef658-3b87-490c-bb27-a32a17468ea7", limber::SessionOutcome::stopped));
    (void)full->save_session(session("00936f92-b2ca-4aa0-a701-662126122281", limber::SessionOutcome::in_progress));
    (void)full->delete_session("f79ef658-3b87-490c-bb27-a32a17468ea7");
    (void)full->save_diary_entry({"2026-11-19", 2, 6, "left calf, 3 a.m."});
    (void)full->save_diary_entry({"2026-11-20", 0, 0, ""});
    (void)full->save_diary_entry({"2026-11-21", 1, 0, ""});
    (void)full->delete_diary_entry("2026-11-20");
  }
  for (const char* name : {"empty.sqlite3", "full.sqlite3"}) compact(folder / name);
  std::printf("seeds written to %s\n", folder.c_str());
  return 0;
}
