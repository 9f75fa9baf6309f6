#pragma once
// Merging another device's history file into this one. The other file is untrusted input (it
// came through a sync folder, a USB stick or an e-mail): it is opened defensively (sqlite.hpp),
// its schema is checked before anything in it is read, it is read row by row within a time budget
// (memory does not grow with its size), every row is checked (record_rules.hpp), and a row that
// fails is skipped and counted rather than failing the whole import.
//
// When both files know the same thing:
// - a session is the same session by uuid; the copy that ended later wins (a finished session
//   over the interrupted copy taken while it ran), and a deletion on either side wins;
// - a diary night's newer change wins, an entry or a deletion, by the time of the change; two
//   changes in the same second are ordered by their contents, so every device picks the same one.
//   Nights written before schema 3 carry no time: then this device's entry is kept.
// So two devices that import each other's files end with the same history.

#include <filesystem>
#include <string>

#include "core/expected.hpp"
#include "core/history_store.hpp"

namespace limber {

class Database;

// Everything is merged in one transaction of `mine`: an import that fails changes nothing.
[[nodiscard]] Expected<ImportReport, std::string> import_history(const std::filesystem::path& other, Database& mine);

}  // namespace limber
