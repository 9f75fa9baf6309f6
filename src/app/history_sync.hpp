#pragma once
// The sync folder: a folder the user keeps in sync between devices with a tool they already use
// (Syncthing, Nextcloud, a USB stick). Each data folder is one device, with an id of its own, and
// writes only its own history there, limber-<device-id>.sqlite3, as a consistent copy replaced
// atomically; it merges every other limber-*.sqlite3 there into its own history with the
// defensive import (history_import.hpp): by session UUID, newest diary change, deletions kept.
// No two devices ever write the same file, so writing at the same moment cannot corrupt or lose
// anything; a file a sync tool has only half copied fails to import and is tried again next time.

#include <filesystem>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/expected.hpp"
#include "core/history_store.hpp"

namespace limber {

// This data folder's device id: made the first time (a UUID in <data>/device-id), then kept.
[[nodiscard]] Expected<std::string, std::string> device_id(const std::filesystem::path& data_dir);

struct SyncReport {
  int files_read = 0;
  ImportReport merged{};              // summed over the files read
  std::vector<std::string> waiting;   // "limber-x.sqlite3 (why)": not readable now, tried again next time
};

class HistorySync {
 public:
  HistorySync(std::filesystem::path folder, std::filesystem::path data_dir);

  [[nodiscard]] const std::filesystem::path& folder() const { return folder_; }
  // Merges the other devices' files that changed since they were last merged here (all of them
  // the first time), and any that could not be read last time.
  [[nodiscard]] Expected<SyncReport, std::string> merge(HistoryStore& store);
  // Writes this device's history to the folder; returns the file written.
  [[nodiscard]] Expected<std::filesystem::path, std::string> publish(HistoryStore& store);
  // Whether another device's file appeared or changed since the last merge (looks, reads nothing).
  [[nodiscard]] bool changed() const;

 private:
  using Stamp = std::pair<std::filesystem::file_time_type, std::uintmax_t>;
  [[nodiscard]] std::map<std::filesystem::path, Stamp> other_devices_files(const std::string& own_name) const;
  std::filesystem::path folder_;
  std::filesystem::path data_dir_;
  std::map<std::filesystem::path, Stamp> merged_;  // as each file was when it was merged
};

// What a merge did, in words: "Merged 3 sessions and 1 diary night from 1 other device." and
// what waits; "" when there was nothing to say.
[[nodiscard]] std::string sync_report_text(const SyncReport& report);

}  // namespace limber
