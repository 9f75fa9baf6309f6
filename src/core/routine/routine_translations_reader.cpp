// The routine loader's reading of `translations:` maps (docs/routine-format.md): a language code,
// then the texts of that level in that language.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <span>

#include "core/base/text.hpp"
#include "core/base/translate.hpp"
#include "core/routine/routine_field_reader.hpp"
#include "core/routine/routine_language.hpp"

namespace limber::routine_fields {

std::string translated_field_key(std::string_view language, std::string_view field) {
  return fmt::format("translations.{}.{}", language, field);
}

TextTranslations RoutineFieldReader::read_translations(const YamlNode& value, const FieldPath& field,
                                                       std::span<const std::string_view> fields) {
  TextTranslations out;
  if (!value.is_map()) {
    fail(value, field,
         format(tr("`translations` must be a map of languages like `de:`, each with its texts, not {0}"), describe_kind(value)));
    return out;
  }
  std::map<std::string, int> languages_seen;
  for (const auto& [language_ptr, texts_ptr] : value.pairs()) {
    const YamlNode& language_node = *language_ptr;
    const YamlNode& texts = *texts_ptr;
    const std::string language = language_node.is_scalar() ? language_node.scalar() : std::string();
    if (!is_language_code(language)) {
      error(language_node, format(tr("`{0}` is not a language code: write two or three small letters, like `de` or "
                                     "`pt_BR`"),
                                  language_node.is_scalar() ? language : describe_kind(language_node)));
      continue;
    }
    if (const auto first = languages_seen.find(language); first != languages_seen.end()) {
      error(language_node, format(tr("`{0}` is given twice (first on line {1})"), language, first->second));
      continue;
    }
    languages_seen.emplace(language, language_node.line());
    if (!texts.is_map()) {
      error(texts, format(tr("`translations.{0}` must be a map of texts like `name:`, not {1}"), language,
                          describe_kind(texts)));
      continue;
    }
    std::map<std::string, int> fields_seen;
    for (const auto& [key_ptr, text_ptr] : texts.pairs()) {
      const YamlNode& key_node = *key_ptr;
      const std::string key = key_node.is_scalar() ? key_node.scalar() : std::string();
      if (std::find(fields.begin(), fields.end(), key) == fields.end()) {
        std::string known;
        for (const std::string_view f : fields) known += fmt::format("{}`{}`", known.empty() ? "" : ", ", f);
        const auto hint = closest_word(key, fields);
        error(key_node, hint ? format(tr("unknown key `{0}` in `translations.{1}`: did you mean `{2}`?"), key, language, *hint)
                             : format(tr("unknown key `{0}` in `translations.{1}`: here a translation may have {2}"), key,
                                      language, known));
        continue;
      }
      if (const auto first = fields_seen.find(key); first != fields_seen.end()) {
        error(key_node, format(tr("`{0}` is given twice (first on line {1})"), key, first->second));
        continue;
      }
      fields_seen.emplace(key, key_node.line());
      const FieldPath text_field{.exercise = field.exercise, .phase = field.phase, .key = translated_field_key(language, key)};
      positions_[text_field] = position_of(*text_ptr);
      if (auto text = read_text(*text_ptr, text_field)) out[language][key] = std::move(*text);
    }
  }
  return out;
}

}  // namespace limber::routine_fields
