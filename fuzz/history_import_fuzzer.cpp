// Feeds arbitrary bytes, as another device's history file, to the history import. It must never
// crash, hang or leak, and nothing that breaks the import's rules (record_rules.hpp) may come in:
// whatever the file holds, the history it was imported into still holds only good records.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/history/history_store.hpp"
#include "core/history/record_rules.hpp"

namespace {

std::filesystem::path input_file() {
  static const std::filesystem::path file =
      std::filesystem::temp_directory_path() / ("limber-fuzz-" + std::to_string(::getpid()) + ".sqlite3");
  return file;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::filesystem::path file = input_file();
  for (const char* leftover : {"-wal", "-shm", "-journal"}) std::filesystem::remove(file.string() + leftover);
  {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  auto store = limber::HistoryStore::open(":memory:");
  if (!store) std::abort();
  const auto report = store->import_from(file);
  if (!report) return 0;  // refused, with a message: fine
  const auto sessions = store->sessions();
  const auto diary = store->diary();
  if (!sessions || !diary) std::abort();
  if (static_cast<int>(sessions->size()) > report->sessions_added) std::abort();
  for (const limber::SessionRecord& s : *sessions) {
    if (limber::imported_session_problem(s)) std::abort();
  }
  for (const limber::DiaryEntry& e : *diary) {
    if (limber::imported_diary_problem(e)) std::abort();
  }
  return 0;
}
