#include "core/session/session_record.hpp"

#include <algorithm>

#include "core/base/record_ids.hpp"
#include "core/session/session_summary.hpp"

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

}  // namespace limber
