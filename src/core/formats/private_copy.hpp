#pragma once
// A copy of a SQLite file and its -wal in a folder of this process's own, removed with it: what
// Limber reads another device's history from. Reading the copy leaves nothing beside the
// original (SQLite would make a -shm and may keep a -wal next to any file it opens in WAL mode,
// and a sync tool would then carry them everywhere), sees the newest changes the -wal holds
// (SQLite's immutable mode would not), and cannot be disturbed by the file changing under it.

#include <cstdint>
#include <filesystem>

#include "core/base/expected.hpp"

namespace limber {

class PrivateCopy {
 public:
  // Refuses what is not a regular file, and a file (with its -wal) over `most_bytes`.
  [[nodiscard]] static Expected<PrivateCopy, std::string> of(const std::filesystem::path& file, std::uintmax_t most_bytes);
  ~PrivateCopy();
  PrivateCopy(PrivateCopy&& other) noexcept;
  PrivateCopy& operator=(PrivateCopy&&) = delete;
  PrivateCopy(const PrivateCopy&) = delete;
  PrivateCopy& operator=(const PrivateCopy&) = delete;

  [[nodiscard]] const std::filesystem::path& file() const { return file_; }

 private:
  PrivateCopy(std::filesystem::path folder, std::filesystem::path file) : folder_(std::move(folder)), file_(std::move(file)) {}
  std::filesystem::path folder_;  // empty once moved from
  std::filesystem::path file_;
};

}  // namespace limber
