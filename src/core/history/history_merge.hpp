#pragma once
// The row-by-row half of importing a history (history_import.hpp): another device's file, already
// copied, opened and its schema checked, merged into this one's by the rules that file's header
// states. Its caller runs it in one transaction of `mine` and turns what it throws into reasons.

#include <cstdint>
#include <string>

#include "core/history/records.hpp"

namespace limber {

class Database;

// The merge went over its budget: the file is refused whole, with this reason.
struct MergeOverBudget {
  std::string reason;
};

// Throws MergeOverBudget, or SqliteError (an interrupt when the file's time or steps ran out).
[[nodiscard]] ImportReport merge_history_rows(Database& theirs, Database& mine, std::int64_t wall_ms,
                                              const MergeBudget& budget);

}  // namespace limber
