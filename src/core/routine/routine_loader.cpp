#include "core/routine/routine_loader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <fstream>
#include <map>
#include <set>

#include "core/base/record_ids.hpp"
#include "core/base/text.hpp"
#include "core/base/translate.hpp"
#include "core/formats/small_file.hpp"
#include "core/formats/yaml_reader.hpp"
#include "core/routine/routine_field_reader.hpp"
#include "core/routine/routine_language.hpp"
#include "core/routine/routine_rules.hpp"

namespace limber {
namespace {

using namespace routine_fields;  // the reading of single values, and the helpers it shares

constexpr std::array<std::string_view, 8> kRoutineKeys = {"limber", "name",      "description", "tags",
                                                         "source", "get_ready", "exercises",   "translations"};
constexpr std::array<std::string_view, 18> kExerciseKeys = {"name", "instructions", "sides",    "side_of",  "reps",
                                                            "hold", "rest",         "switch",   "sets",
                                                            "set_rest", "rest_after", "duration", "phases",
                                                            "cue",  "pose", "image", "translations", "at_least"};
constexpr std::array<std::string_view, 5> kPhaseKeys = {"name", "duration", "cue", "translations", "at_least"};

// The line and column of a byte offset, counting columns in characters as editors do.
Position position_of_offset(std::string_view text, std::size_t offset) {
  Position p;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++p.line;
      p.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++p.column;
    }
  }
  return p;
}

// The routine's structure (its keys, exercises, phases, and where each rule's message goes) on
// top of the reading of single values.
class RoutineParser : public RoutineFieldReader {
 public:
  explicit RoutineParser(std::string_view file) : RoutineFieldReader(file) {}

  Routine parse(const YamlNode& root) {
    Routine routine;
    if (!root.is_map()) {
      error(root, tr("a routine file is a map of keys, starting with `limber: 1` and `name:`"));
      shape_ok_ = false;
      return routine;
    }
    positions_[FieldPath{}] = position_of(root);
    const auto entries = read_map(root, kRoutineKeys, FieldPath{});
    require(root, entries, "limber", FieldPath{.key = "limber"}, tr("missing `limber: 1`: the format version comes first"));
    require(root, entries, "name", FieldPath{.key = "name"}, tr("missing `name`: every routine needs a name"));
    require(root, entries, "exercises", FieldPath{.key = "exercises"},
            tr("missing `exercises`: a routine needs at least one exercise"));

    for (const auto& [key, key_node, value] : entries) {
      const FieldPath field{.key = key};
      positions_[field] = position_of(value);
      if (key == "limber") {
        read_version(value, field);
      } else if (key == "name") {
        set_if(routine.name, read_text(value, field));
      } else if (key == "description") {
        set_if(routine.description, read_text(value, field));
      } else if (key == "source") {
        set_if(routine.source, read_text(value, field));
      } else if (key == "tags") {
        routine.tags = read_tags(value, field);
      } else if (key == "get_ready") {
        set_if(routine.get_ready, read_duration(value, field));
      } else if (key == "exercises") {
        routine.exercises = read_exercises(value, field);
      } else if (key == "translations") {
        routine.translations = read_translations(value, field, kRoutineTranslatedFields);
      }
    }
    return routine;
  }

  void add_rule_violations(const Routine& routine) {
    if (!shape_ok_) return;
    for (const RuleViolation& violation : check_routine_rules(routine)) {
      if (is_broken(violation.field)) continue;  // already reported as unreadable
      add(locate(violation.field), violation.message);
    }
  }

 private:
  struct Entry {
    std::string key;
    const YamlNode& key_node;
    const YamlNode& value;
  };
  struct Entries {
    std::vector<Entry> list;
    std::set<std::string> hinted;  // known keys an unknown key was taken for ("hodl" -> "hold")
    [[nodiscard]] std::vector<Entry>::const_iterator begin() const { return list.begin(); }
    [[nodiscard]] std::vector<Entry>::const_iterator end() const { return list.end(); }
    [[nodiscard]] bool mentions(std::string_view key) const {
      return hinted.count(std::string(key)) > 0 ||
             std::any_of(list.begin(), list.end(), [&](const Entry& e) { return e.key == key; });
    }
  };

  template <class T>
  static void set_if(T& target, std::optional<T> value) {
    if (value) target = std::move(*value);
  }

  // The keys of a map in file order, after reporting unknown and repeated ones.
  template <std::size_t N>
  Entries read_map(const YamlNode& map, const std::array<std::string_view, N>& allowed, const FieldPath& at) {
    Entries entries;
    std::map<std::string, Position> seen;
    for (const auto& [key_ptr, value_ptr] : map.pairs()) {
      const YamlNode& key_node = *key_ptr;
      if (!key_node.is_scalar()) {
        error(key_node, tr("keys must be plain words like `name`"));
        continue;
      }
      const std::string& key = key_node.scalar();
      if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
        if (const auto hint = unknown_key(key_node, key, allowed, at)) entries.hinted.emplace(*hint);
        continue;
      }
      const Position here = position_of(key_node);
      if (const auto first = seen.find(key); first != seen.end()) {
        add(here, format(tr("`{0}` is given twice (first on line {1})"), key, first->second.line));
        continue;
      }
      seen.emplace(key, here);
      entries.list.push_back(Entry{key, key_node, *value_ptr});
    }
    return entries;
  }

  // Reports the key; returns the known key it was probably meant to be.
  template <std::size_t N>
  std::optional<std::string> unknown_key(const YamlNode& key_node, const std::string& key, const std::array<std::string_view, N>& allowed,
                   const FieldPath& at) {
    std::string message = at.phase >= 0      ? format(tr("unknown key `{0}` in a phase"), key)
                          : at.exercise >= 0 ? format(tr("unknown key `{0}` in an exercise"), key)
                                             : format(tr("unknown key `{0}` in a routine"), key);
    const auto hint = closest_word(key, std::span<const std::string_view>(allowed));
    if (hint) message += format(tr(": did you mean `{0}`?"), *hint);
    error(key_node, std::move(message));
    return hint ? std::optional<std::string>(*hint) : std::nullopt;
  }

  void require(const YamlNode& map, const Entries& entries, std::string_view key, const FieldPath& field,
               std::string message) {
    if (entries.mentions(key)) {
      if (!find(entries, key)) broken_.insert(field);  // misspelt: the unknown-key message says enough
      return;
    }
    error(map, std::move(message));
    broken_.insert(field);
  }

  static const Entry* find(const Entries& entries, std::string_view key) {
    for (const Entry& entry : entries.list) {
      if (entry.key == key) return &entry;
    }
    return nullptr;
  }

  std::vector<Exercise> read_exercises(const YamlNode& value, const FieldPath& field) {
    std::vector<Exercise> exercises;
    if (!value.is_sequence()) {
      fail(value, field, format(tr("`exercises` must be a list of exercises (each starting `- name:`), not {0}"),
                                     describe_kind(value)));
      return exercises;
    }
    for (std::size_t i = 0; i < value.items().size(); ++i) {
      exercises.push_back(read_exercise(*value.items()[i], static_cast<int>(i)));
    }
    return exercises;
  }

  Exercise read_exercise(const YamlNode& node, int index) {
    Exercise exercise;
    const FieldPath whole{.exercise = index};
    positions_[whole] = position_of(node);
    if (!node.is_map()) {
      fail(node, whole, format(tr("exercise {0} must be a map of keys like `name:` and `hold:`, not {1}"), index + 1,
                                    describe_kind(node)));
      broken_exercises_.insert(index);
      return exercise;
    }
    const auto entries = read_map(node, kExerciseKeys, whole);
    require(node, entries, "name", FieldPath{.exercise = index, .key = "name"},
            format(tr("missing `name` in exercise {0}"), index + 1));

    for (const auto& [key, key_node, value] : entries) {
      const FieldPath field{.exercise = index, .key = key};
      positions_[field] = position_of(value);
      if (key == "name") {
        set_if(exercise.name, read_text(value, field));
      } else if (key == "instructions") {
        set_if(exercise.instructions, read_text(value, field));
      } else if (key == "cue") {
        set_if(exercise.cue, read_text(value, field));
      } else if (key == "pose") {
        exercise.pose = read_pose_name(value, field).value_or("");
      } else if (key == "image") {
        exercise.image = read_image_name(value, field).value_or("");
      } else if (key == "sides") {
        exercise.sides = read_sides(value, field);
      } else if (key == "side_of") {
        set_if(exercise.side_of, read_side_of(value, field));
      } else if (key == "reps") {
        set_if(exercise.reps, read_reps(value, field));
      } else if (key == "sets") {
        set_if(exercise.sets, read_count(value, field));
      } else if (key == "switch") {
        set_if(exercise.switch_time, read_duration(value, field));
      } else if (key == "set_rest") {
        set_if(exercise.set_rest, read_duration(value, field));
      } else if (key == "rest_after") {
        set_if(exercise.rest_after, read_duration(value, field));
      } else if (key == "translations") {
        exercise.translations = read_translations(value, field, kExerciseTranslatedFields);
      }
    }
    if (const Entry* side_of = find(entries, "side_of"); side_of != nullptr && !entries.mentions("sides")) {
      error(side_of->key_node, tr("`side_of` says what the sides are, but this exercise has no `sides`"));
    }
    read_body(node, entries, exercise, index);
    return exercise;
  }

  // Exactly one of hold/rest, phases or duration says what a rep (or the step) is.
  void read_body(const YamlNode& node, const Entries& entries, Exercise& exercise, int index) {
    const Entry* hold = find(entries, "hold");
    const Entry* rest = find(entries, "rest");
    const Entry* phases = find(entries, "phases");
    const Entry* duration = find(entries, "duration");
    const auto at = [index](std::string key) { return FieldPath{.exercise = index, .key = std::move(key)}; };

    std::vector<const Entry*> kinds;
    if (hold || rest) kinds.push_back(hold ? hold : rest);
    if (phases) kinds.push_back(phases);
    if (duration) kinds.push_back(duration);

    if (kinds.empty()) {
      for (const char* key : {"hold", "rest", "phases", "duration", "reps"}) broken_.insert(at(key));
      if (!entries.mentions("hold") && !entries.mentions("rest") && !entries.mentions("phases") &&
          !entries.mentions("duration")) {
        error(node, format(tr("exercise {0} needs `hold` and `rest`, `phases`, or `duration`"), index + 1));
      }
      return;
    }
    if (kinds.size() > 1) {
      for (std::size_t k = 1; k < kinds.size(); ++k) {
        fail(kinds[k]->key_node, at(kinds[k]->key),
             format(tr("`{0}` cannot be combined with `{1}`: an exercise uses exactly one of hold/rest, phases or "
                         "duration"),
                         kinds[k]->key, kinds[0]->key));
      }
      for (const char* key : {"hold", "rest", "phases", "duration", "reps"}) broken_.insert(at(key));
      return;
    }

    const Entry* at_least = find(entries, "at_least");
    if (at_least && !duration) {
      fail(at_least->key_node, at("at_least"), tr("`at_least` goes with `duration: until-done` only: a step of a set length has no minimum"));
    }
    if (duration) {
      const auto length = read_step_length(duration->value, at("duration"), at_least ? &at_least->value : nullptr, at("at_least"));
      exercise.body = TimedStep{length ? length->duration : Seconds{0}, length && length->until_done};
      if (const Entry* reps = find(entries, "reps")) {
        fail(reps->key_node, at("reps"), tr("`reps` does not apply to a timed exercise (`duration`): remove one of them"));
      }
    } else if (phases) {
      exercise.body = read_phases(phases->value, index);
    } else {
      HoldRest body;
      if (hold) set_if(body.hold, read_duration(hold->value, at("hold")));
      if (rest) set_if(body.rest, read_duration(rest->value, at("rest")));
      if (!hold) require(node, entries, "hold", at("hold"), tr("missing `hold`: `rest` is the relax phase after each hold"));
      if (!rest) {
        require(node, entries, "rest", at("rest"), tr("missing `rest`: `hold` needs a `rest`, the relax phase after each hold"));
      }
      exercise.body = body;
    }
  }

  CustomPhases read_phases(const YamlNode& value, int exercise) {
    CustomPhases custom;
    const FieldPath field{.exercise = exercise, .key = "phases"};
    if (!value.is_sequence()) {
      fail(value, field,
           format(tr("`phases` must be a list like [{{name: Breathe in, duration: 4s}}], not {0}"), describe_kind(value)));
      return custom;
    }
    for (std::size_t p = 0; p < value.items().size(); ++p) {
      const YamlNode& node = *value.items()[p];
      const int phase = static_cast<int>(p);
      const FieldPath whole{.exercise = exercise, .phase = phase};
      positions_[whole] = position_of(node);
      PhaseSpec spec;
      if (!node.is_map()) {
        fail(node, whole, format(tr("phase {0} must be a map like {{name: Breathe in, duration: 4s}}, not {1}"), phase + 1,
                                      describe_kind(node)));
        broken_.insert(FieldPath{.exercise = exercise, .phase = phase, .key = "name"});
        broken_.insert(FieldPath{.exercise = exercise, .phase = phase, .key = "duration"});
        custom.phases.push_back(spec);
        continue;
      }
      const auto entries = read_map(node, kPhaseKeys, whole);
      require(node, entries, "name", FieldPath{.exercise = exercise, .phase = phase, .key = "name"},
              format(tr("missing `name` in phase {0}"), phase + 1));
      require(node, entries, "duration", FieldPath{.exercise = exercise, .phase = phase, .key = "duration"},
              format(tr("missing `duration` in phase {0}"), phase + 1));
      for (const auto& [key, key_node, v] : entries) {
        const FieldPath f{.exercise = exercise, .phase = phase, .key = key};
        positions_[f] = position_of(v);
        if (key == "name") set_if(spec.name, read_text(v, f));
        if (key == "duration") {
          const Entry* least = find(entries, "at_least");
          if (const auto length = read_step_length(v, f, least ? &least->value : nullptr, FieldPath{.exercise = exercise, .phase = phase, .key = "at_least"})) {
            spec.duration = length->duration;
            spec.until_done = length->until_done;
          }
        }
        if (key == "cue") set_if(spec.cue, read_text(v, f));
        if (key == "translations") spec.translations = read_translations(v, f, kPhaseTranslatedFields);
      }
      custom.phases.push_back(std::move(spec));
    }
    return custom;
  }

  [[nodiscard]] bool is_broken(FieldPath field) const {
    if (broken_exercises_.count(field.exercise) > 0) return true;
    if (broken_.count(field) > 0) return true;
    field.item = -1;
    return broken_.count(field) > 0;
  }

  std::set<int> broken_exercises_;
  bool shape_ok_ = true;  // false when the file is not even a map of keys
};

}  // namespace

RoutineResult parse_routine(std::string_view text, std::string_view file_name) {
  const auto at = [&](Position p, std::string message) {
    return Unexpected{Diagnostics{Diagnostic{std::string(file_name), p.line, p.column, std::move(message)}}};
  };
  if (text.size() > kMaxRoutineFileBytes) {
    return at({}, format(tr("the file is {0} bytes; a routine file may be at most {1} bytes (1 MiB)"), text.size(),
                              kMaxRoutineFileBytes));
  }
  if (const auto bad = find_invalid_utf8(text)) {
    return at(position_of_offset(text, *bad), tr("the file is not UTF-8 text: save it with UTF-8 encoding"));
  }
  auto document = read_yaml(text);
  if (!document) return at({document.error().line, document.error().column}, document.error().message);

  RoutineParser parser(file_name);
  Routine routine = parser.parse(document->root());
  parser.add_rule_violations(routine);
  if (parser.diagnostics().empty()) return routine;
  Diagnostics diagnostics = std::move(parser.diagnostics());
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.line, a.column) < std::tie(b.line, b.column);
  });
  return Unexpected{std::move(diagnostics)};
}

LoadedRoutine read_routine_file(const std::filesystem::path& path) {
  const std::string name = path.string();
  const auto fail = [&](std::string message) {
    return LoadedRoutine{Unexpected{Diagnostics{Diagnostic{name, 1, 1, std::move(message)}}}};
  };
  const auto text = read_small_file(path, kMaxRoutineFileBytes, tr("a routine file"));
  if (!text) return fail(text.error());
  return LoadedRoutine{parse_routine(*text, name), RoutineFileFacts{content_hash(*text), has_yaml_comments(*text)}};
}

RoutineResult load_routine_file(const std::filesystem::path& path) { return read_routine_file(path).routine; }

}  // namespace limber
