#include "app/history_sync.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <system_error>

#include "core/record_ids.hpp"
#include "core/record_rules.hpp"
#include "core/text.hpp"
#include "core/translate.hpp"
#include "platform/atomic_file.hpp"

namespace limber {
namespace {

constexpr const char* kDeviceIdFile = "device-id";

std::string file_name_for(const std::string& device) { return "limber-" + device + ".sqlite3"; }

// "limber-<anything>.sqlite3": another device's file, or a sync tool's copy of one in conflict
// (Syncthing's "limber-x.sync-conflict-20261129-101500-ABCDEFG.sqlite3"), which merges as safely.
bool is_device_file(const std::string& name) {
  return name.size() > 14 && name.rfind("limber-", 0) == 0 && name.ends_with(".sqlite3");
}

}  // namespace

Expected<std::string, std::string> device_id(const std::filesystem::path& data_dir) {
  const std::filesystem::path file = data_dir / kDeviceIdFile;
  std::ifstream in(file);
  std::string id;
  if (in && std::getline(in, id) && is_record_id(id) && id.find('/') == std::string::npos) return id;
  id = new_uuid();
  if (auto written = write_file_atomically(file, id + "\n"); !written) return Unexpected{written.error()};
  return id;
}

HistorySync::HistorySync(std::filesystem::path folder, std::filesystem::path data_dir)
    : folder_(std::move(folder)), data_dir_(std::move(data_dir)) {}

std::map<std::filesystem::path, HistorySync::Stamp> HistorySync::other_devices_files(const std::string& own_name) const {
  std::map<std::filesystem::path, Stamp> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(folder_, ec)) {
    const std::string name = entry.path().filename().string();
    if (!is_device_file(name) || name == own_name || !entry.is_regular_file(ec)) continue;
    const auto time = entry.last_write_time(ec);
    const auto size = entry.file_size(ec);
    if (!ec) files.emplace(entry.path(), Stamp{time, size});
  }
  return files;
}

bool HistorySync::changed() const {
  const auto id = device_id(data_dir_);
  if (!id) return false;
  const auto files = other_devices_files(file_name_for(*id));
  for (const auto& [path, stamp] : files) {
    const auto merged = merged_.find(path);
    if (merged == merged_.end() || merged->second != stamp) return true;
  }
  return false;
}

Expected<SyncReport, std::string> HistorySync::merge(HistoryStore& store) {
  std::error_code ec;
  if (!std::filesystem::is_directory(folder_, ec)) {
    return Unexpected{format(tr("the sync folder {0} is not there (not mounted, or moved?)"), folder_.string())};
  }
  const auto id = device_id(data_dir_);
  if (!id) return Unexpected{id.error()};
  SyncReport report;
  for (const auto& [path, stamp] : other_devices_files(file_name_for(*id))) {
    const auto merged = merged_.find(path);
    if (merged != merged_.end() && merged->second == stamp) continue;
    const auto imported = store.import_from(path);
    if (!imported) {
      // Most often a file the sync tool is still copying: it is tried again when it changes or
      // at the next merge, whichever comes first.
      merged_.erase(path);
      report.waiting.push_back(imported.error());
      continue;
    }
    merged_[path] = stamp;
    ++report.files_read;
    ImportReport& sum = report.merged;
    sum.sessions_added += imported->sessions_added;
    sum.sessions_updated += imported->sessions_updated;
    sum.sessions_deleted += imported->sessions_deleted;
    sum.sessions_known += imported->sessions_known;
    sum.sessions_skipped += imported->sessions_skipped;
    sum.diary_added += imported->diary_added;
    sum.diary_updated += imported->diary_updated;
    sum.diary_deleted += imported->diary_deleted;
    sum.diary_kept += imported->diary_kept;
    sum.diary_skipped += imported->diary_skipped;
    for (const auto& [reason, count] : imported->skipped_because) sum.skipped_because[reason] += count;
  }
  return report;
}

Expected<std::filesystem::path, std::string> HistorySync::publish(HistoryStore& store) {
  std::error_code ec;
  if (!std::filesystem::is_directory(folder_, ec)) {
    return Unexpected{format(tr("the sync folder {0} is not there (not mounted, or moved?)"), folder_.string())};
  }
  const auto id = device_id(data_dir_);
  if (!id) return Unexpected{id.error()};
  // A hidden name of this process's own, so that sync tools skip it and two Limbers of this
  // device publishing at once do not write one temporary file.
  const std::filesystem::path written = folder_ / fmt::format(".{}.{}.tmp", file_name_for(*id), ::getpid());
  std::filesystem::remove(written, ec);
  if (auto copied = store.copy_to(written); !copied) {
    std::filesystem::remove(written, ec);
    return Unexpected{format(tr("cannot write to the sync folder {0}: {1}"), folder_.string(), copied.error())};
  }
  const std::filesystem::path target = folder_ / file_name_for(*id);
  if (auto moved = move_file_atomically(written, target); !moved) {
    std::filesystem::remove(written, ec);
    return Unexpected{moved.error()};
  }
  return target;
}

std::string sync_report_text(const SyncReport& report) {
  std::vector<std::string> lines;
  const ImportReport& m = report.merged;
  std::vector<std::string> changes;
  const auto add = [&changes](long n, const char* said) {
    if (n > 0) changes.push_back(format(said, n));
  };
  add(m.sessions_added, trn("{0} new session", "{0} new sessions", m.sessions_added));
  add(m.sessions_updated, trn("{0} session finished", "{0} sessions finished", m.sessions_updated));
  add(m.sessions_deleted, trn("{0} session deleted", "{0} sessions deleted", m.sessions_deleted));
  const long nights = m.diary_added + m.diary_updated;
  add(nights, trn("{0} diary night", "{0} diary nights", nights));
  add(m.diary_deleted, trn("{0} diary night deleted", "{0} diary nights deleted", m.diary_deleted));
  if (!changes.empty()) {
    std::string joined;
    for (std::size_t i = 0; i < changes.size(); ++i) {
      joined += (i == 0 ? "" : (i + 1 == changes.size() ? std::string(tr(" and ")) : std::string(", "))) + changes[i];
    }
    lines.push_back(format(trn("From {0} other device: {1}.", "From {0} other devices: {1}.", static_cast<long>(report.files_read)),
                           report.files_read, joined));
  }
  if (const long skipped = m.sessions_skipped + m.diary_skipped; skipped > 0) {
    lines.push_back(format(trn("Skipped {0} record that no Limber could have written.",
                               "Skipped {0} records that no Limber could have written.", skipped),
                           skipped));
  }
  for (const std::string& waiting : report.waiting) lines.push_back(format(tr("Not read yet, tried again later: {0}"), waiting));
  std::string text;
  for (const std::string& line : lines) text += (text.empty() ? "" : "\n") + line;
  return text;
}

}  // namespace limber
