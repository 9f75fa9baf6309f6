#include "core/session/session_cues.hpp"

#include <algorithm>

#include "core/session/session_summary.hpp"
#include "core/session/spoken_phrases.hpp"

namespace limber {

SessionCues session_cues(std::span<const SessionEvent> events, const SessionEngine& engine, Nanos now,
                         const PhraseLength* voice) {
  SessionCues out{cues_for(events, engine.plan())};
  if (voice == nullptr) return out;
  out.closing_line = closing_phrase_to_prepare(events, engine, now);
  const auto spoken = spoken_cues_for(events, engine.plan(), closing_time_spent(engine, now), *voice);
  out.cues = with_spoken_cues(std::move(out.cues), spoken);
  return out;
}

Seconds closing_time_spent(const SessionEngine& engine, Nanos now) {
  // Whatever phase is current (cues are looked at ahead of time, before the engine reaches
  // them): the time spent so far plus all the plan has left.
  const Nanos left = engine.is_over() ? Nanos{0}
                                      : std::chrono::duration_cast<Nanos>(engine.plan().total) - engine.plan_position(now);
  return std::chrono::round<Seconds>(summarize(engine, now).active + std::max(left, Nanos{0}));
}

std::optional<std::string> closing_phrase_to_prepare(std::span<const SessionEvent> events, const SessionEngine& engine,
                                                     Nanos now) {
  const Plan& plan = engine.plan();
  const bool last_phase_started = std::any_of(events.begin(), events.end(), [&](const SessionEvent& e) {
    return e.kind == SessionEventKind::phase_started && e.phase + 1 == static_cast<int>(plan.phases.size());
  });
  if (!last_phase_started) return std::nullopt;
  const auto options =
      phrase_options(SessionEvent{.kind = SessionEventKind::session_finished}, plan, closing_time_spent(engine, now));
  if (options.empty()) return std::nullopt;
  return options.front();
}

std::vector<Cue> with_spoken_cues(std::vector<Cue> tones, const std::vector<Cue>& spoken) {
  for (const Cue& words : spoken) {
    const auto tone = std::find_if(tones.begin(), tones.end(), [&](const Cue& c) { return c.scheduled == words.scheduled; });
    if (tone != tones.end()) {
      *tone = words;
    } else {
      tones.push_back(words);
    }
  }
  std::stable_sort(tones.begin(), tones.end(), [](const Cue& a, const Cue& b) { return a.scheduled < b.scheduled; });
  return tones;
}

}  // namespace limber
