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

std::string said_in_the_editor(const std::string& message, const std::string& key, const std::string& label) {
  const bool names_the_field = !key.empty() && message.find("`" + key + "`") != std::string::npos;
  // Under its field, a problem that does not name it still says which it is ("Hold: ...").
  std::string out = label.empty() || names_the_field ? std::string() : label + ": ";
  for (std::size_t at = 0; at < message.size();) {
    const std::size_t open = message.find('`', at);
    const std::size_t close = open == std::string::npos ? std::string::npos : message.find('`', open + 1);
    if (close == std::string::npos) {
      out += message.substr(at);
      break;
    }
    out += message.substr(at, open - at);
    const std::string inside = message.substr(open + 1, close - open - 1);
    out += !label.empty() && inside == key ? label : "'" + inside + "'";
    at = close + 1;
  }
  return out;
}

}  // namespace limber
