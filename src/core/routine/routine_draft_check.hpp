#pragma once
// A draft checked as `limber check` checks a file: written as YAML (routine_yaml.hpp) and read by
// the loader, each problem tied back to the field its line came from.

#include <optional>
#include <string>
#include <vector>

#include "core/routine/routine.hpp"
#include "core/routine/routine_draft.hpp"
#include "core/routine/routine_rules.hpp"

namespace limber {

struct FieldProblem {
  FieldPath field;  // key "" with exercise -1: the routine as a whole
  std::string message;
};
struct DraftCheck {
  std::optional<Routine> routine;  // set when the draft is valid
  std::vector<FieldProblem> problems;
};
[[nodiscard]] DraftCheck check_draft(const RoutineDraft& draft);

// A problem as the editor says it under its field: the file's key in backticks ("`hold`") becomes
// the field's label ("Hold"), or the label leads a message that does not name the field ("Hold:
// 'twenty' is not a duration ..."), and values in backticks are quoted as a person writes them.
// `label` empty: only the quotes change.
[[nodiscard]] std::string said_in_the_editor(const std::string& message, const std::string& key, const std::string& label);

}  // namespace limber
