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

}  // namespace limber
