#pragma once
// Reading every row of a table that another program wrote, where some rows may be unreadable.

#include <fmt/format.h>

#include <climits>
#include <cstdint>
#include <string_view>

#include "core/formats/sqlite.hpp"

namespace limber {

// Walks `table` in rowid order. A row holding a value over the length limit cannot be read at all
// (SQLite fails the whole statement on it), so `on_unreadable` is told of it and the walk starts
// again after it.
template <class OnRow, class OnUnreadable>
void for_each_readable_row(Database& db, std::string_view table, std::string_view columns, OnRow on_row,
                           OnUnreadable on_unreadable) {
  Statement rows = db.prepare(fmt::format("SELECT rowid, {} FROM {} WHERE rowid > ?1 ORDER BY rowid", columns, table));
  Statement next = db.prepare(fmt::format("SELECT rowid FROM {} WHERE rowid > ?1 ORDER BY rowid LIMIT 1", table));
  std::int64_t after = INT64_MIN;
  for (;;) {
    rows.reset();
    rows.bind(1, after);
    try {
      while (rows.step()) {
        after = rows.integer(0);
        db.made_progress();
        on_row(rows);
      }
      return;
    } catch (const SqliteError& e) {
      if ((e.code() & 0xFF) != SQLITE_TOOBIG) throw;
    }
    next.reset();
    next.bind(1, after);
    if (!next.step()) return;
    after = next.integer(0);
    on_unreadable();
  }
}

}  // namespace limber
