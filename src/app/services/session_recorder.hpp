#pragma once
// Records a running session in the history store as it goes: a row when it starts (in progress),
// updated at every phase change, finished when it ends. A crash loses at most the running phase.
// The writes (each flushed to disk, to survive a power cut) happen on a thread of their own, so
// a slow disk never holds up the session's timing (in the browser, which has no threads, they
// happen as the main loop's steps, into the page's storage). When the history cannot take the session
// (locked, disk full, read-only), the session is kept aside instead (pending_sessions.hpp) and
// goes into the history the next time it opens.

#include <atomic>
#include <filesystem>
#include <memory>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

#include "app/services/app_context.hpp"
#include "core/base/clock.hpp"
#include "core/history/history_store.hpp"
#include "core/session/session_engine.hpp"

namespace limber {

class SessionRecorder {
 public:
  // The store in the data folder (sessions kept aside earlier are moved into it). Null, with one
  // notice on stderr, only without a data folder: sessions then run unrecorded rather than not at all.
  [[nodiscard]] static std::unique_ptr<SessionRecorder> open(const std::optional<std::filesystem::path>& data_dir,
                                                              const WallClock& wall);

  ~SessionRecorder();  // writes what is still pending
  SessionRecorder(const SessionRecorder&) = delete;
  SessionRecorder& operator=(const SessionRecorder&) = delete;

  void start(const ResolvedRoutine& routine, const Plan& plan, std::optional<int> reps);
  // Writes the session as it stands when `events` change what the history says of it
  // (session_record.hpp); other events write nothing.
  void update(const SessionEngine& engine, const SessionEvents& events, Nanos now);
  [[nodiscard]] const SessionRecord& record() const { return record_; }
  // Returns once everything handed over so far is written.
  void flush();
  // The session is kept aside (pending_sessions.hpp), not in the history yet.
  [[nodiscard]] bool kept_aside() const { return kept_aside_; }

 private:
  SessionRecorder(std::optional<HistoryStore> store, std::filesystem::path data_dir, const WallClock& wall);
  void save();
  void write_loop();
  void write_pending(std::unique_lock<std::mutex>& lock);

  std::optional<HistoryStore> store_;  // used by the writer thread only; none: every session is kept aside
  std::filesystem::path data_dir_;
  const WallClock& wall_;
  SessionRecord record_;

  std::mutex mutex_;
  std::condition_variable wake_;
  std::optional<SessionRecord> pending_;  // only the newest state matters
  bool writing_ = false;
  bool stopping_ = false;
  std::atomic<bool> kept_aside_{false};  // this session: from its first failed write to its end
  bool failed_ = false;     // said once; then quiet
  bool said_kept_ = false;  // "kept aside", said once a session
  std::thread writer_;  // none without threads (platform/threads.hpp)
};

}  // namespace limber
