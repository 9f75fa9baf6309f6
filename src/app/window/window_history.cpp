#include "app/window/window_history.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "app/services/history_access.hpp"
#include "app/services/pending_sessions.hpp"
#include "core/base/translate.hpp"
#include "core/history/diary_rules.hpp"
#include "platform/threads.hpp"

namespace limber {

void WindowHistory::open(const std::optional<std::filesystem::path>& data_dir,
                         const std::optional<std::filesystem::path>& sync_dir, WallTime now) {
  if (!data_dir) {
    open_notice_ = tr("There is no data folder (HOME is not set), so nothing is recorded.");
    notice_ = open_notice_;
    return;
  }
  data_dir_ = *data_dir;  // where a cramp is kept aside, whatever happens below
  // The page check waits for the first recorded session: the window opens without its cost.
  auto opened = open_history_with_pending(*data_dir, now, PageCheck::skip);
  if (!opened) {
    open_notice_ = format(tr("The history cannot be opened: {0}"), opened.error());
  } else {
    open_notice_ = opened->notice;
    store_ = std::move(opened->store);
    // The window's own writes wait a second at most for another Limber's (a merge's) lock.
    store_->set_busy_wait(kWindowBusyWait);
    if (sync_dir && !store_->read_only()) {
      sync_dir_ = *sync_dir;
      sync_.emplace(*sync_dir, *data_dir);
      first_merge_due_ = true;
    }
  }
  refresh();
}

WindowHistory::~WindowHistory() {
  // Each bounded by its merge's budget.
  if (merging_.valid()) merging_.wait();
  if (importing_.valid()) importing_.wait();
}

bool WindowHistory::finish_opening() {
  if (first_merge_due_) {
    first_merge_due_ = false;
    start_merge();
  }
  return take_merge();
}

void WindowHistory::start_merge() {
  if (merging_.valid() || data_dir_.empty() || sync_dir_.empty()) return;
  merging_ = in_background([data_dir = data_dir_, sync_dir = sync_dir_]() -> MergeOutcome {
    auto opened = open_history(data_dir, std::chrono::system_clock::now(), PageCheck::skip);
    if (!opened) return {opened.error()};
    HistorySync sync(sync_dir, data_dir);
    const auto merged = sync.merge(opened->store);
    if (!merged) return {merged.error()};
    std::string problem;
    for (const std::string& why : merged->set_aside) problem += (problem.empty() ? "" : "\n") + why;
    return {problem};
  });
}

bool WindowHistory::take_merge() {
  if (!merging_.valid() || merging_.wait_for(std::chrono::seconds{0}) != std::future_status::ready) return false;
  const MergeOutcome outcome = merging_.get();
  // What the merge learnt of the folder (merged, set aside) is the window's too from now on.
  if (sync_) sync_.emplace(sync_dir_, data_dir_);
  // Only a problem is worth a notice.
  if (!outcome.problem.empty() && open_notice_.find(outcome.problem) == std::string::npos) {
    open_notice_ += (open_notice_.empty() ? "" : "\n") + outcome.problem;
  }
  refresh();
  return true;
}

void WindowHistory::publish() {
  if (!sync_ || !can_write()) return;
  if (const auto published = sync_->publish(*store_); !published) {
    fmt::print(stderr, "limber: sync: {}\n", published.error());
  }
}

bool WindowHistory::poll_sync(Nanos now) {
  if (!sync_ || !can_write()) return false;
  if (now >= next_sync_poll_) {
    next_sync_poll_ = now + kSyncPoll;
    if (sync_->changed()) start_merge();
  }
  return take_merge();
}

bool WindowHistory::merge_if_changed() {
  if (!sync_ || !can_write()) return false;
  if (sync_->changed()) start_merge();
  return take_merge();
}

std::optional<Nanos> WindowHistory::next_sync_poll(Nanos now) const {
  if (!sync_ || !can_write()) return std::nullopt;
  if (merging_.valid()) return now + kMergeLook;
  return next_sync_poll_;
}

void WindowHistory::refresh() {
  notice_ = open_notice_;
  if (!store_) return;
  auto sessions = store_->sessions();
  auto diary = store_->diary();
  auto events = store_->cramp_events();
  auto tried = store_->tried();
  if (sessions && diary && events && tried) {
    sessions_ = std::move(sessions.value());
    diary_ = std::move(diary.value());
    cramp_events_ = std::move(events.value());
    tried_ = std::move(tried.value());
  } else {
    notice_ = format(tr("The history cannot be read: {0}"),
                     !sessions ? sessions.error() : (!diary ? diary.error() : (!events ? events.error() : tried.error())));
  }
}

std::optional<DiaryEntry> WindowHistory::diary_entry(DayNumber night) const {
  const std::string date = format_date(night);
  const auto found = std::find_if(diary_.begin(), diary_.end(), [&](const DiaryEntry& e) { return e.date == date; });
  if (found == diary_.end()) return std::nullopt;
  return *found;
}

Expected<void, std::string> WindowHistory::save_diary_entry(const DiaryEntry& entry, DayNumber today) {
  if (const auto problem = diary_entry_problem(entry, today)) return Unexpected{*problem};
  if (!store_) return Unexpected{open_notice_.empty() ? std::string(tr("there is no history to save it in")) : open_notice_};
  auto saved = store_->save_diary_entry(entry);
  if (saved) publish();
  refresh();
  return saved;
}

Expected<bool, std::string> WindowHistory::delete_diary_entry(DayNumber night) {
  if (!store_) return Unexpected{std::string(tr("there is no history"))};
  auto deleted = store_->delete_diary_entry(format_date(night));
  if (deleted && *deleted) publish();
  refresh();
  return deleted;
}

Expected<void, std::string> WindowHistory::delete_session(const std::string& uuid) {
  if (!store_) return Unexpected{std::string(tr("there is no history"))};
  auto deleted = store_->delete_session(uuid);
  if (deleted) publish();
  refresh();
  return deleted;
}

Expected<DiaryEntry, std::string> WindowHistory::record_cramp(const CrampEvent& event) {
  const auto keep_aside = [&](const std::string& why) -> Expected<DiaryEntry, std::string> {
    if (data_dir_.empty()) return Unexpected{why};
    if (const auto kept = keep_pending_cramp(data_dir_, event); !kept) return Unexpected{why + "; " + kept.error()};
    return Unexpected{format(tr("{0}: the cramp is kept aside and goes into the diary the next time Limber opens it"), why)};
  };
  if (!store_ || !can_write()) {
    return keep_aside(open_notice_.empty() ? std::string(tr("there is no history to save it in")) : open_notice_);
  }
  // Never more than a moment: a busy history (a merge, another Limber) gets the cramp later.
  store_->set_busy_wait(kUrgentBusyWait);
  auto recorded = store_->record_cramp(event);
  store_->set_busy_wait(kWindowBusyWait);
  if (!recorded) return keep_aside(recorded.error());
  refresh();
  return recorded;
}

Expected<void, std::string> WindowHistory::set_tried(DayNumber day, const std::string& item, bool done) {
  if (!store_) return Unexpected{open_notice_.empty() ? std::string(tr("there is no history to save it in")) : open_notice_};
  auto saved = store_->set_tried(format_date(day), item, done);
  if (saved) publish();
  refresh();
  return saved;
}

Expected<void, std::string> WindowHistory::restore_session(const std::string& uuid) {
  if (!store_) return Unexpected{std::string(tr("there is no history"))};
  auto restored = store_->restore_session(uuid);
  if (restored) publish();
  refresh();
  return restored;
}

}  // namespace limber

namespace limber {

Expected<ExportedFile, std::string> WindowHistory::export_copy(DayNumber today) {
  if (!store_) return Unexpected{open_notice_.empty() ? std::string(tr("there is no history")) : open_notice_};
  return export_history(*store_, today);
}

void WindowHistory::start_import(const std::filesystem::path& file) {
  if (importing_.valid()) return;
  if (!store_ || !can_write()) {
    std::promise<Expected<ImportReport, std::string>> refused;
    refused.set_value(Unexpected{open_notice_.empty() ? std::string(tr("there is no history to merge it into")) : open_notice_});
    importing_ = refused.get_future();
    return;
  }
  importing_ = in_background([data_dir = data_dir_, file]() -> Expected<ImportReport, std::string> {
    auto opened = open_history(data_dir, std::chrono::system_clock::now(), PageCheck::skip);
    if (!opened) return Unexpected{opened.error()};
    return opened->store.import_from(file);
  });
}

std::optional<Expected<ImportReport, std::string>> WindowHistory::take_import() {
  if (!importing_.valid() || importing_.wait_for(std::chrono::seconds{0}) != std::future_status::ready) return std::nullopt;
  auto outcome = importing_.get();
  if (outcome) publish();
  refresh();
  return outcome;
}

}  // namespace limber
