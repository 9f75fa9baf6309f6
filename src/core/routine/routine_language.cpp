#include "core/routine/routine_language.hpp"

#include <algorithm>

#include "core/base/translate.hpp"

namespace limber {
namespace {

bool lower_letters(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}
bool upper_letters(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

const std::string* find_text(const TextTranslations& translations, std::string_view language, std::string_view field) {
  const auto in = translations.find(std::string(language));
  if (in == translations.end()) return nullptr;
  const auto text = in->second.find(std::string(field));
  return text == in->second.end() ? nullptr : &text->second;
}

}  // namespace

bool is_language_code(std::string_view code) {
  const auto cut = code.find_first_of("_-");
  const std::string_view base = code.substr(0, cut);
  if (base.size() < 2 || base.size() > 3 || !lower_letters(base)) return false;
  if (cut == std::string_view::npos) return true;
  const std::string_view region = code.substr(cut + 1);
  return code[cut] == '_' && region.size() == 2 && upper_letters(region);
}

std::string translated_text(const TextTranslations& translations, std::string_view field, const std::string& main,
                            std::string_view language) {
  if (language == kPseudoLanguage) return main.empty() ? main : pseudo_translation(main);
  if (const std::string* exact = find_text(translations, language, field)) return *exact;
  const std::string_view base = language.substr(0, language.find_first_of("_-"));
  if (base != language) {
    if (const std::string* general = find_text(translations, base, field)) return *general;
  }
  return main;
}

Routine routine_in_language(const Routine& routine, std::string_view language) {
  Routine out = routine;
  const auto apply = [&](TextTranslations& translations, std::string& text, std::string_view field) {
    text = translated_text(translations, field, text, language);
  };
  apply(out.translations, out.name, "name");
  apply(out.translations, out.description, "description");
  out.translations.clear();
  for (Exercise& exercise : out.exercises) {
    apply(exercise.translations, exercise.name, "name");
    apply(exercise.translations, exercise.instructions, "instructions");
    apply(exercise.translations, exercise.cue, "cue");
    exercise.translations.clear();
    if (auto* custom = std::get_if<CustomPhases>(&exercise.body)) {
      for (PhaseSpec& phase : custom->phases) {
        apply(phase.translations, phase.name, "name");
        apply(phase.translations, phase.cue, "cue");
        phase.translations.clear();
      }
    }
  }
  return out;
}

}  // namespace limber
