#pragma once
// The routine loader's reading of single values: the format version, text, durations, counts,
// reps, tags, sides, pose and picture names. Each gives its value or reports where and why it
// cannot (and marks the field broken, so that a rule does not report it twice), and the place of
// every field read is kept, so that a rule's message can point at it. Used by routine_loader.cpp.

#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/diagnostic.hpp"
#include "core/base/duration.hpp"
#include "core/base/text.hpp"  // trim, which the readers use
#include "core/formats/yaml_reader.hpp"
#include "core/routine/routine.hpp"
#include "core/routine/routine_rules.hpp"

// Only the routine loader uses these: their short names stay in a namespace of their own.
namespace limber::routine_fields {

struct Position {
  int line = 1;
  int column = 1;
};

[[nodiscard]] inline Position position_of(const YamlNode& node) { return {node.line(), node.column()}; }

[[nodiscard]] std::optional<int> parse_whole_number(std::string_view text);
// "a list", "a map", "empty" or the scalar in backticks: what was found where something else belongs.
[[nodiscard]] std::string describe_kind(const YamlNode& node);
// The key a translated text is reported under: "translations.de.name".
[[nodiscard]] std::string translated_field_key(std::string_view language, std::string_view field);

// A step's length: `duration: 2m`, or `duration: until-done` with an optional `at_least: 30s`.
struct StepLength {
  Seconds duration{};  // until done: the minimum
  bool until_done = false;
};

class RoutineFieldReader {
 public:
  explicit RoutineFieldReader(std::string_view file) : file_(file) {}

  [[nodiscard]] Diagnostics& diagnostics() { return diagnostics_; }
  void add(Position at, std::string message);
  void error(const YamlNode& node, std::string message);
  // Reports the problem and marks the field as unreadable.
  void fail(const YamlNode& node, const FieldPath& field, std::string message);

  void read_version(const YamlNode& value, const FieldPath& field);
  [[nodiscard]] std::optional<std::string> read_pose_name(const YamlNode& value, const FieldPath& field);
  [[nodiscard]] std::optional<std::string> read_image_name(const YamlNode& value, const FieldPath& field);
  [[nodiscard]] std::optional<std::string> read_text(const YamlNode& value, const FieldPath& field);
  [[nodiscard]] std::optional<Seconds> read_duration(const YamlNode& value, const FieldPath& field);
  [[nodiscard]] std::optional<int> read_count(const YamlNode& value, const FieldPath& field);
  [[nodiscard]] std::optional<RepRange> read_reps(const YamlNode& value, const FieldPath& field);
  [[nodiscard]] std::vector<std::string> read_tags(const YamlNode& value, const FieldPath& field);
  [[nodiscard]] std::vector<Side> read_sides(const YamlNode& value, const FieldPath& field);
  [[nodiscard]] std::optional<SideOf> read_side_of(const YamlNode& value, const FieldPath& field);
  // `at_least` may be null (not given).
  [[nodiscard]] std::optional<StepLength> read_step_length(const YamlNode& duration, const FieldPath& field,
                                                           const YamlNode* at_least, const FieldPath& at_least_field);
  // A `translations:` map whose languages may each give `fields` (routine_translations_reader.cpp).
  [[nodiscard]] TextTranslations read_translations(const YamlNode& value, const FieldPath& field,
                                                   std::span<const std::string_view> fields);
  // Where a rule's message belongs: the value itself, else the nearest enclosing thing seen.
  [[nodiscard]] Position locate(FieldPath field) const;

 protected:
  std::string file_;
  Diagnostics diagnostics_;
  std::map<FieldPath, Position> positions_;
  std::set<FieldPath> broken_;
};

}  // namespace limber::routine_fields
