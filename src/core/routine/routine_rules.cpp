#include "core/routine/routine_rules.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <string_view>

#include "core/base/text.hpp"
#include "core/base/translate.hpp"
#include "core/routine/plan.hpp"

namespace limber {
namespace {

std::string hyphenated(const std::string& words) {
  std::string out;
  for (const char c : words) {
    const bool space = static_cast<unsigned char>(c) <= 0x20;
    if (!space) out += c;
    else if (!out.empty() && out.back() != '-') out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

using L = RoutineLimits;

class RuleChecker {
 public:
  std::vector<RuleViolation> run(const Routine& routine) {
    check_text(FieldPath{.key = "name"}, routine.name, L::name_chars_max, true, /*one_line=*/true);
    check_text(FieldPath{.key = "description"}, routine.description, L::text_chars_max, false, /*one_line=*/false);
    check_text(FieldPath{.key = "source"}, routine.source, L::source_chars_max, false, /*one_line=*/false);
    check_tags(routine.tags);
    check_translations(-1, -1, routine.translations);
    check_pause(FieldPath{.key = "get_ready"}, routine.get_ready);
    if (routine.exercises.empty()) {
      add(FieldPath{.key = "exercises"}, tr("`exercises` is empty: a routine needs at least one exercise"));
    } else if (routine.exercises.size() > L::exercises_max) {
      add(FieldPath{.key = "exercises"},
          format(tr("the routine has {0} exercises; the limit is {1}"), routine.exercises.size(), L::exercises_max));
    }
    for (std::size_t i = 0; i < routine.exercises.size(); ++i) check_exercise(static_cast<int>(i), routine.exercises[i]);
    if (violations_.empty()) check_total(routine);
    return std::move(violations_);
  }

 private:
  void add(FieldPath field, std::string message) { violations_.push_back({std::move(field), std::move(message)}); }

  // Names and cues are one line (`one_line`); descriptions, instructions and sources are paragraphs.
  void check_text(const FieldPath& field, const std::string& text, std::size_t max_chars, bool required,
                  bool one_line) {
    const std::size_t length = utf8_length(text);
    if (required && length == 0) {
      add(field, format(tr("`{0}` is empty"), field.key));
    } else if (required && std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t'; })) {
      // Only spaces: a card, a table row and the voice would show or say nothing.
      add(field, format(tr("`{0}` is only spaces: write what it is"), field.key));
    } else if (length > max_chars) {
      add(field, format(tr("`{0}` is {1} characters long; the limit is {2}"), field.key, length, max_chars));
    } else if (one_line && std::any_of(text.begin(), text.end(),
                                       [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; })) {
      // Names and cues are one line: they head cards and tables, and are spoken whole.
      add(field, format(tr("`{0}` must be one line, without line breaks or tabs"), field.key));
    }
  }

  // A translated text keeps its field's limits; one that is there must say something.
  void check_translations(int exercise, int phase, const TextTranslations& translations) {
    for (const auto& [language, texts] : translations) {
      for (const auto& [field, text] : texts) {
        const FieldPath at{.exercise = exercise, .phase = phase, .key = fmt::format("translations.{}.{}", language, field)};
        const bool paragraph = field == "description" || field == "instructions";
        check_text(at, text, paragraph ? L::text_chars_max : L::name_chars_max, true, !paragraph);
      }
    }
  }

  void check_tags(const std::vector<std::string>& tags) {
    if (tags.size() > L::tags_max) {
      add(FieldPath{.key = "tags"}, format(tr("`tags` has {0} entries; the limit is {1}"), tags.size(), L::tags_max));
    }
    for (std::size_t i = 0; i < tags.size(); ++i) {
      const FieldPath field{.key = "tags", .item = static_cast<int>(i)};
      const std::size_t length = utf8_length(tags[i]);
      if (length == 0) {
        add(field, tr("a tag is empty"));
      } else if (length > L::tag_chars_max) {
        add(field, format(tr("tag `{0}` is {1} characters long; the limit is {2}"), tags[i], length, L::tag_chars_max));
      } else if (std::any_of(tags[i].begin(), tags[i].end(), [](char c) { return static_cast<unsigned char>(c) <= 0x20 || c == 0x7F; })) {
        add(field, format(tr("tag `{0}` is more than one word: write each word as a tag of its own, or join them "
                               "with a hyphen (`{1}`)"),
                               tags[i], hyphenated(tags[i])));
      } else if (std::any_of(tags.begin(), tags.begin() + static_cast<std::ptrdiff_t>(i),
                             [&](const std::string& earlier) { return equal_ignoring_case(earlier, tags[i]); })) {
        add(field, format(tr("tag `{0}` is listed twice"), tags[i]));
      }
    }
  }

  // A phase the user spends time in: at least a second, at most an hour.
  void check_phase_length(const FieldPath& field, Seconds value) {
    if (value < L::phase_min) {
      add(field, format(tr("`{0}` is {1}; it must be at least {2}"), field.key, format_duration(value),
                             format_duration(L::phase_min)));
    } else if (value > L::phase_max) {
      add(field, format(tr("`{0}` is {1}; no phase may be longer than {2}"), field.key, format_duration(value),
                             format_duration(L::phase_max)));
    }
  }

  // An optional pause between parts: 0 leaves it out.
  void check_pause(const FieldPath& field, Seconds value) {
    if (value > L::phase_max) {
      add(field, format(tr("`{0}` is {1}; no phase may be longer than {2}"), field.key, format_duration(value),
                             format_duration(L::phase_max)));
    }
  }

  void check_exercise(int index, const Exercise& exercise) {
    const auto at = [index](std::string key, int item = -1) {
      return FieldPath{.exercise = index, .key = std::move(key), .item = item};
    };
    check_text(at("name"), exercise.name, L::name_chars_max, true, /*one_line=*/true);
    check_text(at("instructions"), exercise.instructions, L::text_chars_max, false, /*one_line=*/false);
    check_text(at("cue"), exercise.cue, L::name_chars_max, false, /*one_line=*/true);
    check_translations(index, -1, exercise.translations);

    for (std::size_t i = 0; i < exercise.sides.size(); ++i) {
      if (std::find(exercise.sides.begin(), exercise.sides.begin() + static_cast<std::ptrdiff_t>(i),
                    exercise.sides[i]) != exercise.sides.begin() + static_cast<std::ptrdiff_t>(i)) {
        add(at("sides", static_cast<int>(i)), format(tr("`sides` lists `{0}` twice"), side_key(exercise.sides[i])));
      }
    }

    if (!exercise.is_timed()) check_reps(at("reps"), exercise.reps);
    if (exercise.sets < 1 || exercise.sets > L::sets_max) {
      add(at("sets"), format(tr("`sets` is {0}; sets go from 1 to {1}"), exercise.sets, L::sets_max));
    }
    check_pause(at("switch"), exercise.switch_time);
    check_pause(at("set_rest"), exercise.set_rest);
    check_pause(at("rest_after"), exercise.rest_after);

    if (const auto* hold_rest = std::get_if<HoldRest>(&exercise.body)) {
      check_phase_length(at("hold"), hold_rest->hold);
      check_phase_length(at("rest"), hold_rest->rest);
    } else if (const auto* timed = std::get_if<TimedStep>(&exercise.body)) {
      // A step until Done has only a minimum, which may be none.
      if (timed->until_done) check_pause(at("at_least"), timed->duration);
      else check_phase_length(at("duration"), timed->duration);
    } else if (const auto* custom = std::get_if<CustomPhases>(&exercise.body)) {
      check_custom_phases(index, *custom);
    }
  }

  void check_reps(const FieldPath& field, const RepRange& reps) {
    const auto out_of_range = [](int n) { return n < L::reps_min || n > L::reps_max; };
    if (reps.min > reps.max) {
      add(field, format(tr("`reps` range {0}-{1} runs backwards: write the smaller number first ({2}-{3})"), reps.min,
                             reps.max, reps.max, reps.min));
    } else if (out_of_range(reps.min) || out_of_range(reps.max)) {
      const int bad = out_of_range(reps.min) ? reps.min : reps.max;
      add(field, format(tr("`reps` is {0}; reps go from {1} to {2}"), bad, L::reps_min, L::reps_max));
    }
  }

  void check_custom_phases(int exercise, const CustomPhases& custom) {
    if (custom.phases.empty()) {
      add(FieldPath{.exercise = exercise, .key = "phases"}, tr("`phases` is empty: list at least one phase"));
    } else if (custom.phases.size() > L::phases_max) {
      add(FieldPath{.exercise = exercise, .key = "phases"},
          format(tr("`phases` has {0} entries; the limit is {1}"), custom.phases.size(), L::phases_max));
    }
    for (std::size_t p = 0; p < custom.phases.size(); ++p) {
      const auto at = [&](std::string key) {
        return FieldPath{.exercise = exercise, .phase = static_cast<int>(p), .key = std::move(key)};
      };
      check_text(at("name"), custom.phases[p].name, L::name_chars_max, true, /*one_line=*/true);
      check_text(at("cue"), custom.phases[p].cue, L::name_chars_max, false, /*one_line=*/true);
      check_translations(exercise, static_cast<int>(p), custom.phases[p].translations);
      if (custom.phases[p].until_done) check_pause(at("at_least"), custom.phases[p].duration);
      else check_phase_length(at("duration"), custom.phases[p].duration);
    }
  }

  void check_total(const Routine& routine) {
    const Seconds longest = total_duration(routine, RoutineLimits::reps_max);
    if (longest > L::routine_max) {
      add(FieldPath{.key = "exercises"},
          format(tr("the routine takes {0} with the most reps; the limit is {1}"), format_duration(longest),
                      format_duration(L::routine_max)));
    }
  }

  std::vector<RuleViolation> violations_;
};

}  // namespace

std::vector<RuleViolation> check_routine_rules(const Routine& routine) { return RuleChecker{}.run(routine); }

}  // namespace limber
