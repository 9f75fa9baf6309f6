#pragma once
// A small RAII wrapper over SQLite's C API: a connection and prepared statements. Failures throw
// SqliteError inside; the history store turns them into values at its boundary.

#include <sqlite3.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include "core/formats/private_copy.hpp"

namespace limber {

// Every SQLite database file starts with these 16 bytes: how Import tells another device's
// history (or any other database, which the history import then refuses with its reason) from a
// routine file.
inline constexpr std::string_view kSqliteFileHeader{"SQLite format 3\0", 16};
[[nodiscard]] inline bool is_sqlite_file_start(std::string_view first_bytes) {
  return first_bytes.starts_with(kSqliteFileHeader);
}

class SqliteError : public std::runtime_error {
 public:
  SqliteError(int code, const std::string& message, int system_errno = 0)
      : std::runtime_error(message), code_(code), system_errno_(system_errno) {}
  [[nodiscard]] int code() const { return code_; }  // extended result code
  // The operating system's errno behind an I/O failure (ENOSPC: the disk is full), or 0.
  [[nodiscard]] int system_errno() const { return system_errno_; }

 private:
  int code_;
  int system_errno_;
};

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement(Statement&& other) noexcept : db_(other.db_), statement_(std::exchange(other.statement_, nullptr)) {}
  Statement& operator=(Statement&&) = delete;

  // 1-based, as in SQL.
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, std::string_view value);
  Statement& bind(int index, std::optional<std::int64_t> value);
  // One step: true while there is a row to read.
  bool step();
  void run();  // step to completion
  void reset();

  [[nodiscard]] std::int64_t integer(int column) const;
  [[nodiscard]] std::optional<std::int64_t> optional_integer(int column) const;
  [[nodiscard]] std::string text(int column) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* statement_ = nullptr;
};

class Database {
 public:
  // untrusted: a file from elsewhere, read as hostile input (PITFALLS.md): read-only and
  // query-only, SQLite's defensive mode, no trusted schema, tight size limits, and a time budget
  // (set_time_budget) after which any statement is interrupted.
  enum class Mode { read_write, read_only, untrusted };
  // Opens (creating if needed) with WAL, foreign keys and a busy timeout; read-only opens change
  // nothing in the file.
  explicit Database(const std::filesystem::path& path, Mode mode = Mode::read_write);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  Database(Database&& other) noexcept
      : db_(std::exchange(other.db_, nullptr)), budget_(std::move(other.budget_)), copy_(std::move(other.copy_)) {}
  Database& operator=(Database&&) = delete;

  void exec(std::string_view sql);
  [[nodiscard]] Statement prepare(std::string_view sql) { return Statement(db_, sql); }
  [[nodiscard]] int user_version();
  // Rows the last INSERT, UPDATE or DELETE touched.
  [[nodiscard]] int changes() { return sqlite3_changes(db_); }
  void set_user_version(int version);
  // From now on, a statement is interrupted (SQLITE_INTERRUPT) when `stall` passes without a
  // call to made_progress(), or `total` passes at all: a query that never ends is stopped,
  // while a long read that keeps delivering rows may go on (up to `total`).
  // `most_vm_steps` (if not 0) bounds the work itself: SQLite's virtual machine steps, counted in
  // thousands, whatever the time they take (a test can count them where it cannot time them).
  void set_time_budget(std::chrono::milliseconds stall, std::chrono::milliseconds total, std::int64_t most_vm_steps = 0);
  void made_progress();
  // The virtual machine steps run since the budget was set (in thousands, as counted).
  [[nodiscard]] std::int64_t vm_steps() const { return budget_ ? budget_->steps * kStepsPerCall : 0; }
  // Whether the last interrupt came from the step bound rather than the clock.
  [[nodiscard]] bool out_of_steps() const { return budget_ && budget_->most_calls > 0 && budget_->steps > budget_->most_calls; }
  // Waits this long for another process's lock before a statement fails with SQLITE_BUSY.
  void set_busy_wait(std::chrono::milliseconds wait);
  static constexpr std::int64_t kStepsPerCall = 1000;

  // Runs `work` in a transaction: committed if it returns, rolled back if it throws.
  template <class Work>
  void transaction(Work work) {
    exec("BEGIN IMMEDIATE");
    try {
      work();
      exec("COMMIT");
    } catch (...) {
      sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
      throw;
    }
  }

 private:
  void open(const std::string& name, int flags, Mode mode);
  void harden();
  sqlite3* db_ = nullptr;
  struct TimeBudget {
    std::chrono::milliseconds stall{};
    std::chrono::steady_clock::time_point stall_deadline{};
    std::chrono::steady_clock::time_point deadline{};
    std::int64_t most_calls = 0;  // 0: no bound on the steps
    std::int64_t steps = 0;       // calls of the progress handler so far
  };
  // On the heap: the progress handler holds its address, which must outlive moves.
  std::unique_ptr<TimeBudget> budget_;
  // A read-only file in a folder nobody can write to, with a -wal: read from a copy of both.
  std::unique_ptr<PrivateCopy> copy_;
};

}  // namespace limber
