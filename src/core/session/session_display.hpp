#pragma once
// What the session screen shows at a moment, computed from the engine: every text and number the
// view draws, so the view itself holds no rules and the whole screen can be tested without ImGui.

#include <optional>
#include <string>

#include "core/routine/plan.hpp"
#include "core/session/pose_motion.hpp"
#include "core/session/session_engine.hpp"

namespace limber {

struct SessionDisplay {
  PhaseKind kind = PhaseKind::get_ready;
  std::string phase_word;      // "HOLD", "RELAX", "SWITCH SIDES", "GET READY", "NEXT UP", "BREATHE IN"...
  std::string exercise;        // "Calf ledge stretch"
  std::string instructions;
  std::string context;         // "Left leg · Rep 3 of 8"
  int countdown_seconds = 0;   // what the big number says: seconds left, rounded up (or, waiting
                               // for Done, the seconds the step has taken so far)
  bool until_done = false;     // a step that lasts until Done (PlannedPhase::until_done)
  bool done_available = false; // its minimum is over: Done ends it
  double phase_fraction = 0;   // 0..1 of the current phase done (the ring)
  double session_fraction = 0; // 0..1 of the whole session (the bar)
  std::string time_left;       // "1:45 left"
  std::string next;            // "Next: Relax · 0:05", or "Last one" at the end
  bool paused = false;
  double flash = 0;            // 1 right at a phase change, fading to 0 over the flash time
  FigureMoment figure{};       // the pose figure, if the exercise has one
};

// How long the background flashes in a new phase's colour.
inline constexpr Nanos kPhaseFlash = std::chrono::milliseconds{700};

[[nodiscard]] SessionDisplay describe_session(const SessionEngine& engine, Nanos now,
                                              std::optional<Nanos> phase_started_at);

// The big word for a phase: "HOLD", "RELAX", ...; custom phases use their own name.
[[nodiscard]] std::string phase_word(const PlannedPhase& phase);

// The session screen draws only as often as it changes visibly: when the countdown's number
// changes, when the ring has moved by a visible step (1/30 of the phase, never more often than
// every 50 ms), at 20 frames a second during the flash, and at 10 while the pose figure moves (a
// figure holding still costs nothing). nullopt: nothing moves (paused, over).
// `figure_shown`: false when the screen shows no moving figure (none loaded, or the user's own
// still picture instead), so that its easing asks for no frames.
[[nodiscard]] std::optional<Nanos> next_session_frame(const SessionEngine& engine, Nanos now, Nanos last_draw,
                                                      std::optional<Nanos> phase_started_at, bool figure_shown = true);

}  // namespace limber
