#pragma once
// What the session engine reports: one value per thing that happened, in order.

#include <string_view>

#include "core/base/clock.hpp"

namespace limber {

enum class SessionEventKind {
  session_started,
  phase_started,
  countdown_tick,     // count = 3, 2, 1 seconds left in a hold, timed step or get-ready countdown
  halfway,            // halfway through a hold of 20 s or more
  side_switched,      // the new phase is on the other side of the same exercise
  exercise_finished,  // exercise = the exercise that was left for the next one (or the end)
  session_finished,   // the plan ran to its end (completed)
  paused,             // automatic = true when the engine paused itself after a clock jump
  resumed,
  skipped,    // phase = the phase left; count = how many phases were skipped
  went_back,  // phase = the phase left
  stopped,    // ended early by the user
};

// The stable name used in traces: "phase_started", "countdown_tick", ...
[[nodiscard]] std::string_view session_event_key(SessionEventKind kind);

struct SessionEvent {
  SessionEventKind kind = SessionEventKind::session_started;
  Nanos scheduled{};  // when it belongs on the monotonic clock: the schedule's time, or `now` for controls
  int phase = -1;     // index into the plan's phases
  int exercise = -1;
  int count = 0;
  bool automatic = false;
  bool operator==(const SessionEvent&) const = default;
};

}  // namespace limber
