#pragma once
// What a running session causes besides its picture, decided here so that every front end (the
// window, the terminal) does the same: which events are written to the history and what the
// record says, what the closing line says, and which tone a spoken phrase takes the place of.

#include <chrono>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/cues.hpp"
#include "core/history_store.hpp"
#include "core/session_engine.hpp"

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

// The time spent the closing line will say: the active time so far plus all the plan has left
// (a skip made earlier shortens it; the plan's total otherwise).
[[nodiscard]] Seconds closing_time_spent(const SessionEngine& engine, Nanos now);

// The closing line to make ready now: when `events` start the last phase, the line with the time
// that will have been spent, so it can be synthesised before the session ends.
[[nodiscard]] std::optional<std::string> closing_phrase_to_prepare(std::span<const SessionEvent> events,
                                                                   const SessionEngine& engine, Nanos now);

// The tones, each replaced by the spoken cue at the same instant (a spoken cue with no tone at
// its instant is added), in time order.
[[nodiscard]] std::vector<Cue> with_spoken_cues(std::vector<Cue> tones, const std::vector<Cue>& spoken);

}  // namespace limber
