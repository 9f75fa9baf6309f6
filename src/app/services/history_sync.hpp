#pragma once
// The sync folder: a folder the user keeps in sync between devices with a tool they already use
// (Syncthing, Nextcloud, a USB stick). Each data folder is one device, with an id of its own, and
// writes only its own history there, limber-<device-id>.sqlite3, as a consistent copy replaced
// atomically; it merges every other limber-*.sqlite3 there into its own history with the
// defensive import (history_import.hpp): by session UUID, newest diary change, deletions kept.
// No two devices ever write the same file, so writing at the same moment cannot corrupt or lose
// anything. What has been merged, and what was set aside (a file a sync tool has only half
// copied, or one over the merge's budget) with why, is remembered in <data>/sync-state.json by
// each file's size and time: neither is read again until it changes, however many commands run.

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/base/expected.hpp"
#include "core/history/history_store.hpp"

namespace limber {

// This data folder's device id: made the first time (a UUID in <data>/device-id), then kept. The
// file also holds a fingerprint of the machine and the folder (machine id, host name, path): a
// copy of the data folder elsewhere (`cp -a` to another machine, a backup restored to another
// folder) finds another fingerprint and becomes a device of its own, with a new id and all its
// history, so that two devices never write one file in the sync folder.
[[nodiscard]] Expected<std::string, std::string> device_id(const std::filesystem::path& data_dir);
// The fingerprint of this machine and this data folder.
[[nodiscard]] std::string device_fingerprint(const std::filesystem::path& data_dir);

struct SyncReport {
  int files_read = 0;
  ImportReport merged{};              // summed over the files read
  std::vector<std::string> set_aside;  // why each file was not merged: tried again once it changes
};

class HistorySync {
 public:
  HistorySync(std::filesystem::path folder, std::filesystem::path data_dir, MergeBudget budget = {});

  [[nodiscard]] const std::filesystem::path& folder() const { return folder_; }
  // Merges the other devices' files that changed since they were last merged here (all of them
  // the first time), and any that could not be read last time.
  [[nodiscard]] Expected<SyncReport, std::string> merge(HistoryStore& store);
  // Writes this device's history to the folder; returns the file written.
  [[nodiscard]] Expected<std::filesystem::path, std::string> publish(HistoryStore& store);
  // Whether another device's file appeared or changed since the last merge (looks, reads nothing).
  [[nodiscard]] bool changed() const;

 private:
  // A file as it was when last looked at: merged, or set aside and why.
  struct Seen {
    std::int64_t time = 0;  // its last write, in nanoseconds
    std::uintmax_t size = 0;
    std::string set_aside{};  // "": merged
    bool operator==(const Seen&) const = default;
  };
  [[nodiscard]] std::map<std::string, Seen> other_devices_files(const std::string& own_name) const;
  void load_state();
  void save_state() const;
  // This process's own leftovers and those of earlier ones that died while publishing.
  void remove_leftovers(const std::string& own_name) const;
  std::filesystem::path folder_;
  std::filesystem::path data_dir_;
  MergeBudget budget_;
  std::map<std::string, Seen> seen_;  // by file name
};

// What a merge did, in words: "Merged 3 sessions and 1 diary night from 1 other device." and
// what waits; "" when there was nothing to say.
[[nodiscard]] std::string sync_report_text(const SyncReport& report);

}  // namespace limber
