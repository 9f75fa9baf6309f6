// `limber sync`: name the sync folder (--folder), stop syncing (--off), or merge and publish now.
#include <fmt/format.h>

#include <cstdio>
#include <system_error>

#include "app/cli/command_table.hpp"
#include "app/cli/commands.hpp"
#include "app/services/history_access.hpp"
#include "app/services/history_sync.hpp"
#include "app/services/sync_folder.hpp"
#include "core/base/translate.hpp"

namespace limber {

int command_sync(const AppContext& context, const SyncArgs& args) {
  if (!context.data_dir) {
    fmt::print(stderr, "{}", tr("limber: no data folder (HOME is not set; use --data-dir)\n"));
    return kExitFailure;
  }
  std::optional<std::filesystem::path> folder = read_sync_folder(*context.data_dir);
  if (args.off) {
    if (!folder) {
      fmt::print("{}", tr("Syncing is already off.\n"));
      return kExitOk;
    }
    if (auto written = write_sync_folder(*context.data_dir, std::nullopt); !written) {
      fmt::print(stderr, "{}", format(tr("limber: {0}, so syncing stays on\n"), written.error()));
      return kExitFailure;
    }
    fmt::print("{}", format(tr("Syncing is off. {0} is left as it is; this device's file there is no longer updated.\n"),
                            folder->string()));
    return kExitOk;
  }
  if (!args.folder.empty()) {
    std::error_code ec;
    const std::filesystem::path named = std::filesystem::absolute(args.folder, ec);
    if (ec || !std::filesystem::is_directory(named, ec)) {
      fmt::print(stderr, "{}", format(tr("limber: {0} is not a folder: make it first (or plug in the drive it is on)\n"), args.folder));
      return kExitFailure;
    }
    folder = named.lexically_normal();
    if (auto written = write_sync_folder(*context.data_dir, folder); !written) {
      fmt::print(stderr, "{}", format(tr("limber: {0}, so the sync folder is not remembered\n"), written.error()));
      return kExitFailure;
    }
  }
  if (!folder) {
    fmt::print(stderr, "{}", tr("limber: no sync folder is set: `limber sync --folder DIR` names one\n"));
    return kExitUsage;
  }
  auto opened = open_history_with_pending(*context.data_dir, std::chrono::system_clock::now());
  if (!opened) {
    fmt::print(stderr, "limber: {}\n", opened.error());
    return kExitFailure;
  }
  if (!opened->notice.empty()) fmt::print(stderr, "limber: {}\n", opened->notice);
  HistorySync sync(*folder, *context.data_dir);
  const auto merged = sync.merge(opened->store);
  if (!merged) {
    fmt::print(stderr, "limber: {}\n", merged.error());
    return kExitFailure;
  }
  const std::string said = sync_report_text(*merged);
  if (!said.empty()) {
    fmt::print("{}\n", said);
  } else if (merged->files_read == 0) {
    // Files merged before and unchanged since are not read again.
    fmt::print("{}\n", tr("Nothing new from other devices: no file of theirs changed since the last sync."));
  } else {
    fmt::print("{}\n", format(trn("Nothing new from other devices ({0} file read).", "Nothing new from other devices ({0} files read).",
                                  static_cast<long>(merged->files_read)),
                              merged->files_read));
  }
  const auto published = sync.publish(opened->store);
  if (!published) {
    fmt::print(stderr, "limber: {}\n", published.error());
    return kExitFailure;
  }
  fmt::print("{}", format(tr("This device's history is in {0}.\n"), published->string()));
  return kExitOk;
}

void add_sync_command(CommandTable& table) {
  auto args = std::make_shared<SyncArgs>();
  CLI::App* sync = table.app().add_subcommand(
      "sync", "Share the history with your other devices through a folder you keep in sync (Syncthing, a USB stick...)");
  CLI::Option* folder = sync->add_option("--folder", args->folder, "Sync through this folder from now on");
  sync->add_flag("--off", args->off, "Stop syncing (the folder is left as it is)")->excludes(folder);
  table.add(sync, [args](Invocation& invocation) { return command_sync(invocation.context, *args); });
}

}  // namespace limber
