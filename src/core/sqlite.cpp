#include "core/sqlite.hpp"

#include <fmt/format.h>

namespace limber {
namespace {

[[noreturn]] void fail(sqlite3* db, int code, std::string_view what) {
  throw SqliteError(code, fmt::format("{}: {}", what, db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code)));
}

}  // namespace

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
  const int code = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &statement_, nullptr);
  if (code != SQLITE_OK) fail(db, code, "cannot prepare a query");
}

Statement::~Statement() { sqlite3_finalize(statement_); }

Statement& Statement::bind(int index, std::int64_t value) {
  const int code = sqlite3_bind_int64(statement_, index, value);
  if (code != SQLITE_OK) fail(db_, code, "cannot bind a value");
  return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
  const int code = sqlite3_bind_text(statement_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
  if (code != SQLITE_OK) fail(db_, code, "cannot bind a value");
  return *this;
}

Statement& Statement::bind(int index, std::optional<std::int64_t> value) {
  const int code = value ? sqlite3_bind_int64(statement_, index, *value) : sqlite3_bind_null(statement_, index);
  if (code != SQLITE_OK) fail(db_, code, "cannot bind a value");
  return *this;
}

bool Statement::step() {
  const int code = sqlite3_step(statement_);
  if (code == SQLITE_ROW) return true;
  if (code == SQLITE_DONE) return false;
  fail(db_, code, "a query failed");
}

void Statement::run() {
  while (step()) {
  }
}

void Statement::reset() {
  sqlite3_reset(statement_);
  sqlite3_clear_bindings(statement_);
}

std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(statement_, column); }

std::optional<std::int64_t> Statement::optional_integer(int column) const {
  if (sqlite3_column_type(statement_, column) == SQLITE_NULL) return std::nullopt;
  return sqlite3_column_int64(statement_, column);
}

std::string Statement::text(int column) const {
  const auto* value = sqlite3_column_text(statement_, column);
  return value == nullptr ? std::string() : std::string(reinterpret_cast<const char*>(value));
}

Database::Database(const std::filesystem::path& path, Mode mode) {
  const int flags = mode == Mode::read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  const int code = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (code != SQLITE_OK) {
    std::string message = db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(code);
    sqlite3_close(db_);
    db_ = nullptr;
    throw SqliteError(code, fmt::format("cannot open {}: {}", path.string(), message));
  }
  sqlite3_busy_timeout(db_, 2000);
  try {
    // Debian's defaults are journal_mode=DELETE and foreign_keys=OFF. On a file that is not a
    // database, this is where SQLite first notices.
    if (mode == Mode::read_write) {
      exec("PRAGMA journal_mode=WAL");
      // FULL, not NORMAL: each phase's update must survive a power cut, not only a crash.
      exec("PRAGMA synchronous=FULL");
      exec("PRAGMA foreign_keys=ON");
    } else {
      (void)user_version();  // a file that is not a database fails here, not later
    }
  } catch (...) {
    sqlite3_close(db_);  // a constructor that throws runs no destructor
    db_ = nullptr;
    throw;
  }
}

Database::~Database() { sqlite3_close(db_); }

void Database::exec(std::string_view sql) {
  char* message = nullptr;
  const int code = sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &message);
  if (code != SQLITE_OK) {
    std::string text = message != nullptr ? message : sqlite3_errstr(code);
    sqlite3_free(message);
    throw SqliteError(code, text);
  }
}

int Database::user_version() {
  Statement query = prepare("PRAGMA user_version");
  query.step();
  return static_cast<int>(query.integer(0));
}

void Database::set_user_version(int version) { exec(fmt::format("PRAGMA user_version = {}", version)); }

}  // namespace limber
