#include "app/services/history_access.hpp"

#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <system_error>

#include "app/services/history_sync.hpp"
#include "app/services/pending_sessions.hpp"
#include "core/base/record_ids.hpp"
#include "core/base/translate.hpp"
#include "core/history/cramp_events.hpp"

namespace limber {

Expected<OpenedHistory, std::string> open_history_with_pending(const std::filesystem::path& data_dir,
                                                               std::chrono::system_clock::time_point now, PageCheck pages,
                                                               std::chrono::milliseconds busy_wait) {
  auto opened = open_history(data_dir, now, pages, busy_wait);
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

std::vector<SessionRecord> recent_sessions_of(const AppContext& context, const std::string& routine_name) {
  std::error_code ec;
  if (!context.data_dir || !std::filesystem::exists(*context.data_dir / kHistoryFileName, ec)) return {};
  auto opened = open_history(*context.data_dir, std::chrono::system_clock::now(), PageCheck::skip, kUrgentBusyWait);
  if (!opened) return {};
  auto sessions = opened->store.recent_sessions_of(routine_name, 200);
  return sessions ? std::move(sessions.value()) : std::vector<SessionRecord>{};
}

std::string record_cramp_at_once(const AppContext& context, const CrampEvent& event) {
  if (!context.data_dir) return tr("There is no data folder (HOME is not set), so the cramp is not in the diary.");
  const auto night = weekday_date(*parse_date(event.night));
  std::string why;
  auto opened = open_history(*context.data_dir, std::chrono::system_clock::now(), PageCheck::skip, kUrgentBusyWait);
  if (opened && !opened->store.read_only()) {
    if (const auto recorded = opened->store.record_cramp(event)) {
      return format(trn("Diary: the night of {0}, {1} cramp so far (how bad can be added in Limber).",
                        "Diary: the night of {0}, {1} cramps so far (how bad can be added in Limber).", recorded->cramps),
                    night, recorded->cramps);
    } else {
      why = recorded.error();
    }
  } else {
    why = opened ? opened->notice : opened.error();
  }
  if (const auto kept = keep_pending_cramp(*context.data_dir, event); !kept) {
    return format(tr("The cramp could not be written in the diary ({0}), nor kept aside ({1})."), why, kept.error());
  }
  return format(tr("The history cannot take the cramp right now ({0}): it is kept aside and goes into the diary the "
                   "next time Limber opens it."),
                why);
}

DayNumber local_today() {
  return parse_date(local_date(std::chrono::system_clock::now())).value_or(0);
}

}  // namespace limber
