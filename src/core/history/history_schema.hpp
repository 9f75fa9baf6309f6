#pragma once
// The history file's tables, as SQL migrations: migration N takes a file from schema version N
// (SQLite's user_version) to N + 1, so a new file and an old one reach kHistorySchemaVersion
// the same way. history_store.cpp opens files; this is what their tables are.

#include "core/formats/sqlite.hpp"

namespace limber {

// Runs every migration from the file's version to kHistorySchemaVersion, setting the version
// after each. The caller holds the write lock (a transaction), so two processes cannot both migrate.
void migrate_history(Database& db);

}  // namespace limber
