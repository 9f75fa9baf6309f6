#include "app/session_driver.hpp"

#include <algorithm>

#include "core/cues.hpp"
#include "core/session_summary.hpp"
#include "core/spoken_cues.hpp"

namespace limber {

SessionDriver::SessionDriver(std::shared_ptr<const Plan> plan, const MonotonicClock& clock, CuePlayer* player,
                             TraceWriter* trace)
    : engine_(std::move(plan)), clock_(clock), player_(player), trace_(trace) {}

SessionEvents SessionDriver::start() {
  const Nanos now = clock_.now();
  SessionEvents events = engine_.start(now);
  schedule(events);
  cues_scheduled_until_ = now;
  record(events, clock_.now());
  schedule_ahead(now);
  return events;
}

SessionEvents SessionDriver::tick() {
  const Nanos now = clock_.now();
  schedule_ahead(now);
  SessionEvents events = engine_.update(now);
  record(events, clock_.now());
  return events;
}

SessionEvents SessionDriver::control(SessionControl control) {
  const Nanos now = clock_.now();
  // First what was due anyway (its cues are already handed over), so that every cue below
  // comes from the control itself.
  schedule_ahead(now);
  SessionEvents due = engine_.update(now);
  record(due, clock_.now());

  SessionEvents events;
  switch (control) {
    case SessionControl::toggle_pause: events = engine_.toggle_pause(now); break;
    case SessionControl::skip: events = engine_.skip(now); break;
    case SessionControl::back: events = engine_.back(now); break;
    case SessionControl::skip_exercise: events = engine_.skip_exercise(now); break;
    case SessionControl::stop: events = engine_.stop(now); break;
  }
  // The schedule changed: cues handed over for what would have come next are void.
  if (player_ != nullptr) player_->cancel_after(now);
  cues_scheduled_until_ = now;
  schedule(events);
  record(events, clock_.now());
  schedule_ahead(now);
  due.insert(due.end(), events.begin(), events.end());
  return due;
}

std::optional<Nanos> SessionDriver::wake_at() const {
  const auto deadline = engine_.next_deadline();
  if (!deadline) return std::nullopt;
  // Not yet handed over: wake a look-ahead early (at once, if that has passed already).
  if (player_ != nullptr && *deadline > cues_scheduled_until_) return *deadline - kCueLookahead;
  return deadline;
}

void SessionDriver::schedule_ahead(Nanos now) {
  if (player_ == nullptr || engine_.status() != SessionStatus::running) return;
  const Nanos horizon = now + kCueLookahead;
  for (const Cue& cue : cues_of(engine_.preview(horizon), now)) {
    if (cue.scheduled > cues_scheduled_until_) player_->schedule(cue);
  }
  cues_scheduled_until_ = std::max(cues_scheduled_until_, horizon);
}

void SessionDriver::schedule(const SessionEvents& events) {
  if (player_ == nullptr) return;
  for (const Cue& cue : cues_of(events, clock_.now())) player_->schedule(cue);
}

std::vector<Cue> SessionDriver::cues_of(const SessionEvents& events, Nanos now) {
  std::vector<Cue> cues = cues_for(events, engine_.plan());
  if (voice_ == nullptr) return cues;
  const Plan& plan = engine_.plan();
  // The closing line says the time really spent: made when the last phase starts, if the
  // session went other than planned (skips).
  const Seconds spent = std::chrono::round<Seconds>(summarize(engine_, now).active +
                                                    (engine_.current_phase() != nullptr
                                                         ? std::chrono::duration_cast<Nanos>(engine_.current_phase()->end()) -
                                                               engine_.plan_position(now)
                                                         : Nanos{0}));
  for (const SessionEvent& event : events) {
    if (event.kind == SessionEventKind::phase_started && event.phase + 1 == static_cast<int>(plan.phases.size())) {
      (void)voice_->prepare_phrase(phrase_options(SessionEvent{.kind = SessionEventKind::session_finished}, plan, spent).front());
    }
  }
  CuePlayer& player = voice_->player();
  const auto spoken = spoken_cues_for(events, plan, spent, [&player](const std::string& text) {
    return player.voice_clip_length(text);
  });
  for (const Cue& words : spoken) {
    const auto tone = std::find_if(cues.begin(), cues.end(), [&](const Cue& c) { return c.scheduled == words.scheduled; });
    if (tone != cues.end()) {
      *tone = words;
    } else {
      cues.push_back(words);
    }
  }
  std::sort(cues.begin(), cues.end(), [](const Cue& a, const Cue& b) { return a.scheduled < b.scheduled; });
  return cues;
}

void SessionDriver::record(const SessionEvents& events, Nanos fired) {
  if (recorder_ != nullptr) {
    const bool changed = std::any_of(events.begin(), events.end(), [](const SessionEvent& e) {
      return e.kind == SessionEventKind::phase_started || e.kind == SessionEventKind::session_finished ||
             e.kind == SessionEventKind::stopped || e.kind == SessionEventKind::paused;
    });
    if (changed) recorder_->update(engine_, fired);
  }
  if (trace_ == nullptr) return;
  for (const SessionEvent& event : events) trace_->event(event, engine_.plan(), fired);
  record_played_cues();
}

void SessionDriver::record_played_cues() {
  if (trace_ == nullptr || player_ == nullptr) return;
  for (const PlayedCue& played : player_->take_played()) trace_->cue(played);
}

}  // namespace limber
