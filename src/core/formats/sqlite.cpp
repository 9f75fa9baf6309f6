#include "core/formats/sqlite.hpp"

#include <fmt/format.h>

#include "core/base/translate.hpp"

namespace limber {
namespace {

[[noreturn]] void fail(sqlite3* db, int code, std::string_view what) {
  throw SqliteError(code, fmt::format("{}: {}", what, db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code)),
                    db != nullptr ? sqlite3_system_errno(db) : 0);
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
  if (value == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(value), static_cast<std::size_t>(sqlite3_column_bytes(statement_, column)));
}

namespace {

// "file:/a%20b/history.sqlite3?immutable=1": SQLite's URI form, with the characters it treats
// specially escaped.
std::string immutable_uri(const std::filesystem::path& path) {
  std::string uri = "file:";
  for (const char c : std::filesystem::absolute(path).string()) {
    if (c == '%' || c == '?' || c == '#' || c == ' ') {
      uri += fmt::format("%{:02X}", static_cast<unsigned char>(c));
    } else {
      uri += c;
    }
  }
  return uri + "?immutable=1";
}

}  // namespace

void Database::open(const std::string& name, int flags, Mode mode) {
  // Each connection is used by one thread only: no per-call mutex (it cost 2 µs a row reading).
  const int code = sqlite3_open_v2(name.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (code != SQLITE_OK) {
    std::string message = db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(code);
    const int system_errno = db_ != nullptr ? sqlite3_system_errno(db_) : 0;
    sqlite3_close(db_);
    db_ = nullptr;
    throw SqliteError(code, fmt::format("cannot open {}: {}", name, message), system_errno);
  }
  // Long enough for eight Limbers starting at once on a slow disk (each write is flushed); the
  // recorder writes on its own thread, so a wait never holds up a session.
  sqlite3_busy_timeout(db_, 5000);
  try {
    // Debian's defaults are journal_mode=DELETE and foreign_keys=OFF. On a file that is not a
    // database, this is where SQLite first notices.
    if (mode == Mode::untrusted) {
      harden();
      (void)user_version();
    } else if (mode == Mode::read_write) {
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

Database::Database(const std::filesystem::path& path, Mode mode) {
  if (mode == Mode::read_write) {
    open(path.string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, mode);
    return;
  }
  try {
    open(path.string(), SQLITE_OPEN_READONLY, mode);
  } catch (const SqliteError& e) {
    const int primary = e.code() & 0xFF;
    if (primary != SQLITE_READONLY && primary != SQLITE_CANTOPEN) throw;
    // A WAL file in a folder we cannot write to: SQLite cannot make its shared-memory file, but
    // it can read the file as unchanging, which it is while nobody can write there. Its -wal,
    // though, may hold the newest changes, which the immutable file does not show: then a copy
    // of the two, in a folder of our own, is read instead.
    std::filesystem::path wal = path;
    wal += "-wal";
    std::error_code ec;
    if (std::filesystem::file_size(wal, ec) > 0 && !ec) {
      if (auto copy = PrivateCopy::of(path, std::uintmax_t{1} << 30)) {
        copy_ = std::make_unique<PrivateCopy>(std::move(copy.value()));
        open(copy_->file().string(), SQLITE_OPEN_READONLY, mode);
        return;
      }
    }
    open(immutable_uri(path), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, mode);
  }
}

Database::~Database() { sqlite3_close(db_); }

void Database::harden() {
  // What a hostile file could make a query do: write (query_only, read-only open), run functions
  // from its schema (trusted_schema off), corrupt through schema tricks (defensive), or grow
  // without bound (limits).
  sqlite3_db_config(db_, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
  sqlite3_db_config(db_, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
  exec("PRAGMA trusted_schema=OFF");
  exec("PRAGMA query_only=ON");
  sqlite3_limit(db_, SQLITE_LIMIT_LENGTH, 1 << 20);  // 1 MiB: far more than any note or name
  sqlite3_limit(db_, SQLITE_LIMIT_SQL_LENGTH, 1 << 16);
  sqlite3_limit(db_, SQLITE_LIMIT_COLUMN, 64);
  sqlite3_limit(db_, SQLITE_LIMIT_EXPR_DEPTH, 64);
  sqlite3_limit(db_, SQLITE_LIMIT_COMPOUND_SELECT, 8);
  sqlite3_limit(db_, SQLITE_LIMIT_ATTACHED, 0);
  sqlite3_limit(db_, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
}

void Database::set_time_budget(std::chrono::milliseconds stall, std::chrono::milliseconds total, std::int64_t most_vm_steps) {
  const auto now = std::chrono::steady_clock::now();
  budget_ = std::make_unique<TimeBudget>(TimeBudget{stall, now + stall, now + total, most_vm_steps / kStepsPerCall, 0});
  sqlite3_progress_handler(
      db_, static_cast<int>(kStepsPerCall),
      [](void* data) {
        auto* budget = static_cast<TimeBudget*>(data);
        ++budget->steps;
        if (budget->most_calls > 0 && budget->steps > budget->most_calls) return 1;
        const auto at = std::chrono::steady_clock::now();
        return at > budget->stall_deadline || at > budget->deadline ? 1 : 0;
      },
      budget_.get());
}

void Database::set_busy_wait(std::chrono::milliseconds wait) { sqlite3_busy_timeout(db_, static_cast<int>(wait.count())); }

void Database::made_progress() {
  if (budget_) budget_->stall_deadline = std::chrono::steady_clock::now() + budget_->stall;
}

void Database::exec(std::string_view sql) {
  char* message = nullptr;
  const int code = sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &message);
  if (code != SQLITE_OK) {
    std::string text = message != nullptr ? message : sqlite3_errstr(code);
    sqlite3_free(message);
    throw SqliteError(code, text, sqlite3_system_errno(db_));
  }
}

int Database::user_version() {
  Statement query = prepare("PRAGMA user_version");
  query.step();
  return static_cast<int>(query.integer(0));
}

void Database::set_user_version(int version) { exec(fmt::format("PRAGMA user_version = {}", version)); }

}  // namespace limber
