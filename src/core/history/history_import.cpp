#include "core/history/history_import.hpp"

#include <fmt/format.h>

#include <chrono>
#include <cstdint>
#include <memory>

#include "core/base/translate.hpp"
#include "core/formats/private_copy.hpp"
#include "core/formats/sqlite.hpp"
#include "core/history/history_merge.hpp"
#include "core/history/record_rules.hpp"

namespace limber {
namespace {

bool is_interrupt(const SqliteError& e) { return (e.code() & 0xFF) == SQLITE_INTERRUPT; }

std::string took_too_long(const std::filesystem::path& other) {
  return fmt::format("{} was not imported: reading it stalled for {} s (or took over {} minutes), which no Limber "
                     "history does",
                     other.string(), std::chrono::duration_cast<std::chrono::seconds>(kImportStallBudget).count(),
                     std::chrono::duration_cast<std::chrono::minutes>(kImportTimeBudget).count());
}

}  // namespace

Expected<ImportReport, std::string> import_history(const std::filesystem::path& other, Database& mine, std::int64_t wall_ms,
                                                   const MergeBudget& budget) {
  // Read from a copy of its own: nothing is left beside the file, and its -wal is read too.
  auto copy = PrivateCopy::of(other, budget.most_bytes);
  if (!copy) return Unexpected{copy.error()};
  std::unique_ptr<Database> theirs;
  const auto over = [&](const std::string& reason) {
    return Unexpected{format(tr("{0} was not imported: {1}"), other.string(), reason)};
  };
  const auto out_of_steps = [&] {
    return over(format(tr("reading it took more than {0} steps of SQLite's, which no Limber history does"),
                       budget.most_vm_steps));
  };
  try {
    theirs = std::make_unique<Database>(copy->file(), Database::Mode::untrusted);
    theirs->set_time_budget(kImportStallBudget, kImportTimeBudget, budget.most_vm_steps);
    const int version = theirs->user_version();
    if (version < 1 || version > kHistorySchemaVersion) {
      return Unexpected{fmt::format("{} is not a Limber history this version can read (schema {})", other.string(),
                                    version)};
    }
    if (const auto problem = imported_schema_problem(*theirs)) {
      return Unexpected{fmt::format("{} was not imported: {}", other.string(), *problem)};
    }
  } catch (const SqliteError& e) {
    if (is_interrupt(e)) return theirs && theirs->out_of_steps() ? out_of_steps() : Unexpected{took_too_long(other)};
    return Unexpected{fmt::format("cannot read {}: {}", other.string(), e.what())};
  }
  try {
    // One snapshot of their file, even while its device writes to it.
    theirs->exec("BEGIN");
    ImportReport report;
    mine.transaction([&] { report = merge_history_rows(*theirs, mine, wall_ms, budget); });
    theirs->exec("COMMIT");
    return report;
  } catch (const MergeOverBudget& e) {
    return over(e.reason);
  } catch (const SqliteError& e) {
    if (is_interrupt(e)) return theirs->out_of_steps() ? out_of_steps() : Unexpected{took_too_long(other)};
    return Unexpected{fmt::format("{} was not imported: {}", other.string(), e.what())};
  }
}

}  // namespace limber
