// `limber sync`: name the sync folder (--folder), stop syncing (--off), or merge and publish now.
#include <fmt/format.h>

#include <cstdio>
#include <system_error>

#include "app/commands.hpp"
#include "app/history_access.hpp"
#include "app/history_sync.hpp"
#include "app/settings_store.hpp"
#include "platform/paths.hpp"

namespace limber {

int command_sync(const AppContext& context, const SyncArgs& args) {
  const auto config_dir = resolve_config_dir();
  AppSettings settings = load_settings(config_dir);
  if (args.off) {
    if (settings.sync_folder.empty()) {
      fmt::print("Syncing is already off.\n");
      return kExitOk;
    }
    const std::string was = settings.sync_folder;
    settings.sync_folder.clear();
    if (!save_settings(config_dir, settings)) {
      fmt::print(stderr, "limber: cannot save the settings, so syncing stays on\n");
      return kExitFailure;
    }
    fmt::print("Syncing is off. {} is left as it is; this device's file there is no longer updated.\n", was);
    return kExitOk;
  }
  if (!args.folder.empty()) {
    std::error_code ec;
    const std::filesystem::path folder = std::filesystem::absolute(args.folder, ec);
    if (ec || !std::filesystem::is_directory(folder, ec)) {
      fmt::print(stderr, "limber: {} is not a folder: make it first (or plug in the drive it is on)\n", args.folder);
      return kExitFailure;
    }
    settings.sync_folder = folder.lexically_normal().string();
    if (!save_settings(config_dir, settings)) {
      fmt::print(stderr, "limber: cannot save the settings, so the sync folder is not remembered\n");
      return kExitFailure;
    }
  }
  if (settings.sync_folder.empty()) {
    fmt::print(stderr, "limber: no sync folder is set: `limber sync --folder DIR` names one\n");
    return kExitUsage;
  }
  if (!context.data_dir) {
    fmt::print(stderr, "limber: no data folder (HOME is not set; use --data-dir)\n");
    return kExitFailure;
  }
  auto opened = open_history_with_pending(*context.data_dir, std::chrono::system_clock::now());
  if (!opened) {
    fmt::print(stderr, "limber: {}\n", opened.error());
    return kExitFailure;
  }
  if (!opened->notice.empty()) fmt::print(stderr, "limber: {}\n", opened->notice);
  HistorySync sync(settings.sync_folder, *context.data_dir);
  const auto merged = sync.merge(opened->store);
  if (!merged) {
    fmt::print(stderr, "limber: {}\n", merged.error());
    return kExitFailure;
  }
  const std::string said = sync_report_text(*merged);
  fmt::print("{}\n", said.empty() ? fmt::format("Nothing new from other devices ({} read).",
                                                merged->files_read == 1 ? "1 file" : fmt::format("{} files", merged->files_read))
                                  : said);
  const auto published = sync.publish(opened->store);
  if (!published) {
    fmt::print(stderr, "limber: {}\n", published.error());
    return kExitFailure;
  }
  fmt::print("This device's history is in {}.\n", published->string());
  return kExitOk;
}

}  // namespace limber
