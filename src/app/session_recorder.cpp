#include "app/session_recorder.hpp"

#include <fmt/format.h>

#include <cstdio>

#include "core/history_folder.hpp"
#include "core/record_ids.hpp"
#include "core/routine_draft.hpp"
#include "core/session_effects.hpp"

namespace limber {

std::unique_ptr<SessionRecorder> SessionRecorder::open(const std::optional<std::filesystem::path>& data_dir,
                                                       const WallClock& wall) {
  if (!data_dir) {
    fmt::print(stderr, "limber: no data folder (HOME is not set): this session is not recorded.\n");
    return nullptr;
  }
  auto opened = open_history(*data_dir, wall.now());
  if (!opened) {
    fmt::print(stderr, "limber: {}; this session is not recorded.\n", opened.error());
    return nullptr;
  }
  if (!opened->notice.empty()) fmt::print(stderr, "limber: {}\n", opened->notice);
  if (opened->store.read_only()) return nullptr;
  return std::unique_ptr<SessionRecorder>(new SessionRecorder(std::move(opened->store), wall));
}

void SessionRecorder::start(const ResolvedRoutine& routine, const Plan& plan, std::optional<int> reps) {
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

SessionRecorder::SessionRecorder(HistoryStore store, const WallClock& wall)
    : store_(std::move(store)), wall_(wall), writer_([this] { write_loop(); }) {}

SessionRecorder::~SessionRecorder() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  writer_.join();
}

void SessionRecorder::save() {
  {
    const std::lock_guard lock(mutex_);
    pending_ = record_;
  }
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
    const SessionRecord record = std::move(*pending_);
    pending_.reset();
    writing_ = true;
    lock.unlock();
    const auto saved = store_.save_session(record);
    lock.lock();
    writing_ = false;
    if (!saved && !failed_) {
      failed_ = true;
      fmt::print(stderr, "limber: cannot record the session ({}); it goes on unrecorded.\n", saved.error());
    }
    wake_.notify_all();
  }
}

}  // namespace limber
