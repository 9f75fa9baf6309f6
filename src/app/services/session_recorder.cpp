#include "app/services/session_recorder.hpp"

#include <fmt/format.h>

#include <cstdio>

#include "app/services/history_access.hpp"
#include "app/services/pending_sessions.hpp"
#include "core/base/record_ids.hpp"
#include "core/base/translate.hpp"
#include "core/routine/routine_yaml.hpp"
#include "core/session/session_record.hpp"
#include "platform/threads.hpp"

namespace limber {

std::unique_ptr<SessionRecorder> SessionRecorder::open(const std::optional<std::filesystem::path>& data_dir,
                                                       const WallClock& wall) {
  if (!data_dir) {
    fmt::print(stderr, "{}", tr("limber: no data folder (HOME is not set): this session is not recorded.\n"));
    return nullptr;
  }
  // Opened without waiting for a busy history (another Limber writing): the session starts at
  // once and is kept aside instead. Its own writes, on the writer thread, may wait longer.
  auto opened = open_history_with_pending(*data_dir, wall.now(), PageCheck::check, kUrgentBusyWait);
  std::optional<HistoryStore> store;
  if (!opened) {
    fmt::print(stderr, "limber: {}\n", opened.error());
  } else {
    if (!opened->notice.empty()) fmt::print(stderr, "limber: {}\n", opened->notice);
    if (!opened->store.read_only()) {
      opened->store.set_busy_wait(kHistoryBusyWait);
      store = std::move(opened->store);
    }
  }
  return std::unique_ptr<SessionRecorder>(new SessionRecorder(std::move(store), *data_dir, wall));
}

void SessionRecorder::start(const ResolvedRoutine& routine, const Plan& plan, std::optional<int> reps) {
  flush();  // the last session's writes, before this one's state is reset
  {
    const std::lock_guard lock(mutex_);
    kept_aside_ = !store_;
    failed_ = false;
    said_kept_ = false;
  }
  // A routine tried from the editor before it is saved has no file: its text is what it is.
  const bool unsaved = routine.file.empty();
  record_ = new_session_record(
      SessionRecordStart{.uuid = new_uuid(),
                         .routine_name = plan.routine_name,
                         .routine_file = unsaved ? std::string() : std::filesystem::absolute(routine.file).string(),
                         .routine_hash = unsaved ? content_hash(routine_to_yaml(routine.routine)) : routine.facts.content_hash,
                         .reps = reps,
                         .started = wall_.now()},
      plan);
  save();
}

void SessionRecorder::update(const SessionEngine& engine, const SessionEvents& events, Nanos now) {
  if (!changes_session_record(events)) return;
  update_session_record(record_, engine, now, wall_.now());
  save();
}

SessionRecorder::SessionRecorder(std::optional<HistoryStore> store, std::filesystem::path data_dir, const WallClock& wall)
    : store_(std::move(store)), data_dir_(std::move(data_dir)), wall_(wall) {
  if (threads_available()) writer_ = std::thread([this] { write_loop(); });
}

SessionRecorder::~SessionRecorder() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (writer_.joinable()) writer_.join();
}

void SessionRecorder::save() {
  std::unique_lock lock(mutex_);
  pending_ = record_;
  if (!writer_.joinable()) {
    write_pending(lock);  // no threads (the browser): written now, as a step of the main loop
    return;
  }
  lock.unlock();
  wake_.notify_all();
}

void SessionRecorder::flush() {
  std::unique_lock lock(mutex_);
  wake_.wait(lock, [this] { return !pending_ && !writing_; });
}

void SessionRecorder::write_loop() {
  std::unique_lock lock(mutex_);
  for (;;) {
    wake_.wait(lock, [this] { return pending_ || stopping_; });
    if (!pending_) return;  // stopping, and nothing left to write
    write_pending(lock);
  }
}

// Called with `lock` held; writes the newest state, with the lock let go while the disk works.
void SessionRecorder::write_pending(std::unique_lock<std::mutex>& lock) {
  const SessionRecord record = std::move(*pending_);
  pending_.reset();
  writing_ = true;
  bool aside = kept_aside_;
  lock.unlock();
  // Once kept aside, a session stays aside to its end: the history must never be given an
  // older state of it after a newer one went to the pending file.
  std::string why;
  if (!aside) {
    if (auto saved = store_->save_session(record); !saved) {
      aside = true;
      why = saved.error();
    }
  }
  std::optional<Expected<std::filesystem::path, std::string>> kept;
  if (aside) kept = keep_pending_session(data_dir_, record);
  lock.lock();
  writing_ = false;
  if (aside && !*kept && !failed_) {
    failed_ = true;
    fmt::print(stderr, "{}", format(tr("limber: cannot record the session{0}, nor keep it aside ({1}); it goes on unrecorded.\n"),
               why.empty() ? "" : fmt::format(" ({})", why), kept->error()));
  } else if (aside && *kept && !said_kept_) {
    said_kept_ = true;
    fmt::print(stderr,
               "{}", format(tr("limber: the history cannot take this session{0}; it is kept in {1} and goes into the history the next "
               "time it opens.\n"),
               why.empty() ? "" : fmt::format(" ({})", why), kept->value().string()));
  }
  kept_aside_ = aside;
  wake_.notify_all();
}

}  // namespace limber
