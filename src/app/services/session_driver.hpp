#pragma once
// Runs a session for a front end (the terminal and the window alike): feeds the engine the clock,
// hands cues to the player ahead of time so they sound on the frame, records the session, and
// writes the trace. What is recorded and said is decided in core (session_record.hpp, session_cues.hpp); the
// front end only sleeps until wake_at(), calls tick(), and passes the user's controls on.

#include <memory>
#include <optional>

#include "app/services/session_recorder.hpp"
#include "app/services/session_voice.hpp"
#include "app/services/trace_writer.hpp"
#include "audio/cue_player.hpp"
#include "core/base/clock.hpp"
#include "core/session/session_engine.hpp"

namespace limber {

enum class SessionControl { toggle_pause, skip, back, skip_exercise, stop, done };

class SessionDriver {
 public:
  // `player` and `trace` may be null (no sound device, muted, no trace asked for).
  SessionDriver(std::shared_ptr<const Plan> plan, const MonotonicClock& clock, CuePlayer* player, TraceWriter* trace);

  // Records the session in the history as it goes (optional; set before start()).
  void set_recorder(SessionRecorder* recorder) { recorder_ = recorder; }
  // Speaks the cues that have words (optional; prepared, and set before start()).
  void set_voice(SessionVoice* voice) { voice_ = voice; }
  // The sound device is closing (the session is over): no more cues, and no more reading them.
  void detach_player() {
    player_ = nullptr;
    voice_ = nullptr;
  }

  SessionEvents start();
  SessionEvents tick();
  SessionEvents control(SessionControl control);

  // Writes the cues the player has started since the last call to the trace (tick() does this
  // too; call it after the session ends so the closing chime is recorded).
  void record_played_cues();

  // When to call tick() next: just before a cue is due (to hand it over), else at the next deadline.
  [[nodiscard]] std::optional<Nanos> wake_at() const;
  [[nodiscard]] const SessionEngine& engine() const { return engine_; }
  [[nodiscard]] Nanos now() const { return clock_.now(); }

  // How far ahead cues are handed to the player: more than an audio buffer and a late wake-up.
  static constexpr Nanos kCueLookahead = std::chrono::milliseconds{60};

 private:
  void schedule_ahead(Nanos now);
  void schedule(const SessionEvents& events);
  void record(const SessionEvents& events, Nanos fired);
  // The tones for these events, with spoken phrases in place of the tones they have words for.
  [[nodiscard]] std::vector<Cue> cues_of(const SessionEvents& events, Nanos now);

  SessionEngine engine_;
  const MonotonicClock& clock_;
  CuePlayer* player_;
  TraceWriter* trace_;
  SessionRecorder* recorder_ = nullptr;
  SessionVoice* voice_ = nullptr;
  Nanos cues_scheduled_until_{};
};

}  // namespace limber
