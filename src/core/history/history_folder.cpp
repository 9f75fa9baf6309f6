#include "core/history/history_folder.hpp"

#include <fmt/format.h>

#include "core/base/aside_name.hpp"

namespace limber {

Expected<OpenedHistory, std::string> open_history(const std::filesystem::path& data_dir,
                                                  std::chrono::system_clock::time_point now, PageCheck pages,
                                                  std::chrono::milliseconds busy_wait) {
  std::error_code ec;
  std::filesystem::create_directories(data_dir, ec);
  if (ec) return Unexpected{fmt::format("cannot create the data folder {}: {}", data_dir.string(), ec.message())};
  const std::filesystem::path file = data_dir / kHistoryFileName;
  Expected<HistoryStore, HistoryError> store = HistoryStore::open(file, false, busy_wait);
  if (store && pages == PageCheck::check) {
    if (auto checked = store->check_pages(); !checked) {
      const HistoryError error{checked.error().kind, fmt::format("{}: {}", file.string(), checked.error().message)};
      store = Unexpected{error};  // closes the file before it is moved
    }
  }
  if (store) return OpenedHistory{std::move(store.value())};

  switch (store.error().kind) {
    case HistoryError::Kind::corrupt: {
      // Keep the damaged file and its journal together under a new name, for recovery by hand.
      const std::filesystem::path aside = aside_name(file, "damaged", now);
      for (const char* suffix : {"-wal", "-shm"}) {
        std::filesystem::path from = file;
        from += suffix;
        std::filesystem::path to = aside;
        to += suffix;
        if (std::filesystem::exists(from, ec)) std::filesystem::rename(from, to, ec);
      }
      std::filesystem::rename(file, aside, ec);
      if (ec) {
        return Unexpected{fmt::format("{}; it could not be moved aside ({}), so it is left as it is", store.error().message,
                                      ec.message())};
      }
      auto fresh = HistoryStore::open(file);
      if (!fresh) return Unexpected{fresh.error().message};
      return OpenedHistory{std::move(fresh.value()),
                           fmt::format("The history file was damaged. It is kept as {} and a new history was started.",
                                       aside.string())};
    }
    case HistoryError::Kind::read_only: {
      auto reader = HistoryStore::open(file, true);
      if (!reader) {
        return Unexpected{fmt::format("the data folder {} cannot be written to: {}", data_dir.string(),
                                      store.error().message)};
      }
      return OpenedHistory{std::move(reader.value()),
                           fmt::format("The data folder {} cannot be written to: your history is shown, but new "
                                       "sessions and diary entries cannot be saved.",
                                       data_dir.string())};
    }
    case HistoryError::Kind::disk_full:
      return Unexpected{fmt::format("the disk holding {} is full: {}", data_dir.string(), store.error().message)};
    case HistoryError::Kind::newer_version:
    case HistoryError::Kind::other: break;
  }
  return Unexpected{store.error().message};
}

}  // namespace limber
