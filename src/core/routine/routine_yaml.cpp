#include "core/routine/routine_yaml.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "core/base/text.hpp"
#include "core/routine/routine_language.hpp"

namespace limber {
namespace {

bool plain_safe(std::string_view text) {
  if (text.empty() || text != trim(text)) return false;
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(text.front()) != std::string_view::npos) return false;
  if (text.find(": ") != std::string_view::npos || text.find(" #") != std::string_view::npos) return false;
  if (text.back() == ':') return false;
  for (const char c : text) {
    if (c == '\n' || c == '\r' || c == '\t' || static_cast<unsigned char>(c) < 0x20) return false;
  }
  // Words and numbers YAML could read as something else: the loader takes them as text, but a
  // person reading the file should not have to know that.
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  for (const char* word : {"yes", "no", "true", "false", "null", "on", "off", "~"}) {
    if (lower == word) return false;
  }
  return !std::isdigit(static_cast<unsigned char>(text.front())) && text.front() != '.';
}

std::string double_quoted(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

std::string scalar(std::string_view text) { return plain_safe(text) ? std::string(text) : double_quoted(text); }

// Builds the file line by line, remembering which field each line belongs to.
class Writer {
 public:
  void line(const std::string& text, const FieldPath& field) {
    yaml_.text += text;
    yaml_.text += '\n';
    yaml_.line_fields.push_back(field);
  }
  // `key: value` at `indent`, or a block literal for text of several lines.
  void text_field(int indent, const std::string& key, const std::string& value, const FieldPath& field) {
    const std::string pad(static_cast<std::size_t>(indent), ' ');
    const bool lines = value.find('\n') != std::string::npos;
    const bool literal_ok = lines && value.front() != ' ' && value.find('\r') == std::string::npos &&
                            value.find('\t') == std::string::npos && value.find(" \n") == std::string::npos &&
                            (value.size() < 2 || value.substr(value.size() - 2) != "\n\n");
    if (!literal_ok) {
      line(fmt::format("{}{}: {}", pad, key, scalar(value)), field);
      return;
    }
    line(fmt::format("{}{}: {}", pad, key, value.back() == '\n' ? "|" : "|-"), field);
    std::size_t start = 0;
    const std::string body = value.back() == '\n' ? value.substr(0, value.size() - 1) : value;
    while (start <= body.size()) {
      const auto end = body.find('\n', start);
      const std::string part = body.substr(start, end == std::string::npos ? std::string::npos : end - start);
      line(part.empty() ? std::string() : fmt::format("{}  {}", pad, part), field);
      if (end == std::string::npos) break;
      start = end + 1;
    }
  }
  // `translations:` at `indent`, each language's texts in the order of `fields`.
  template <std::size_t N>
  void translations(int indent, const TextTranslations& all, const std::array<std::string_view, N>& fields, int exercise,
                    int phase) {
    if (all.empty()) return;
    const std::string pad(static_cast<std::size_t>(indent), ' ');
    const FieldPath whole{.exercise = exercise, .phase = phase, .key = "translations"};
    line(pad + "translations:", whole);
    for (const auto& [language, texts] : all) {
      line(fmt::format("{}  {}:", pad, language), whole);
      for (const std::string_view field : fields) {
        const auto text = texts.find(std::string(field));
        if (text == texts.end()) continue;
        text_field(indent + 4, std::string(field), text->second,
                   FieldPath{.exercise = exercise, .phase = phase, .key = fmt::format("translations.{}.{}", language, field)});
      }
    }
  }
  DraftYaml take() { return std::move(yaml_); }

 private:
  DraftYaml yaml_;
};

std::vector<std::string> split_tags(const std::string& tags) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= tags.size()) {
    const auto end = tags.find(',', start);
    const std::string tag(trim(std::string_view(tags).substr(start, end == std::string::npos ? std::string::npos : end - start)));
    if (!tag.empty()) out.push_back(tag);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

// The value as it goes in the file: a duration or a count exactly as typed (trimmed), quoted
// when YAML would misread it, so the loader reports the user's own text.
std::string value_text(const std::string& typed) {
  const std::string value(trim(typed));
  if (value.empty()) return "\"\"";
  const bool simple = std::all_of(value.begin(), value.end(), [](unsigned char c) { return std::isalnum(c) || c == '-' || c == ' '; });
  return simple ? value : double_quoted(value);
}

void write_exercise(Writer& w, const ExerciseDraft& e, int index, bool canonical) {
  const auto at = [index](const char* key) { return FieldPath{.exercise = index, .key = key}; };
  const auto optional_value = [&](const char* key, const std::string& value, const char* default_value) {
    const std::string v(trim(value));
    if (v.empty() || (canonical && v == default_value)) return;
    w.line(fmt::format("    {}: {}", key, value_text(v)), at(key));
  };
  w.line(fmt::format("  - name: {}", scalar(e.name)), at("name"));
  if (!e.instructions.empty()) w.text_field(4, "instructions", e.instructions, at("instructions"));
  if (!e.cue.empty() && e.shape != ExerciseShape::phases) w.line(fmt::format("    cue: {}", scalar(e.cue)), at("cue"));
  if (!trim(e.pose).empty()) w.line(fmt::format("    pose: {}", scalar(trim(e.pose))), at("pose"));
  if (!trim(e.image).empty()) w.line(fmt::format("    image: {}", scalar(trim(e.image))), at("image"));
  if (!e.sides.empty()) {
    std::string sides;
    for (const Side side : e.sides) sides += (sides.empty() ? "" : ", ") + std::string(side_key(side));
    w.line(fmt::format("    sides: [{}]", sides), at("sides"));
    if (e.side_of != SideOf::leg) w.line(fmt::format("    side_of: {}", side_of_key(e.side_of)), at("side_of"));
  }
  switch (e.shape) {
    case ExerciseShape::hold_rest:
      optional_value("reps", e.reps, "1");
      w.line(fmt::format("    hold: {}", value_text(e.hold)), at("hold"));
      w.line(fmt::format("    rest: {}", value_text(e.rest)), at("rest"));
      break;
    case ExerciseShape::phases:
      optional_value("reps", e.reps, "1");
      w.line("    phases:", at("phases"));
      for (std::size_t p = 0; p < e.phases.size(); ++p) {
        const int phase = static_cast<int>(p);
        w.line(fmt::format("      - name: {}", scalar(e.phases[p].name)), FieldPath{.exercise = index, .phase = phase, .key = "name"});
        w.line(fmt::format("        duration: {}", value_text(e.phases[p].duration)),
               FieldPath{.exercise = index, .phase = phase, .key = "duration"});
        if (!trim(e.phases[p].at_least).empty()) {
          w.line(fmt::format("        at_least: {}", value_text(e.phases[p].at_least)),
                 FieldPath{.exercise = index, .phase = phase, .key = "at_least"});
        }
        if (!e.phases[p].cue.empty()) {
          w.line(fmt::format("        cue: {}", scalar(e.phases[p].cue)), FieldPath{.exercise = index, .phase = phase, .key = "cue"});
        }
        w.translations(8, e.phases[p].translations, kPhaseTranslatedFields, index, phase);
      }
      if (e.phases.empty()) w.line("      []", at("phases"));
      break;
    case ExerciseShape::timed:
      w.line(fmt::format("    duration: {}", value_text(e.duration)), at("duration"));
      if (!trim(e.at_least).empty()) w.line(fmt::format("    at_least: {}", value_text(e.at_least)), at("at_least"));
      break;
  }
  if (e.sides.size() > 1 || !canonical) optional_value("switch", e.switch_time, "5s");
  optional_value("sets", e.sets, "1");
  if (trim(e.sets) != "1" || !canonical) optional_value("set_rest", e.set_rest, "30s");
  optional_value("rest_after", e.rest_after, "10s");
  w.translations(4, e.translations, kExerciseTranslatedFields, index, -1);
}

}  // namespace

DraftYaml draft_to_yaml(const RoutineDraft& draft, bool canonical) {
  Writer w;
  const auto at = [](const char* key) { return FieldPath{.key = key}; };
  w.line("limber: 1", FieldPath{});
  w.line(fmt::format("name: {}", scalar(draft.name)), at("name"));
  if (!draft.description.empty()) w.text_field(0, "description", draft.description, at("description"));
  const std::vector<std::string> tags = split_tags(draft.tags);
  if (!tags.empty()) {
    std::string list;
    for (const std::string& tag : tags) list += (list.empty() ? "" : ", ") + scalar(tag);
    w.line(fmt::format("tags: [{}]", list), at("tags"));
  }
  if (!draft.source.empty()) w.text_field(0, "source", draft.source, at("source"));
  const std::string get_ready(trim(draft.get_ready));
  if (!get_ready.empty() && !(canonical && get_ready == "5s")) {
    w.line(fmt::format("get_ready: {}", value_text(get_ready)), at("get_ready"));
  }
  w.translations(0, draft.translations, kRoutineTranslatedFields, -1, -1);
  w.line("exercises:", at("exercises"));
  for (std::size_t i = 0; i < draft.exercises.size(); ++i) write_exercise(w, draft.exercises[i], static_cast<int>(i), canonical);
  if (draft.exercises.empty()) w.line("  []", at("exercises"));
  return w.take();
}

std::string routine_to_yaml(const Routine& routine) { return draft_to_yaml(draft_from_routine(routine), true).text; }


}  // namespace limber
