#pragma once
// The session engine: runs a plan against monotonic time and says what happens when.
//
// Pure and deterministic: every call takes `now` from the caller's clock and returns the events it
// caused, in order. Every boundary is computed as anchor + the plan's offset, where the anchor moves
// only by time spent paused and by skips, so nothing drifts however long the session.

#include <memory>
#include <optional>
#include <vector>

#include "core/base/clock.hpp"
#include "core/routine/plan.hpp"
#include "core/session/session_event.hpp"

namespace limber {

enum class SessionStatus { ready, running, paused, completed, stopped };

using SessionEvents = std::vector<SessionEvent>;

// What happens inside a phase besides its start: halfway through a hold of 20 s or more, and the
// 3-2-1 countdown at the end of holds, timed steps and the get-ready countdown.
struct PhaseMark {
  Nanos at;  // plan position
  SessionEventKind kind;
  int count;  // the countdown's number
};
[[nodiscard]] std::vector<PhaseMark> phase_marks(const PlannedPhase& phase);

struct SessionEngineSettings {
  // A deadline missed by more than this means the process did not run (suspend, SIGSTOP):
  // the engine pauses itself at the phase that was running instead of racing through the rest.
  Nanos clock_jump_limit = std::chrono::seconds{2};
  // Within this much of a rep's start, Back goes to the previous rep instead of restarting it.
  Nanos back_to_previous_within = std::chrono::seconds{1};
};

class SessionEngine {
 public:
  explicit SessionEngine(std::shared_ptr<const Plan> plan, SessionEngineSettings settings = {});

  SessionEvents start(Nanos now);
  SessionEvents update(Nanos now);  // emits everything due up to `now`
  SessionEvents pause(Nanos now);
  SessionEvents resume(Nanos now);
  SessionEvents toggle_pause(Nanos now);
  SessionEvents skip(Nanos now);           // to the start of the next phase
  SessionEvents back(Nanos now);           // restart this rep, or the previous one early in it
  SessionEvents skip_exercise(Nanos now);  // to the start of what follows this exercise
  SessionEvents stop(Nanos now);
  // Ends a step that lasts until Done (PlannedPhase::until_done) once its minimum has passed;
  // everything after it moves by the time it took. Does nothing at any other time.
  SessionEvents done(Nanos now);

  // What would happen up to `until` if nothing else does: for scheduling cues ahead of time.
  [[nodiscard]] SessionEvents preview(Nanos until) const;

  [[nodiscard]] const Plan& plan() const { return *plan_; }
  [[nodiscard]] SessionStatus status() const { return status_; }
  [[nodiscard]] bool is_over() const { return status_ == SessionStatus::completed || status_ == SessionStatus::stopped; }
  [[nodiscard]] int current_index() const { return current_; }  // -1 before start
  [[nodiscard]] const PlannedPhase* current_phase() const;
  [[nodiscard]] const PlannedPhase* next_phase() const;

  // The next moment something happens (a phase boundary, a countdown tick, halfway), or nullopt
  // while paused, before start and after the end: the caller may sleep until then.
  [[nodiscard]] std::optional<Nanos> next_deadline() const;

  // In a step until Done, past its minimum: waiting for the user (no deadline; the clock runs).
  [[nodiscard]] bool waiting_for_done() const { return waiting_; }
  // How long the current step has run beyond its minimum while waiting for Done.
  [[nodiscard]] Nanos overtime(Nanos now) const;
  [[nodiscard]] Nanos plan_position(Nanos now) const;  // where in the plan's timeline the session is
  [[nodiscard]] Nanos phase_elapsed(Nanos now) const;
  [[nodiscard]] Nanos phase_remaining(Nanos now) const;
  [[nodiscard]] Nanos total_remaining(Nanos now) const;
  [[nodiscard]] double progress(Nanos now) const;  // 0..1 through the plan
  [[nodiscard]] Nanos active_time(Nanos now) const;  // time running, not paused
  [[nodiscard]] Nanos skipped_time() const { return skipped_; }  // net: skips minus time replayed by Back
  [[nodiscard]] std::optional<Nanos> ended_at() const;
  // Phases that ran to their natural end (not skipped past, not cut by Stop).
  [[nodiscard]] const std::vector<bool>& completed_phases() const { return completed_; }

 private:
  using Mark = PhaseMark;

  [[nodiscard]] bool is_live() const { return status_ == SessionStatus::running || status_ == SessionStatus::paused; }
  [[nodiscard]] Nanos clock_or_pause(Nanos now) const;
  // The running phase; only while is_live() or right after entering a phase.
  [[nodiscard]] const PlannedPhase& live_phase() const { return plan_->phases[static_cast<std::size_t>(current_)]; }
  void advance(Nanos now, SessionEvents& out);
  void enter_phase(int index, Nanos scheduled, bool forward, SessionEvents& out);
  void finish(Nanos end_clock, SessionEvents& out);
  void jump_to(int target, Nanos now, SessionEvents& out);
  void settle_pause(Nanos now);
  [[nodiscard]] int rep_start(int index) const;
  void note(Nanos now);

  std::shared_ptr<const Plan> plan_;
  SessionEngineSettings settings_;
  SessionStatus status_ = SessionStatus::ready;
  int current_ = -1;
  Nanos anchor_{};  // clock time of plan position 0
  Nanos started_{};
  Nanos ended_{};
  Nanos pause_started_{};
  Nanos paused_total_{};
  Nanos skipped_{};
  Nanos last_seen_{};
  std::vector<Mark> marks_;
  std::size_t next_mark_ = 0;
  std::vector<bool> completed_;
  bool waiting_ = false;  // at the end of an until-done step's minimum, until Done
  Nanos waiting_since_{};  // clock time the waiting began (moved on by pauses)
};

}  // namespace limber
