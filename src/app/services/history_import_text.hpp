#pragma once
// What merging another device's history file did, in sentences: printed by `limber history
// import` and shown by the window's Import.

#include <string>
#include <vector>

#include "core/history/records.hpp"

namespace limber {

// "Imported 3 new sessions and 1 diary night from tablet.sqlite3.", then what was already here,
// what no Limber could have written and which nights kept this device's entry, a line each.
[[nodiscard]] std::vector<std::string> history_import_lines(const ImportReport& report, const std::string& file_name);

}  // namespace limber
