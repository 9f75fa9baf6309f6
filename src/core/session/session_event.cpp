#include "core/session/session_event.hpp"

namespace limber {

std::string_view session_event_key(SessionEventKind kind) {
  switch (kind) {
    case SessionEventKind::session_started: return "session_started";
    case SessionEventKind::phase_started: return "phase_started";
    case SessionEventKind::countdown_tick: return "countdown_tick";
    case SessionEventKind::halfway: return "halfway";
    case SessionEventKind::side_switched: return "side_switched";
    case SessionEventKind::exercise_finished: return "exercise_finished";
    case SessionEventKind::session_finished: return "session_finished";
    case SessionEventKind::paused: return "paused";
    case SessionEventKind::resumed: return "resumed";
    case SessionEventKind::skipped: return "skipped";
    case SessionEventKind::went_back: return "went_back";
    case SessionEventKind::stopped: return "stopped";
  }
  return "unknown";
}

}  // namespace limber
