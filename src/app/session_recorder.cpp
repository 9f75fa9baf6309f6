#include "app/session_recorder.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "core/history_folder.hpp"
#include "core/record_ids.hpp"
#include "core/routine_draft.hpp"
#include "core/session_summary.hpp"

namespace limber {

std::unique_ptr<SessionRecorder> SessionRecorder::open(const std::optional<std::filesystem::path>& data_dir) {
  if (!data_dir) {
    fmt::print(stderr, "limber: no data folder (HOME is not set): this session is not recorded.\n");
    return nullptr;
  }
  auto opened = open_history(*data_dir, std::chrono::system_clock::now());
  if (!opened) {
    fmt::print(stderr, "limber: {}; this session is not recorded.\n", opened.error());
    return nullptr;
  }
  if (!opened->notice.empty()) fmt::print(stderr, "limber: {}\n", opened->notice);
  if (opened->store.read_only()) return nullptr;
  return std::unique_ptr<SessionRecorder>(new SessionRecorder(std::move(opened->store)));
}

void SessionRecorder::start(const ResolvedRoutine& routine, const Plan& plan, std::optional<int> reps) {
  std::ifstream in(routine.file, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  const auto now = std::chrono::system_clock::now();
  record_ = SessionRecord{};
  record_.uuid = new_uuid();
  record_.routine_name = plan.routine_name;
  // A routine tried from the editor before it is saved has no file: its text is what it is.
  record_.routine_file = routine.file.empty() ? std::string() : std::filesystem::absolute(routine.file).string();
  record_.routine_hash = content_hash(routine.file.empty() ? routine_to_yaml(routine.routine) : bytes.str());
  record_.started_utc = utc_timestamp(now);
  record_.local_date = local_date(now);
  record_.planned_seconds = plan.total.count();
  if (reps) record_.reps_target = *reps;
  save();
}

void SessionRecorder::update(const SessionEngine& engine, Nanos now) {
  const SessionSummary summary = summarize(engine, now);
  const Plan& plan = engine.plan();
  record_.active_seconds = std::chrono::duration_cast<std::chrono::seconds>(summary.active).count();
  record_.reps.clear();
  for (const RepsDone& row : summary.reps) {
    record_.reps.push_back(RepsRecord{row.exercise, plan.exercises[static_cast<std::size_t>(row.exercise)].name,
                                      row.side ? std::string(side_key(*row.side)) : std::string(), row.done, row.target});
  }
  if (engine.is_over()) {
    record_.outcome = engine.status() == SessionStatus::completed ? SessionOutcome::completed : SessionOutcome::stopped;
    record_.ended_utc = utc_timestamp(std::chrono::system_clock::now());
  }
  save();
}

SessionRecorder::SessionRecorder(HistoryStore store) : store_(std::move(store)), writer_([this] { write_loop(); }) {}

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
