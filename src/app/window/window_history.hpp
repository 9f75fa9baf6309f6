#pragma once
// The window's hold on the history: the store kept open while the window is, the sessions and
// the diary as last read, and the writes the screens make (a diary night, a deletion and its
// undo). Failures come back as words for the screen to show. Merging other devices' histories
// runs on a thread of its own, with a connection of its own: the window never waits for one (a
// hostile or huge file cost minutes on the window's thread once), and a Cramp now never waits for
// the history at all (the cramp is kept aside when it is busy).

#include <filesystem>
#include <future>
#include <optional>
#include <string>
#include <vector>

#include "app/services/data_export.hpp"
#include "app/services/history_sync.hpp"
#include "core/base/calendar.hpp"
#include "core/base/clock.hpp"
#include "core/base/expected.hpp"
#include "core/history/history_store.hpp"

namespace limber {

// How long the window's own writes wait for another process's lock.
inline constexpr std::chrono::milliseconds kWindowBusyWait{1000};

class WindowHistory {
 public:
  // Opens the history in the data folder; without one, notice() says why.
  void open(const std::optional<std::filesystem::path>& data_dir, const std::optional<std::filesystem::path>& sync_dir,
            WallTime now);
  // With a sync folder, starts merging the other devices' histories the first time it is called
  // (after the first frame: the window shows before they are read); true once a merge has ended
  // and the history was read again.
  bool finish_opening();
  ~WindowHistory();
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
  // Export's copy of the history (data_export.hpp).
  [[nodiscard]] Expected<ExportedFile, std::string> export_copy(DayNumber today);
  // Another device's history file (Import) merged in, on a connection of its own, as a merge
  // from the sync folder is: the window goes on meanwhile.
  void start_import(const std::filesystem::path& file);
  // Once that import has ended: what it did, or why it could not (and the history read again).
  [[nodiscard]] std::optional<Expected<ImportReport, std::string>> take_import();
  [[nodiscard]] bool importing() const { return importing_.valid(); }

  // With a sync folder: this device's history written there (after a session, and after each of
  // the writes above).
  void publish();
  // With a sync folder: starts merging another device's file that appeared or changed there;
  // true once a merge has ended and the history was read again.
  bool merge_if_changed();
  // The same, at most every kSyncPoll (where the folder cannot be watched).
  bool poll_sync(Nanos now);
  // When to look again: the next poll, or soon while a merge runs.
  [[nodiscard]] std::optional<Nanos> next_sync_poll(Nanos now) const;
  [[nodiscard]] bool merging() const { return merging_.valid(); }
  // True once a merge started earlier has ended (and the history was read again).
  bool take_merge();
  static constexpr Nanos kSyncPoll = std::chrono::seconds{10};
  static constexpr Nanos kMergeLook = std::chrono::milliseconds{100};

 private:
  struct MergeOutcome {
    std::string problem;  // why it could not merge (a file set aside, the folder gone); "" when it did
  };
  void start_merge();

  std::optional<HistoryStore> store_;
  std::optional<HistorySync> sync_;
  std::filesystem::path data_dir_;
  std::filesystem::path sync_dir_;
  std::future<MergeOutcome> merging_;
  std::future<Expected<ImportReport, std::string>> importing_;
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
