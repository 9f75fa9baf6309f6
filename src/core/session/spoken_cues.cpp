#include "core/session/spoken_cues.hpp"

#include <algorithm>

#include "core/session/session_engine.hpp"
#include "core/session/spoken_phrases.hpp"

namespace limber {
namespace {

// Where on the plan's timeline an event sits.
Nanos plan_position(const SessionEvent& event, const Plan& plan) {
  const PlannedPhase* phase = plan.phase_at(event.phase);
  if (phase == nullptr) return std::chrono::duration_cast<Nanos>(plan.total);
  const Nanos start = std::chrono::duration_cast<Nanos>(phase->start);
  const Nanos end = std::chrono::duration_cast<Nanos>(phase->end());
  switch (event.kind) {
    case SessionEventKind::countdown_tick: return end - std::chrono::seconds{event.count};
    case SessionEventKind::halfway: return start + (end - start) / 2;
    case SessionEventKind::session_finished: return end;
    default: return start;
  }
}

int speech_rank(const SessionEvent& event, const Plan& plan) {
  switch (event.kind) {
    case SessionEventKind::session_finished: return 4;
    case SessionEventKind::phase_started: {
      const PlannedPhase* phase = plan.phase_at(event.phase);
      return phase != nullptr && phase->kind != PhaseKind::transition ? 3 : 0;
    }
    case SessionEventKind::exercise_finished: return 2;
    default: return 1;
  }
}

}  // namespace

Nanos speech_window(const SessionEvent& event, const Plan& plan) {
  if (event.kind == SessionEventKind::session_finished) return std::chrono::seconds{30};
  const PlannedPhase* phase = plan.phase_at(event.phase);
  if (phase == nullptr) return std::chrono::seconds{30};
  const Nanos at = plan_position(event, plan);
  Nanos next = std::chrono::duration_cast<Nanos>(phase->end());
  // A step until Done lasts at least as long as its words take: the plan waits at its end.
  if (phase->until_done) next = std::max(next, at + std::chrono::seconds{30});
  for (const PhaseMark& mark : phase_marks(*phase)) {
    if (mark.at > at) {
      next = std::min(next, mark.at);
      break;
    }
  }
  return next - at;
}

std::vector<Cue> spoken_cues_for(std::span<const SessionEvent> events, const Plan& plan, Seconds time_spent,
                                 const PhraseLength& length) {
  struct Choice {
    const SessionEvent* event;
    int rank;
  };
  std::vector<Choice> instants;
  for (const SessionEvent& event : events) {
    if (phrase_options(event, plan, time_spent).empty()) continue;
    const int rank = speech_rank(event, plan);
    auto same = std::find_if(instants.begin(), instants.end(),
                             [&](const Choice& c) { return c.event->scheduled == event.scheduled; });
    if (same == instants.end()) {
      instants.push_back({&event, rank});
    } else if (rank > same->rank) {
      *same = {&event, rank};
    }
  }
  std::vector<Cue> cues;
  for (const Choice& choice : instants) {
    const SessionEvent& event = *choice.event;
    const Nanos window = speech_window(event, plan) - kPhraseGap;
    for (const std::string& text : phrase_options(event, plan, time_spent)) {
      const auto spoken = length(text);
      if (!spoken || *spoken > window) continue;
      const CueSound sound = event.kind == SessionEventKind::countdown_tick ? CueSound::tick
                             : event.kind == SessionEventKind::session_finished ? CueSound::session_finished
                             : event.kind == SessionEventKind::halfway ? CueSound::halfway
                             : event.kind == SessionEventKind::exercise_finished ? CueSound::exercise_finished
                                                                                  : CueSound::phase;
      cues.push_back(Cue{sound, event.scheduled, event.phase, text});
      break;
    }
  }
  return cues;
}

}  // namespace limber
