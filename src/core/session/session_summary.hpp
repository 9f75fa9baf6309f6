#pragma once
// What a session amounted to: how it ended, time spent, and reps done per exercise and side.

#include <optional>
#include <string>
#include <vector>

#include "core/routine/plan.hpp"
#include "core/session/session_engine.hpp"

namespace limber {

struct RepsDone {
  int exercise = -1;
  std::optional<Side> side;
  int done = 0;    // reps (or timed steps) that ran to their end
  int target = 0;  // reps x sets planned
  bool operator==(const RepsDone&) const = default;
};

struct SessionSummary {
  SessionStatus status = SessionStatus::ready;
  Nanos active{};
  Nanos planned{};
  std::vector<RepsDone> reps;  // in plan order, one per exercise and side
};

[[nodiscard]] SessionSummary summarize(const SessionEngine& engine, Nanos now);

// What the summary's headline says of a session: every rep (or step) run to its end, some of them
// skipped, none of them done (every step skipped: not "Well done!"), or stopped early.
enum class SessionVerdict { done, done_with_skips, nothing_done, stopped };
[[nodiscard]] SessionVerdict session_verdict(const SessionSummary& summary);
// "Well done!", "Done, with some steps skipped", "Every step was skipped", "Session stopped".
[[nodiscard]] std::string verdict_headline(SessionVerdict verdict);

// "Calf ledge stretch · Left leg: 6 of 6 reps", or "...: 1 of 1 done" for a timed step.
[[nodiscard]] std::string reps_done_text(const Plan& plan, const RepsDone& row);

}  // namespace limber
