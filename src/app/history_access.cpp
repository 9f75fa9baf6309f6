#include "app/history_access.hpp"

#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <system_error>

#include "app/history_sync.hpp"
#include "app/pending_sessions.hpp"
#include "core/record_ids.hpp"
#include "core/translate.hpp"

namespace limber {

Expected<OpenedHistory, std::string> open_history_with_pending(const std::filesystem::path& data_dir,
                                                               std::chrono::system_clock::time_point now,
                                                               PageCheck pages) {
  auto opened = open_history(data_dir, now, pages);
  if (!opened) return opened;
  const std::string merged = merged_pending_notice(merge_pending_sessions(opened->store, data_dir));
  if (!merged.empty()) opened->notice += (opened->notice.empty() ? "" : "\n") + merged;
  return opened;
}

std::optional<HistoryStore> open_user_history(const AppContext& context) {
  if (!context.data_dir) {
    fmt::print(stderr, "{}", tr("limber: no data folder (HOME is not set; use --data-dir)\n"));
    return std::nullopt;
  }
  auto opened = open_history_with_pending(*context.data_dir, std::chrono::system_clock::now());
  if (!opened) {
    fmt::print(stderr, "limber: {}\n", opened.error());
    return std::nullopt;
  }
  if (!opened->notice.empty()) fmt::print(stderr, "limber: {}\n", opened->notice);
  if (context.sync_dir && !opened->store.read_only()) {
    HistorySync sync(*context.sync_dir, *context.data_dir);
    const auto merged = sync.merge(opened->store);
    const std::string said = merged ? sync_report_text(*merged) : merged.error();
    if (!said.empty()) fmt::print(stderr, "limber: sync: {}\n", said);
  }
  return std::move(opened->store);
}

void publish_user_history(const AppContext& context, HistoryStore& store) {
  if (!context.sync_dir || !context.data_dir) return;
  if (const auto published = HistorySync(*context.sync_dir, *context.data_dir).publish(store); !published) {
    fmt::print(stderr, "{}", format(tr("limber: sync: {0}; the other devices get this change the next time it can be written.\n"),
               published.error()));
  }
}

std::optional<HistoryContents> read_user_history(const AppContext& context) {
  std::error_code ec;
  if (!context.data_dir) return HistoryContents{};
  if (!context.sync_dir && !std::filesystem::exists(*context.data_dir / kHistoryFileName, ec) &&
      !has_pending_sessions(*context.data_dir)) {
    return HistoryContents{};
  }
  auto store = open_user_history(context);
  if (!store) return std::nullopt;
  auto sessions = store->sessions();
  auto diary = store->diary();
  auto events = store->cramp_events();
  auto tried = store->tried();
  if (!sessions || !diary || !events || !tried) {
    fmt::print(stderr, "limber: {}\n",
               !sessions ? sessions.error() : (!diary ? diary.error() : (!events ? events.error() : tried.error())));
    return std::nullopt;
  }
  return HistoryContents{std::move(sessions.value()), std::move(diary.value()), std::move(events.value()),
                         std::move(tried.value())};
}

DayNumber local_today() {
  return parse_date(local_date(std::chrono::system_clock::now())).value_or(0);
}

}  // namespace limber
