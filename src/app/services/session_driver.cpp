#include "app/services/session_driver.hpp"

#include <algorithm>

#include "core/session/session_cues.hpp"

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
    case SessionControl::done: events = engine_.done(now); break;
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
  if (voice_ == nullptr) return session_cues(events, engine_, now, nullptr).cues;
  CuePlayer& player = voice_->player();
  const PhraseLength length = [&player](const std::string& text) { return player.voice_clip_length(text); };
  SessionCues cues = session_cues(events, engine_, now, &length);
  if (cues.closing_line) voice_->prepare_in_background(*cues.closing_line);
  return std::move(cues.cues);
}

void SessionDriver::record(const SessionEvents& events, Nanos fired) {
  if (recorder_ != nullptr) recorder_->update(engine_, events, fired);
  if (trace_ == nullptr) return;
  for (const SessionEvent& event : events) trace_->event(event, engine_.plan(), fired);
  record_played_cues();
}

void SessionDriver::record_played_cues() {
  if (trace_ == nullptr || player_ == nullptr) return;
  for (const PlayedCue& played : player_->take_played()) trace_->cue(played);
}

}  // namespace limber
