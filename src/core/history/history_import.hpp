#pragma once
// Merging another device's history file into this one. The other file is untrusted input (it
// came through a sync folder, a USB stick or an e-mail): it is opened defensively (sqlite.hpp),
// its schema is checked before anything in it is read, it is read row by row within a time budget
// (memory does not grow with its size), every row is checked (record_rules.hpp), and a row that
// fails is skipped and counted rather than failing the whole import.
//
// It is read from a private copy (private_copy.hpp) within a budget of bytes, rows and SQLite
// steps (MergeBudget): a file over it is refused whole, with the reason.
//
// When both files know the same thing:
// - a session is the same session by uuid; the copy that ended later wins (a finished session
//   over the interrupted copy taken while it ran); its deletion and its restoring (an undo) are
//   changes ordered by their hybrid times (hybrid_time.hpp): the later one wins;
// - a diary night's later change wins, an entry or a deletion, by its hybrid time, and so does a
//   day's tick: every device orders every change the same way, whatever its clock says. Changes
//   from before schema 5 are ordered by their second, then by their contents; nights written
//   before schema 3 carry no time: then this device's entry is kept.
// So devices that import each other's files, in any order, end with the same history.

#include <cstdint>
#include <filesystem>
#include <string>

#include "core/base/expected.hpp"
#include "core/history/records.hpp"

namespace limber {

class Database;

// Everything is merged in one transaction of `mine`: an import that fails changes nothing.
// `wall_ms`: this device's clock, for the changes the merge itself makes (a night's cramps recounted).
[[nodiscard]] Expected<ImportReport, std::string> import_history(const std::filesystem::path& other, Database& mine,
                                                                 std::int64_t wall_ms, const MergeBudget& budget);

}  // namespace limber
