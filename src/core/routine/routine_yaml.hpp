#pragma once
// Routine files written: a draft as YAML, line by line with the field each line belongs to, and
// the canonical YAML the editor and the importer save. The one writer of routine files.

#include <string>
#include <string_view>
#include <vector>

#include "core/routine/routine_draft.hpp"
#include "core/routine/routine_rules.hpp"

namespace limber {

// `canonical` leaves out every key at its default, for saving; otherwise every key the draft has
// text for is written, so a problem in it can be found and shown.
struct DraftYaml {
  std::string text;
  std::vector<FieldPath> line_fields;  // the field each line (0-based) belongs to
};
[[nodiscard]] DraftYaml draft_to_yaml(const RoutineDraft& draft, bool canonical);

// Canonical, readable YAML for a routine: what the editor saves.
[[nodiscard]] std::string routine_to_yaml(const Routine& routine);

}  // namespace limber
