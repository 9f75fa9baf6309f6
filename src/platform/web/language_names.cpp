#include "platform/language_names.hpp"

#include <emscripten.h>

#include <cstdlib>
#include <memory>

#include "core/base/translate.hpp"

namespace limber {
namespace {

// The browser names languages and regions itself, in any language (Intl.DisplayNames), where the
// desktop reads Debian's iso-codes: "de" is "Deutsch" in German and "German" in English.
EM_JS(char*, limber_display_name, (const char* tag, const char* type, const char* in_language), {
  try {
    const names = new Intl.DisplayNames([UTF8ToString(in_language)], {type : UTF8ToString(type), fallback : 'none'});
    const name = names.of(UTF8ToString(tag));
    if (name) return allocateUTF8(name);
  } catch (e) {
  }
  return 0;
});

std::string display_name(const std::string& tag, const char* type) {
  const std::unique_ptr<char, decltype(&std::free)> name(limber_display_name(tag.c_str(), type, current_language().c_str()),
                                                         &std::free);
  return name ? std::string(name.get()) : std::string();
}

}  // namespace

std::string language_name(const std::string& tag) {
  const std::string language = tag.substr(0, tag.find_first_of("-_"));
  const std::string name = display_name(language, "language");
  return current_language() == kPseudoLanguage ? pseudo_translation(name) : name;
}

std::string voice_name(const std::string& tag, const std::string& espeak_name) {
  std::string name = display_name(tag, "language");
  if (name.empty()) name = espeak_name;
  return current_language() == kPseudoLanguage ? pseudo_translation(name) : name;
}

}  // namespace limber
