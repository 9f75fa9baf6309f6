#pragma once
// The window's hold on the history: the store kept open while the window is, the sessions and
// the diary as last read, and the writes the screens make (a diary night, a deletion and its
// undo). Failures come back as words for the screen to show.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "app/history_sync.hpp"
#include "core/calendar.hpp"
#include "core/clock.hpp"
#include "core/expected.hpp"
#include "core/history_store.hpp"

namespace limber {

class WindowHistory {
 public:
  // Opens the history in the data folder; without one, notice() says why.
  void open(const std::optional<std::filesystem::path>& data_dir, const std::optional<std::filesystem::path>& sync_dir,
            WallTime now);
  // With a sync folder, merges the other devices' histories the first time it is called (after
  // the first frame: the window shows before they are read); true when it did.
  bool finish_opening();
  // Reads the sessions and the diary again.
  void refresh();

  [[nodiscard]] const std::vector<SessionRecord>& sessions() const { return sessions_; }
  [[nodiscard]] const std::vector<DiaryEntry>& diary() const { return diary_; }
  [[nodiscard]] const std::vector<CrampEvent>& cramp_events() const { return cramp_events_; }
  [[nodiscard]] const TriedDays& tried() const { return tried_; }

  [[nodiscard]] bool can_write() const { return store_ && !store_->read_only(); }
  // Why the history cannot be used or read, if it cannot; else empty.
  [[nodiscard]] const std::string& notice() const { return notice_; }

  [[nodiscard]] std::optional<DiaryEntry> diary_entry(DayNumber night) const;
  // Each writes, then reads the history again.
  // A night's entry, if it keeps the diary's rules (diary_rules.hpp) for `today`.
  [[nodiscard]] Expected<void, std::string> save_diary_entry(const DiaryEntry& entry, DayNumber today);
  // False when that night had no entry.
  [[nodiscard]] Expected<bool, std::string> delete_diary_entry(DayNumber night);
  [[nodiscard]] Expected<void, std::string> delete_session(const std::string& uuid);
  // A cramp met with the Cramp-now button, counted in its night (HistoryStore::record_cramp).
  [[nodiscard]] Expected<DiaryEntry, std::string> record_cramp(const CrampEvent& event);
  [[nodiscard]] Expected<void, std::string> set_tried(DayNumber day, const std::string& item, bool done);
  [[nodiscard]] Expected<void, std::string> restore_session(const std::string& uuid);

  // With a sync folder: this device's history written there (after a session, and after each of
  // the writes above).
  void publish();
  // With a sync folder: merges another device's file that appeared or changed there, and reads
  // the history again; true when it did.
  bool merge_if_changed();
  // The same, at most every kSyncPoll (where the folder cannot be watched).
  bool poll_sync(Nanos now);
  [[nodiscard]] std::optional<Nanos> next_sync_poll() const;
  static constexpr Nanos kSyncPoll = std::chrono::seconds{10};

 private:
  std::optional<HistoryStore> store_;
  std::optional<HistorySync> sync_;
  bool first_merge_due_ = false;
  Nanos next_sync_poll_{};
  std::vector<SessionRecord> sessions_;
  std::vector<DiaryEntry> diary_;
  std::vector<CrampEvent> cramp_events_;
  TriedDays tried_;
  std::string open_notice_;
  std::string notice_;
};

}  // namespace limber
