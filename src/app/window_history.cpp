#include "app/window_history.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/diary_rules.hpp"
#include "app/history_access.hpp"
#include "core/translate.hpp"

namespace limber {

void WindowHistory::open(const std::optional<std::filesystem::path>& data_dir,
                         const std::optional<std::filesystem::path>& sync_dir, WallTime now) {
  if (!data_dir) {
    open_notice_ = tr("There is no data folder (HOME is not set), so nothing is recorded.");
    notice_ = open_notice_;
    return;
  }
  // The page check waits for the first recorded session: the window opens without its cost.
  auto opened = open_history_with_pending(*data_dir, now, PageCheck::skip);
  if (!opened) {
    open_notice_ = format(tr("The history cannot be opened: {0}"), opened.error());
  } else {
    open_notice_ = opened->notice;
    store_ = std::move(opened->store);
    if (sync_dir && !store_->read_only()) {
      sync_.emplace(*sync_dir, *data_dir);
      first_merge_due_ = true;
    }
  }
  refresh();
}

bool WindowHistory::finish_opening() {
  if (!first_merge_due_) return false;
  first_merge_due_ = false;
  // What other devices did since this one last looked. Only a problem is worth a notice.
  if (const auto merged = sync_->merge(*store_); !merged) {
    open_notice_ += (open_notice_.empty() ? "" : "\n") + merged.error();
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
  if (!sync_ || !can_write() || now < next_sync_poll_) return false;
  next_sync_poll_ = now + kSyncPoll;
  return merge_if_changed();
}

bool WindowHistory::merge_if_changed() {
  if (!sync_ || !can_write() || !sync_->changed()) return false;
  const auto merged = sync_->merge(*store_);
  refresh();
  return merged.has_value();
}

std::optional<Nanos> WindowHistory::next_sync_poll() const {
  if (!sync_ || !can_write()) return std::nullopt;
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
  if (!store_) return Unexpected{open_notice_.empty() ? std::string(tr("there is no history to save it in")) : open_notice_};
  auto recorded = store_->record_cramp(event);
  if (recorded) publish();
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
