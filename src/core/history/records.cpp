#include "core/history/records.hpp"

#include "core/base/translate.hpp"

namespace limber {

std::string_view outcome_key(SessionOutcome outcome) {
  switch (outcome) {
    case SessionOutcome::in_progress: return "in_progress";
    case SessionOutcome::completed: return "completed";
    case SessionOutcome::stopped: return "stopped";
    case SessionOutcome::interrupted: return "interrupted";
  }
  return "in_progress";
}

std::string outcome_name(SessionOutcome outcome) {
  switch (outcome) {
    case SessionOutcome::in_progress: return trc("a session's outcome", "in progress");
    case SessionOutcome::completed: return trc("a session's outcome", "completed");
    case SessionOutcome::stopped: return trc("a session's outcome", "stopped");
    case SessionOutcome::interrupted: return trc("a session's outcome", "interrupted");
  }
  return trc("a session's outcome", "in progress");
}

std::optional<SessionOutcome> outcome_from_key(std::string_view key) {
  if (key == "in_progress") return SessionOutcome::in_progress;
  if (key == "completed") return SessionOutcome::completed;
  if (key == "stopped") return SessionOutcome::stopped;
  if (key == "interrupted") return SessionOutcome::interrupted;
  return std::nullopt;
}

}  // namespace limber
