#include "app/services/history_sync.hpp"

#include <fmt/format.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <system_error>

#include "core/base/record_ids.hpp"
#include "core/base/translate.hpp"
#include "core/formats/json_reader.hpp"
#include "core/formats/small_file.hpp"
#include "core/history/record_rules.hpp"
#include "platform/atomic_file.hpp"

namespace limber {
namespace {

constexpr const char* kDeviceIdFile = "device-id";
constexpr const char* kSyncStateFile = "sync-state.json";

std::string file_name_for(const std::string& device) { return "limber-" + device + ".sqlite3"; }

// "limber-<anything>.sqlite3": another device's file, or a sync tool's copy of one in conflict
// (Syncthing's "limber-x.sync-conflict-20261129-101500-ABCDEFG.sqlite3"), which merges as safely.
bool is_device_file(const std::string& name) {
  return name.size() > 14 && name.rfind("limber-", 0) == 0 && name.ends_with(".sqlite3");
}

}  // namespace

std::string device_fingerprint(const std::filesystem::path& data_dir) {
  std::string machine;
  if (auto id = read_small_file("/etc/machine-id", 4096, "a machine id")) machine = *id;
  char host[256] = {};
  (void)::gethostname(host, sizeof host - 1);
  std::error_code ec;
  const auto folder = std::filesystem::weakly_canonical(data_dir, ec);
  // FNV-1a, 64 bits: a fingerprint to tell two places apart, not a secret.
  std::uint64_t hash = 14695981039346656037ULL;
  for (const char c : machine + "|" + host + "|" + (ec ? data_dir : folder).string()) {
    hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  }
  return fmt::format("{:016x}", hash);
}

Expected<std::string, std::string> device_id(const std::filesystem::path& data_dir) {
  const std::filesystem::path file = data_dir / kDeviceIdFile;
  const std::string here = device_fingerprint(data_dir);
  std::error_code ec;
  if (std::filesystem::symlink_status(file, ec).type() != std::filesystem::file_type::not_found) {
    const auto text = read_small_file(file, 4096, tr("a device id file"));
    // A pipe or a folder in its place is not written over: syncing says why and waits.
    if (!text) return Unexpected{fmt::format("{}: {}", file.string(), text.error())};
    std::istringstream lines(*text);
    std::string id;
    std::string fingerprint;
    std::getline(lines, id);
    std::getline(lines, fingerprint);
    if (is_record_id(id) && id.find('/') == std::string::npos) {
      if (fingerprint == here) return id;
      // An id from before fingerprints: this is its folder, and it is marked as such.
      if (fingerprint.empty()) {
        if (auto written = write_file_atomically(file, id + "\n" + here + "\n"); !written) return Unexpected{written.error()};
        return id;
      }
      // Otherwise the folder was copied here from elsewhere: the copy is a device of its own.
    }
  }
  const std::string id = new_uuid();
  if (auto written = write_file_atomically(file, id + "\n" + here + "\n"); !written) return Unexpected{written.error()};
  return id;
}

HistorySync::HistorySync(std::filesystem::path folder, std::filesystem::path data_dir, MergeBudget budget)
    : folder_(std::move(folder)), data_dir_(std::move(data_dir)), budget_(budget) {
  load_state();
}

std::map<std::string, HistorySync::Seen> HistorySync::other_devices_files(const std::string& own_name) const {
  std::map<std::string, Seen> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(folder_, ec)) {
    const std::string name = entry.path().filename().string();
    if (!is_device_file(name) || name == own_name || !entry.is_regular_file(ec)) continue;
    const auto time = entry.last_write_time(ec);
    const auto size = entry.file_size(ec);
    // In nanoseconds, as the state file keeps them (libc++'s file clock counts in 128 bits).
    const auto nanos = std::chrono::duration_cast<std::chrono::nanoseconds>(time.time_since_epoch()).count();
    if (!ec) files.emplace(name, Seen{static_cast<std::int64_t>(nanos), size, ""});
  }
  return files;
}

void HistorySync::load_state() {
  const auto text = read_small_file(data_dir_ / kSyncStateFile, 4 << 20, "a sync state file");
  if (!text) return;
  const auto json = read_json(*text, 4);
  if (!json || !json->is_object() || !json->contains("files") || !(*json)["files"].is_object()) return;
  for (const auto& [name, file] : (*json)["files"].items()) {
    if (!file.is_object() || !file.contains("time") || !file.contains("size") || !file["time"].is_number_integer() ||
        !file["size"].is_number_unsigned()) {
      continue;
    }
    seen_[name] = Seen{file["time"].get<std::int64_t>(), file["size"].get<std::uintmax_t>(),
                       file.contains("set_aside") && file["set_aside"].is_string() ? file["set_aside"].get<std::string>() : ""};
  }
}

void HistorySync::save_state() const {
  nlohmann::json files = nlohmann::json::object();
  for (const auto& [name, seen] : seen_) {
    nlohmann::json file = {{"time", seen.time}, {"size", seen.size}};
    if (!seen.set_aside.empty()) file["set_aside"] = seen.set_aside;
    files[name] = file;
  }
  // What was merged is remembered for speed only: a failure to write it costs a merge next time.
  (void)write_file_atomically(data_dir_ / kSyncStateFile, nlohmann::json{{"files", files}}.dump(1) + "\n");
}

bool HistorySync::changed() const {
  const auto id = device_id(data_dir_);
  if (!id) return false;
  for (const auto& [name, now] : other_devices_files(file_name_for(*id))) {
    const auto seen = seen_.find(name);
    if (seen == seen_.end() || seen->second.time != now.time || seen->second.size != now.size) return true;
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
  (void)store.set_device(*id);
  SyncReport report;
  bool learnt = false;
  for (const auto& [name, now] : other_devices_files(file_name_for(*id))) {
    const auto seen = seen_.find(name);
    if (seen != seen_.end() && seen->second.time == now.time && seen->second.size == now.size) {
      // As it was: merged already, or set aside for a reason that has not changed.
      if (!seen->second.set_aside.empty()) report.set_aside.push_back(seen->second.set_aside);
      continue;
    }
    learnt = true;
    const auto imported = store.import_from(folder_ / name, budget_);
    if (!imported) {
      // Most often a file the sync tool is still copying: it is read again once it changes.
      seen_[name] = Seen{now.time, now.size, imported.error()};
      report.set_aside.push_back(imported.error());
      continue;
    }
    seen_[name] = Seen{now.time, now.size, ""};
    ++report.files_read;
    ImportReport& sum = report.merged;
    sum.sessions_added += imported->sessions_added;
    sum.sessions_updated += imported->sessions_updated;
    sum.sessions_deleted += imported->sessions_deleted;
    sum.sessions_restored += imported->sessions_restored;
    sum.sessions_known += imported->sessions_known;
    sum.sessions_skipped += imported->sessions_skipped;
    sum.diary_added += imported->diary_added;
    sum.diary_updated += imported->diary_updated;
    sum.diary_deleted += imported->diary_deleted;
    sum.diary_kept += imported->diary_kept;
    sum.diary_skipped += imported->diary_skipped;
    for (const auto& [reason, count] : imported->skipped_because) sum.skipped_because[reason] += count;
  }
  if (learnt) save_state();
  return report;
}

void HistorySync::remove_leftovers(const std::string& own_name) const {
  // ".limber-<id>.sqlite3.<pid>.tmp" and its "-journal": left by a publish that was killed or
  // that met a full disk. Another Limber of this device publishing right now keeps its own.
  const std::string prefix = "." + own_name + ".";
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(folder_, ec)) {
    const std::string name = entry.path().filename().string();
    if (!name.starts_with(prefix)) continue;
    const std::string rest = name.substr(prefix.size());
    const auto dot = rest.find('.');
    if (dot == std::string::npos || (rest.substr(dot) != ".tmp" && rest.substr(dot) != ".tmp-journal")) continue;
    const long pid = std::strtol(rest.substr(0, dot).c_str(), nullptr, 10);
    const bool alive = pid > 0 && pid != ::getpid() && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
    if (!alive) std::filesystem::remove(entry.path(), ec);
  }
}

Expected<std::filesystem::path, std::string> HistorySync::publish(HistoryStore& store) {
  std::error_code ec;
  if (!std::filesystem::is_directory(folder_, ec)) {
    return Unexpected{format(tr("the sync folder {0} is not there (not mounted, or moved?)"), folder_.string())};
  }
  const auto id = device_id(data_dir_);
  if (!id) return Unexpected{id.error()};
  (void)store.set_device(*id);
  remove_leftovers(file_name_for(*id));
  // A hidden name of this process's own, so that sync tools skip it and two Limbers of this
  // device publishing at once do not write one temporary file.
  const std::filesystem::path written = folder_ / fmt::format(".{}.{}.tmp", file_name_for(*id), ::getpid());
  std::filesystem::path journal = written;
  journal += "-journal";
  const auto clean = [&] {
    std::filesystem::remove(written, ec);
    std::filesystem::remove(journal, ec);
  };
  clean();
  if (auto copied = store.copy_to(written); !copied) {
    clean();
    return Unexpected{format(tr("cannot write to the sync folder {0}: {1}"), folder_.string(), copied.error())};
  }
  const std::filesystem::path target = folder_ / file_name_for(*id);
  if (auto moved = move_file_atomically(written, target); !moved) {
    clean();
    return Unexpected{moved.error()};
  }
  std::filesystem::remove(journal, ec);
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
  add(m.sessions_restored, trn("{0} session restored", "{0} sessions restored", m.sessions_restored));
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
  for (const std::string& why : report.set_aside) lines.push_back(format(tr("Set aside until it changes: {0}"), why));
  std::string text;
  for (const std::string& line : lines) text += (text.empty() ? "" : "\n") + line;
  return text;
}

}  // namespace limber
