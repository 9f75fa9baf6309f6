#pragma once
// The app's side of the history: keeps the store open for the window, builds the progress
// screen's model, carries out its intents (delete with undo, the weekly goal) and the summary
// screen's diary entry, and tells the library when each routine was last done.

#include <optional>
#include <string>
#include <vector>

#include "core/calendar.hpp"
#include "core/history_store.hpp"
#include "ui/progress_view.hpp"

namespace limber {

class ProgressScreen {
 public:
  // Opens the history in the data folder; without one the screen shows why.
  void open(const std::optional<std::filesystem::path>& data_dir);
  // Reads the history again and recomputes every figure for `today`.
  void refresh(DayNumber today, int goal_days);

  [[nodiscard]] const ProgressModel& model() const { return model_; }
  [[nodiscard]] const std::vector<SessionRecord>& sessions() const { return sessions_; }
  [[nodiscard]] bool can_write() const { return store_ && !store_->read_only(); }

  // Delete (keeping one undo) and undo. Returns false with the model's notice set on failure.
  bool delete_session(int row);
  bool undo_delete();

  [[nodiscard]] std::optional<DiaryEntry> diary_entry(DayNumber night) const;
  // Saves a night's entry; an error message on failure.
  [[nodiscard]] std::optional<std::string> save_diary_entry(const DiaryEntry& entry);

 private:
  std::optional<HistoryStore> store_;
  std::vector<SessionRecord> sessions_;
  std::vector<DiaryEntry> diary_;
  std::vector<std::string> row_uuids_;  // ProgressModel::sessions row -> session uuid
  std::string deleted_uuid_;
  std::string deleted_text_;
  std::string open_notice_;
  ProgressModel model_;
  DayNumber today_ = 0;
  int goal_days_ = 5;
};

// How many sessions the list shows; `limber history` lists them all.
inline constexpr std::size_t kSessionListRows = 60;

}  // namespace limber
