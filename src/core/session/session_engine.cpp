#include "core/session/session_engine.hpp"

#include <algorithm>

namespace limber {
namespace {

constexpr Nanos kSecond = std::chrono::seconds{1};
constexpr Nanos kHalfwayMinimum = std::chrono::seconds{20};
constexpr int kCountdownSeconds = 3;

Nanos to_nanos(Seconds s) { return std::chrono::duration_cast<Nanos>(s); }

bool counts_down(PhaseKind kind) {
  return kind == PhaseKind::hold || kind == PhaseKind::timed || kind == PhaseKind::get_ready;
}

}  // namespace

std::vector<PhaseMark> phase_marks(const PlannedPhase& phase) {
  std::vector<PhaseMark> marks;
  if (phase.until_done) return marks;  // no halfway and no 3-2-1: it ends when the user says
  const Nanos start = to_nanos(phase.start);
  const Nanos end = to_nanos(phase.end());
  if (phase.kind == PhaseKind::hold && to_nanos(phase.duration) >= kHalfwayMinimum) {
    marks.push_back({start + to_nanos(phase.duration) / 2, SessionEventKind::halfway, 0});
  }
  if (counts_down(phase.kind)) {
    for (int left = kCountdownSeconds; left >= 1; --left) {
      const Nanos at = end - left * kSecond;
      if (at > start) marks.push_back({at, SessionEventKind::countdown_tick, left});
    }
  }
  std::stable_sort(marks.begin(), marks.end(), [](const PhaseMark& a, const PhaseMark& b) { return a.at < b.at; });
  return marks;
}

SessionEngine::SessionEngine(std::shared_ptr<const Plan> plan, SessionEngineSettings settings)
    : plan_(std::move(plan)), settings_(settings), completed_(plan_->phases.size(), false) {}

const PlannedPhase* SessionEngine::current_phase() const {
  if (current_ < 0 || current_ >= static_cast<int>(plan_->phases.size())) return nullptr;
  return &plan_->phases[static_cast<std::size_t>(current_)];
}

const PlannedPhase* SessionEngine::next_phase() const {
  const int next = current_ + 1;
  if (next <= 0 || next >= static_cast<int>(plan_->phases.size()) || is_over()) return nullptr;
  return &plan_->phases[static_cast<std::size_t>(next)];
}

Nanos SessionEngine::clock_or_pause(Nanos now) const {
  if (status_ == SessionStatus::paused) return pause_started_;
  if (is_over()) return ended_;
  return now;
}

Nanos SessionEngine::overtime(Nanos now) const {
  if (!waiting_) return Nanos{0};
  return std::max(Nanos{0}, clock_or_pause(now) - waiting_since_);
}

Nanos SessionEngine::plan_position(Nanos now) const {
  if (status_ == SessionStatus::ready) return Nanos{0};
  if (waiting_ && is_live()) return to_nanos(live_phase().end());  // the plan waits with the user
  return std::clamp(clock_or_pause(now) - anchor_, Nanos{0}, to_nanos(plan_->total));
}

Nanos SessionEngine::phase_elapsed(Nanos now) const {
  const PlannedPhase* phase = current_phase();
  if (phase == nullptr) return Nanos{0};
  return std::clamp(plan_position(now) - to_nanos(phase->start), Nanos{0}, to_nanos(phase->duration));
}

Nanos SessionEngine::phase_remaining(Nanos now) const {
  const PlannedPhase* phase = current_phase();
  if (phase == nullptr || is_over()) return Nanos{0};
  return to_nanos(phase->duration) - phase_elapsed(now);
}

Nanos SessionEngine::total_remaining(Nanos now) const {
  if (is_over()) return Nanos{0};
  return to_nanos(plan_->total) - plan_position(now);
}

double SessionEngine::progress(Nanos now) const {
  if (status_ == SessionStatus::completed) return 1.0;
  const auto total = to_nanos(plan_->total).count();
  return total <= 0 ? 0.0 : static_cast<double>(plan_position(now).count()) / static_cast<double>(total);
}

Nanos SessionEngine::active_time(Nanos now) const {
  if (status_ == SessionStatus::ready) return Nanos{0};
  const Nanos end = is_over() ? ended_ : now;
  const Nanos paused_now = status_ == SessionStatus::paused ? end - pause_started_ : Nanos{0};
  return end - started_ - paused_total_ - paused_now;
}

std::optional<Nanos> SessionEngine::ended_at() const {
  if (!is_over()) return std::nullopt;
  return ended_;
}

std::optional<Nanos> SessionEngine::next_deadline() const {
  if (status_ != SessionStatus::running || waiting_) return std::nullopt;
  if (next_mark_ < marks_.size()) return anchor_ + marks_[next_mark_].at;
  return anchor_ + to_nanos(live_phase().end());
}

void SessionEngine::note(Nanos now) { last_seen_ = std::max(last_seen_, now); }

SessionEvents SessionEngine::start(Nanos now) {
  SessionEvents out;
  if (status_ != SessionStatus::ready) return out;
  status_ = SessionStatus::running;
  started_ = anchor_ = now;
  note(now);
  out.push_back({.kind = SessionEventKind::session_started, .scheduled = now});
  if (plan_->phases.empty()) {
    finish(now, out);
    return out;
  }
  enter_phase(0, now, true, out);
  advance(now, out);
  return out;
}

SessionEvents SessionEngine::update(Nanos now) {
  SessionEvents out;
  if (status_ == SessionStatus::running) {
    const auto deadline = next_deadline();
    if (deadline && now - *deadline > settings_.clock_jump_limit) {
      // The process did not run for a while: stop where we last saw it running.
      advance(last_seen_, out);
      if (const auto missed = next_deadline()) {
        status_ = SessionStatus::paused;
        pause_started_ = std::min(last_seen_, *missed);
        out.push_back({.kind = SessionEventKind::paused, .scheduled = pause_started_, .phase = current_, .automatic = true});
      }
      note(now);
      return out;
    }
    advance(now, out);
  }
  note(now);
  return out;
}

SessionEvents SessionEngine::preview(Nanos until) const {
  SessionEngine copy = *this;
  SessionEvents out;
  if (copy.status_ == SessionStatus::running) copy.advance(until, out);
  return out;
}

void SessionEngine::advance(Nanos now, SessionEvents& out) {
  while (status_ == SessionStatus::running) {
    const Nanos position = now - anchor_;
    if (next_mark_ < marks_.size() && marks_[next_mark_].at <= position) {
      const Mark& mark = marks_[next_mark_++];
      out.push_back({.kind = mark.kind, .scheduled = anchor_ + mark.at, .phase = current_, .count = mark.count});
      continue;
    }
    const Nanos end = to_nanos(live_phase().end());
    if (end > position) return;
    if (live_phase().until_done) {
      // Its minimum is over: the clock runs on, the plan waits for Done.
      if (!waiting_) {
        waiting_ = true;
        waiting_since_ = anchor_ + end;
      }
      return;
    }
    completed_[static_cast<std::size_t>(current_)] = true;
    if (current_ + 1 == static_cast<int>(plan_->phases.size())) {
      finish(anchor_ + end, out);
      return;
    }
    enter_phase(current_ + 1, anchor_ + end, true, out);
  }
}

void SessionEngine::enter_phase(int index, Nanos scheduled, bool forward, SessionEvents& out) {
  const PlannedPhase* previous = current_phase();
  current_ = index;
  const PlannedPhase& phase = live_phase();
  if (forward && previous != nullptr && previous->exercise >= 0 && previous->exercise != phase.exercise) {
    out.push_back({.kind = SessionEventKind::exercise_finished, .scheduled = scheduled, .phase = index,
                   .exercise = previous->exercise});
  }
  out.push_back({.kind = SessionEventKind::phase_started, .scheduled = scheduled, .phase = index,
                 .exercise = phase.exercise});
  if (previous != nullptr && previous->exercise == phase.exercise && previous->side && phase.side &&
      *previous->side != *phase.side) {
    out.push_back({.kind = SessionEventKind::side_switched, .scheduled = scheduled, .phase = index,
                   .exercise = phase.exercise});
  }

  marks_ = phase_marks(phase);
  next_mark_ = 0;
  waiting_ = false;
}

void SessionEngine::finish(Nanos end_clock, SessionEvents& out) {
  const PlannedPhase* last = current_phase();
  if (last != nullptr && last->exercise >= 0) {
    out.push_back({.kind = SessionEventKind::exercise_finished, .scheduled = end_clock, .phase = current_,
                   .exercise = last->exercise});
  }
  status_ = SessionStatus::completed;
  ended_ = end_clock;
  waiting_ = false;
  marks_.clear();
  next_mark_ = 0;
  out.push_back({.kind = SessionEventKind::session_finished, .scheduled = end_clock, .phase = current_});
}

SessionEvents SessionEngine::pause(Nanos now) {
  SessionEvents out;
  advance(now, out);
  if (status_ == SessionStatus::running) {
    status_ = SessionStatus::paused;
    pause_started_ = now;
    out.push_back({.kind = SessionEventKind::paused, .scheduled = now, .phase = current_});
  }
  note(now);
  return out;
}

// Accounts for the pause so far as if it ended `now`: the plan position stays where it was.
void SessionEngine::settle_pause(Nanos now) {
  if (status_ != SessionStatus::paused) return;
  const Nanos paused_for = now - pause_started_;
  anchor_ += paused_for;
  paused_total_ += paused_for;
  if (waiting_) waiting_since_ += paused_for;
  pause_started_ = now;
}

SessionEvents SessionEngine::resume(Nanos now) {
  SessionEvents out;
  if (status_ == SessionStatus::paused) {
    settle_pause(now);
    status_ = SessionStatus::running;
    out.push_back({.kind = SessionEventKind::resumed, .scheduled = now, .phase = current_});
  }
  note(now);
  return out;
}

SessionEvents SessionEngine::toggle_pause(Nanos now) {
  return status_ == SessionStatus::paused ? resume(now) : pause(now);
}

// Moves the session to the start of phase `target` (or the end, when target is past the last
// phase), counting the jump as skipped time (negative when going back).
void SessionEngine::jump_to(int target, Nanos now, SessionEvents& out) {
  const Nanos position = plan_position(now);
  const int phases = static_cast<int>(plan_->phases.size());
  const Nanos target_position =
      target >= phases ? to_nanos(plan_->total) : to_nanos(plan_->phases[static_cast<std::size_t>(target)].start);
  skipped_ += target_position - position;
  if (target >= phases) {
    settle_pause(now);
    anchor_ = now - target_position;
    finish(now, out);
    return;
  }
  anchor_ = clock_or_pause(now) - target_position;
  enter_phase(target, now, target > current_, out);
}

SessionEvents SessionEngine::skip(Nanos now) {
  SessionEvents out;
  advance(now, out);
  if (is_live()) {
    out.push_back({.kind = SessionEventKind::skipped, .scheduled = now, .phase = current_, .count = 1});
    jump_to(current_ + 1, now, out);
  }
  note(now);
  return out;
}

SessionEvents SessionEngine::skip_exercise(Nanos now) {
  SessionEvents out;
  advance(now, out);
  if (is_live()) {
    const PlannedPhase& phase = live_phase();
    int target = current_ + 1;
    // From the get-ready countdown or a transition (which introduces the next exercise), this is a
    // plain skip; inside an exercise it skips to whatever follows the exercise.
    if (phase.kind != PhaseKind::get_ready && phase.kind != PhaseKind::transition) {
      while (target < static_cast<int>(plan_->phases.size()) &&
             plan_->phases[static_cast<std::size_t>(target)].exercise == phase.exercise) {
        ++target;
      }
    }
    out.push_back({.kind = SessionEventKind::skipped, .scheduled = now, .phase = current_, .count = target - current_});
    jump_to(target, now, out);
  }
  note(now);
  return out;
}

int SessionEngine::rep_start(int index) const {
  const PlannedPhase& phase = plan_->phases[static_cast<std::size_t>(index)];
  if (!phase.rep) return index;
  int first = index;
  while (first > 0) {
    const PlannedPhase& before = plan_->phases[static_cast<std::size_t>(first - 1)];
    if (before.exercise != phase.exercise || before.side != phase.side || before.set != phase.set ||
        before.rep != phase.rep) {
      break;
    }
    --first;
  }
  return first;
}

SessionEvents SessionEngine::back(Nanos now) {
  SessionEvents out;
  advance(now, out);
  if (is_live()) {
    int target = rep_start(current_);
    const Nanos into_rep = plan_position(now) - to_nanos(plan_->phases[static_cast<std::size_t>(target)].start);
    if (into_rep < settings_.back_to_previous_within && target > 0) target = rep_start(target - 1);
    out.push_back({.kind = SessionEventKind::went_back, .scheduled = now, .phase = current_});
    jump_to(target, now, out);
  }
  note(now);
  return out;
}

SessionEvents SessionEngine::done(Nanos now) {
  SessionEvents out;
  advance(now, out);
  if (status_ == SessionStatus::running && waiting_) {
    anchor_ += now - waiting_since_;  // what follows starts now, not when the minimum ended
    waiting_ = false;
    completed_[static_cast<std::size_t>(current_)] = true;
    if (current_ + 1 == static_cast<int>(plan_->phases.size())) {
      finish(now, out);
    } else {
      enter_phase(current_ + 1, now, true, out);
      advance(now, out);
    }
  }
  note(now);
  return out;
}

SessionEvents SessionEngine::stop(Nanos now) {
  SessionEvents out;
  advance(now, out);
  if (is_live()) {
    settle_pause(now);
    status_ = SessionStatus::stopped;
    ended_ = now;
    waiting_ = false;
    marks_.clear();
    next_mark_ = 0;
    out.push_back({.kind = SessionEventKind::stopped, .scheduled = now, .phase = current_});
  }
  note(now);
  return out;
}

}  // namespace limber
