#include "app/progress_screen.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>

#include "core/duration.hpp"
#include "core/history_folder.hpp"
#include "core/progress_stats.hpp"

namespace limber {

void ProgressScreen::open(const std::optional<std::filesystem::path>& data_dir) {
  if (!data_dir) {
    open_notice_ = "There is no data folder (HOME is not set), so nothing is recorded.";
    return;
  }
  // The page check waits for the first recorded session: the screen opens without its cost.
  auto opened = open_history(*data_dir, std::chrono::system_clock::now(), PageCheck::skip);
  if (!opened) {
    open_notice_ = fmt::format("The history cannot be opened: {}", opened.error());
    return;
  }
  open_notice_ = opened->notice;
  store_ = std::move(opened->store);
}

void ProgressScreen::refresh(DayNumber today, int goal_days) {
  today_ = today;
  goal_days_ = goal_days;
  model_.notice = open_notice_;
  if (store_) {
    auto sessions = store_->sessions();
    auto diary = store_->diary();
    if (sessions && diary) {
      sessions_ = std::move(sessions.value());
      diary_ = std::move(diary.value());
    } else {
      model_.notice = fmt::format("The history cannot be read: {}", !sessions ? sessions.error() : diary.error());
    }
  }
  model_.stats = compute_progress(sessions_, diary_, today, GoalSettings{goal_days});
  model_.sessions.clear();
  row_uuids_.clear();
  for (auto s = sessions_.rbegin(); s != sessions_.rend() && model_.sessions.size() < kSessionListRows; ++s) {
    model_.sessions.push_back(SessionRow{parse_date(s->local_date) ? weekday_date(*parse_date(s->local_date)) : s->local_date, s->routine_name, std::string(outcome_key(s->outcome)),
                                         format_clock(Seconds{s->active_seconds})});
    row_uuids_.push_back(s->uuid);
  }
  model_.undo_text = deleted_uuid_.empty() ? std::string() : deleted_text_;
}

bool ProgressScreen::delete_session(int row) {
  if (!store_ || row < 0 || static_cast<std::size_t>(row) >= row_uuids_.size()) return false;
  const std::string uuid = row_uuids_[static_cast<std::size_t>(row)];
  const auto deleted = store_->delete_session(uuid);
  if (!deleted) {
    open_notice_ = fmt::format("The session could not be deleted: {}", deleted.error());
    refresh(today_, goal_days_);
    return false;
  }
  const SessionRow& shown = model_.sessions[static_cast<std::size_t>(row)];
  deleted_uuid_ = uuid;
  deleted_text_ = fmt::format("Deleted {} of {}.", shown.routine, shown.when);
  refresh(today_, goal_days_);
  return true;
}

bool ProgressScreen::undo_delete() {
  if (!store_ || deleted_uuid_.empty()) return false;
  const auto restored = store_->restore_session(deleted_uuid_);
  if (!restored) {
    open_notice_ = fmt::format("The session could not be restored: {}", restored.error());
    refresh(today_, goal_days_);
    return false;
  }
  deleted_uuid_.clear();
  refresh(today_, goal_days_);
  return true;
}

std::optional<DiaryEntry> ProgressScreen::diary_entry(DayNumber night) const {
  const std::string date = format_date(night);
  const auto found = std::find_if(diary_.begin(), diary_.end(), [&](const DiaryEntry& e) { return e.date == date; });
  if (found == diary_.end()) return std::nullopt;
  return *found;
}

std::optional<std::string> ProgressScreen::save_diary_entry(const DiaryEntry& entry) {
  if (!store_) return open_notice_.empty() ? std::string("there is no history to save it in") : open_notice_;
  const auto saved = store_->save_diary_entry(entry);
  if (!saved) return saved.error();
  refresh(today_, goal_days_);
  return std::nullopt;
}

}  // namespace limber
