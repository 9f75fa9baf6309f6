// `limber sync`: name the sync folder (--folder), stop syncing (--off), or merge and publish now.
#include <fmt/format.h>

#include <cstdio>
#include <system_error>

#include "app/commands.hpp"
#include "app/history_access.hpp"
#include "app/history_sync.hpp"
#include "app/settings_store.hpp"
#include "core/translate.hpp"
#include "platform/paths.hpp"

namespace limber {

int command_sync(const AppContext& context, const SyncArgs& args) {
  const auto config_dir = resolve_config_dir();
  AppSettings settings = load_settings(config_dir);
  if (args.off) {
    if (settings.sync_folder.empty()) {
      fmt::print("{}", tr("Syncing is already off.\n"));
      return kExitOk;
    }
    const std::string was = settings.sync_folder;
    settings.sync_folder.clear();
    if (!save_settings(config_dir, settings)) {
      fmt::print(stderr, "{}", tr("limber: cannot save the settings, so syncing stays on\n"));
      return kExitFailure;
    }
    fmt::print("{}", format(tr("Syncing is off. {0} is left as it is; this device's file there is no longer updated.\n"), was));
    return kExitOk;
  }
  if (!args.folder.empty()) {
    std::error_code ec;
    const std::filesystem::path folder = std::filesystem::absolute(args.folder, ec);
    if (ec || !std::filesystem::is_directory(folder, ec)) {
      fmt::print(stderr, "{}", format(tr("limber: {0} is not a folder: make it first (or plug in the drive it is on)\n"), args.folder));
      return kExitFailure;
    }
    settings.sync_folder = folder.lexically_normal().string();
    if (!save_settings(config_dir, settings)) {
      fmt::print(stderr, "{}", tr("limber: cannot save the settings, so the sync folder is not remembered\n"));
      return kExitFailure;
    }
  }
  if (settings.sync_folder.empty()) {
    fmt::print(stderr, "{}", tr("limber: no sync folder is set: `limber sync --folder DIR` names one\n"));
    return kExitUsage;
  }
  if (!context.data_dir) {
    fmt::print(stderr, "{}", tr("limber: no data folder (HOME is not set; use --data-dir)\n"));
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
  fmt::print("{}\n", said.empty() ? format(trn("Nothing new from other devices ({0} file read).", "Nothing new from other devices ({0} files read).",
                                                    static_cast<long>(merged->files_read)),
                                                merged->files_read)
                                  : said);
  const auto published = sync.publish(opened->store);
  if (!published) {
    fmt::print(stderr, "limber: {}\n", published.error());
    return kExitFailure;
  }
  fmt::print("{}", format(tr("This device's history is in {0}.\n"), published->string()));
  return kExitOk;
}

}  // namespace limber
