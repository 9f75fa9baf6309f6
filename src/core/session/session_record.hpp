#pragma once
// What a running session writes to the history, decided here so that every front end (the
// window, the terminal) does the same: which events change the record, and what it says. What
// the session sounds like is session_cues.hpp.

#include <chrono>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/base/clock.hpp"
#include "core/history/records.hpp"
#include "core/session/session_engine.hpp"

namespace limber {

// Whether these events change what the history says of the session: a phase began (so the reps
// done moved on), it paused (a crash now loses nothing), or it ended. Ticks, halfway marks and
// the like change nothing and are not written.
[[nodiscard]] bool changes_session_record(std::span<const SessionEvent> events);

struct SessionRecordStart {
  std::string uuid;
  std::string routine_name;
  std::string routine_file;  // absolute; empty for a routine tried from the editor before it is saved
  std::string routine_hash;  // of the file's bytes (or of the unsaved routine's YAML)
  std::optional<int> reps{};
  std::chrono::system_clock::time_point started{};
};

// The record of a session as it starts: in progress, nothing done yet.
[[nodiscard]] SessionRecord new_session_record(const SessionRecordStart& start, const Plan& plan);

// The record brought up to date with the engine at `now`; once the session is over, its outcome
// and end time (`wall_now`).
void update_session_record(SessionRecord& record, const SessionEngine& engine, Nanos now,
                           std::chrono::system_clock::time_point wall_now);

}  // namespace limber
