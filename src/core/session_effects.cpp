#include "core/session_effects.hpp"

#include <algorithm>

#include "core/record_ids.hpp"
#include "core/session_summary.hpp"
#include "core/spoken_cues.hpp"

namespace limber {

bool changes_session_record(std::span<const SessionEvent> events) {
  return std::any_of(events.begin(), events.end(), [](const SessionEvent& e) {
    return e.kind == SessionEventKind::phase_started || e.kind == SessionEventKind::session_finished ||
           e.kind == SessionEventKind::stopped || e.kind == SessionEventKind::paused;
  });
}

SessionRecord new_session_record(const SessionRecordStart& start, const Plan& plan) {
  SessionRecord record;
  record.uuid = start.uuid;
  record.routine_name = plan.routine_name;
  record.routine_file = start.routine_file;
  record.routine_hash = start.routine_hash;
  record.started_utc = utc_timestamp(start.started);
  record.local_date = local_date(start.started);
  record.planned_seconds = plan.total.count();
  if (start.reps) record.reps_target = *start.reps;
  return record;
}

void update_session_record(SessionRecord& record, const SessionEngine& engine, Nanos now,
                           std::chrono::system_clock::time_point wall_now) {
  const SessionSummary summary = summarize(engine, now);
  const Plan& plan = engine.plan();
  record.active_seconds = std::chrono::duration_cast<std::chrono::seconds>(summary.active).count();
  record.reps.clear();
  for (const RepsDone& row : summary.reps) {
    record.reps.push_back(RepsRecord{row.exercise, plan.exercises[static_cast<std::size_t>(row.exercise)].name,
                                     row.side ? std::string(side_key(*row.side)) : std::string(), row.done, row.target});
  }
  if (engine.is_over()) {
    record.outcome = engine.status() == SessionStatus::completed ? SessionOutcome::completed : SessionOutcome::stopped;
    record.ended_utc = utc_timestamp(wall_now);
  }
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
