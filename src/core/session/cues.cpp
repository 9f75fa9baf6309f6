#include "core/session/cues.hpp"

#include <algorithm>

namespace limber {
namespace {

std::optional<CueSound> cue_for_phase(const PlannedPhase& phase) {
  switch (phase.kind) {
    case PhaseKind::hold:
    case PhaseKind::timed: return CueSound::hold;
    case PhaseKind::rest:
    case PhaseKind::set_rest: return CueSound::rest;
    case PhaseKind::switch_sides: return CueSound::switch_sides;
    case PhaseKind::custom: return CueSound::phase;
    case PhaseKind::get_ready:
    case PhaseKind::transition: return std::nullopt;  // the countdown and exercise_finished say it
  }
  return std::nullopt;
}

std::optional<CueSound> cue_for_event(const SessionEvent& event, const Plan& plan) {
  switch (event.kind) {
    case SessionEventKind::phase_started: return cue_for_phase(plan.phases.at(static_cast<std::size_t>(event.phase)));
    case SessionEventKind::countdown_tick: return CueSound::tick;
    case SessionEventKind::halfway: return CueSound::halfway;
    case SessionEventKind::exercise_finished: return CueSound::exercise_finished;
    case SessionEventKind::session_finished: return CueSound::session_finished;
    default: return std::nullopt;
  }
}

int priority(CueSound sound) {
  switch (sound) {
    case CueSound::session_finished: return 4;
    case CueSound::exercise_finished: return 3;
    case CueSound::switch_sides: return 2;
    default: return 1;
  }
}

}  // namespace

std::string_view cue_sound_key(CueSound sound) {
  switch (sound) {
    case CueSound::hold: return "hold";
    case CueSound::rest: return "rest";
    case CueSound::tick: return "tick";
    case CueSound::halfway: return "halfway";
    case CueSound::switch_sides: return "switch";
    case CueSound::exercise_finished: return "exercise_finished";
    case CueSound::session_finished: return "session_finished";
    case CueSound::phase: return "phase";
  }
  return "unknown";
}

std::vector<Cue> cues_for(std::span<const SessionEvent> events, const Plan& plan) {
  std::vector<Cue> cues;
  for (const SessionEvent& event : events) {
    const auto sound = cue_for_event(event, plan);
    if (!sound) continue;
    const Cue cue{*sound, event.scheduled, event.phase};
    auto same_instant = std::find_if(cues.begin(), cues.end(), [&](const Cue& c) { return c.scheduled == cue.scheduled; });
    if (same_instant == cues.end()) {
      cues.push_back(cue);
    } else if (priority(cue.sound) > priority(same_instant->sound)) {
      *same_instant = cue;
    }
  }
  return cues;
}

}  // namespace limber
