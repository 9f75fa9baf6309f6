#include "core/session/session_summary.hpp"

#include "core/base/translate.hpp"
#include "core/routine/side_words.hpp"

#include <fmt/format.h>

namespace limber {
namespace {

// The phase that completes a rep: a hold, the last phase of a custom rep, or a timed step.
bool ends_a_rep(const Plan& plan, std::size_t index) {
  const PlannedPhase& phase = plan.phases[index];
  switch (phase.kind) {
    case PhaseKind::hold:
    case PhaseKind::timed: return true;
    case PhaseKind::custom: {
      if (index + 1 == plan.phases.size()) return true;
      const PlannedPhase& next = plan.phases[index + 1];
      return next.kind != PhaseKind::custom || next.rep != phase.rep || next.set != phase.set || next.side != phase.side ||
             next.exercise != phase.exercise;
    }
    default: return false;
  }
}

}  // namespace

SessionSummary summarize(const SessionEngine& engine, Nanos now) {
  const Plan& plan = engine.plan();
  SessionSummary summary;
  summary.status = engine.status();
  summary.active = engine.active_time(now);
  summary.planned = std::chrono::duration_cast<Nanos>(plan.total);
  const auto& completed = engine.completed_phases();
  for (std::size_t i = 0; i < plan.phases.size(); ++i) {
    if (!ends_a_rep(plan, i)) continue;
    const PlannedPhase& phase = plan.phases[i];
    if (summary.reps.empty() || summary.reps.back().exercise != phase.exercise || summary.reps.back().side != phase.side) {
      summary.reps.push_back(RepsDone{.exercise = phase.exercise, .side = phase.side});
    }
    RepsDone& row = summary.reps.back();
    ++row.target;
    if (completed[i]) ++row.done;
  }
  return summary;
}

std::string reps_done_text(const Plan& plan, const RepsDone& row) {
  const PlannedExercise& exercise = plan.exercises[static_cast<std::size_t>(row.exercise)];
  const std::string side = row.side ? " \u00b7 " + side_label(*row.side, exercise.side_of) : "";
  return exercise.reps ? format(trn("{0}{1}: {2} of {3} rep", "{0}{1}: {2} of {3} reps", row.target), exercise.name, side,
                                row.done, row.target)
                       : format(tr("{0}{1}: {2} of {3} done"), exercise.name, side, row.done, row.target);
}

SessionVerdict session_verdict(const SessionSummary& summary) {
  if (summary.status != SessionStatus::completed) return SessionVerdict::stopped;
  int done = 0;
  int target = 0;
  for (const RepsDone& row : summary.reps) {
    done += row.done;
    target += row.target;
  }
  if (done == 0 && target > 0) return SessionVerdict::nothing_done;
  return done < target ? SessionVerdict::done_with_skips : SessionVerdict::done;
}

std::string verdict_headline(SessionVerdict verdict) {
  switch (verdict) {
    case SessionVerdict::done: return tr("Well done!");
    case SessionVerdict::done_with_skips: return tr("Done, with some steps skipped");
    case SessionVerdict::nothing_done: return tr("Every step was skipped");
    case SessionVerdict::stopped: break;
  }
  return tr("Session stopped");
}

}  // namespace limber
