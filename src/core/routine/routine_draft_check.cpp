#include "core/routine/routine_draft_check.hpp"

#include <algorithm>

#include "core/base/diagnostic.hpp"
#include "core/routine/routine_loader.hpp"
#include "core/routine/routine_yaml.hpp"

namespace limber {

DraftCheck check_draft(const RoutineDraft& draft) {
  const DraftYaml yaml = draft_to_yaml(draft, false);
  RoutineResult parsed = parse_routine(yaml.text, "draft");
  DraftCheck check;
  if (parsed) {
    check.routine = std::move(parsed.value());
    return check;
  }
  for (const Diagnostic& d : parsed.error()) {
    const auto line = static_cast<std::size_t>(std::max(d.line, 1) - 1);
    check.problems.push_back({line < yaml.line_fields.size() ? yaml.line_fields[line] : FieldPath{}, d.message});
  }
  return check;
}

}  // namespace limber
