#pragma once
// Limber in the user's language: gettext (glibc's libintl, domain "limber") behind four markers
// that xgettext finds (scripts/update-translations):
//   tr("text")                      a string a person reads or hears
//   trn("one", "many", n)           with plural forms ("1 minute", "2 minutes")
//   trc("context", "text")          one English word with two meanings ("Hold" the phase, "hold" the verb)
//   trnc("context", "one", "many", n)
// Translated strings that take values are fmt format strings with numbered fields ("{0} of {1}"),
// so a language can put them in its own order: format them with fmt::runtime. Strings that leave
// the program for machines (JSON, CSV, the routine format's keys) are never marked.
// Until use_language() is called, every marker returns the English text.

#include <fmt/format.h>

#include <filesystem>
#include <string>
#include <vector>

namespace limber {

[[nodiscard]] const char* tr(const char* text);
[[nodiscard]] const char* trn(const char* one, const char* many, long count);
[[nodiscard]] const char* trc(const char* context, const char* text);
[[nodiscard]] const char* trnc(const char* context, const char* one, const char* many, long count);

// A translated format string filled in: format(tr("Rep {0} of {1}"), rep, reps). A catalogue
// whose fields do not fit (the catalogue test forbids it) gives the text unfilled, never a crash.
template <class... Args>
[[nodiscard]] std::string format(const char* translated, const Args&... args) {
  try {
    return fmt::vformat(translated, fmt::make_format_args(args...));
  } catch (const fmt::format_error&) {
    return translated;
  }
}

// A number with `digits` after the decimal sign, written as the user's language writes it for
// people ("1.5" in English, "1,5" in German, Dutch, French and Spanish); `sign` puts a + before
// numbers above zero. Machine output (JSON, CSV) never uses this.
[[nodiscard]] std::string decimal(double value, int digits, bool sign = false);

// Whether words inside a sentence start in lower case ("Next, calf stretch"): not in German,
// where a noun keeps its capital.
[[nodiscard]] bool lowercase_inside_sentences();

// The espeak-ng voice that speaks the user's language: the chosen one if it does, else the
// language's own ("en" chosen, Limber in German: "de").
[[nodiscard]] std::string voice_for_language(const std::string& chosen_voice);

// The languages Limber speaks: English (the source) and the catalogues in po/.
inline const std::vector<std::string> kLanguages{"en", "de", "nl", "fr", "es"};
// The pseudo-language for layout tests: every string about 40 % longer, with accents.
inline constexpr const char* kPseudoLanguage = "xx-pseudo";

// The language a code or a locale name asks for, if Limber speaks it: "de_DE.UTF-8" -> "de",
// "pt_BR" -> "", "xx-pseudo" -> "xx-pseudo". LANGUAGE-style lists ("fr:de") take the first it speaks.
[[nodiscard]] std::string supported_language(const std::string& code);

// The language from the environment, as gettext reads it: LANGUAGE, LC_ALL, LC_MESSAGES, LANG.
[[nodiscard]] std::string language_from_environment();

// The environment's language as it was before use_language() (which sets LANGUAGE for gettext
// and for the programs Limber starts).
[[nodiscard]] std::string system_language();

// Uses `code` ("" for the environment's; one Limber does not speak means English) with the
// catalogues in `catalogue_dir` (<dir>/<lang>/LC_MESSAGES/limber.mo). Returns the language used.
std::string use_language(const std::string& code, const std::filesystem::path& catalogue_dir);
[[nodiscard]] const std::string& current_language();

// What the pseudo-language makes of a string: accented, padded to about 1.4 times its length and
// bracketed; fmt fields ({0}) and printf fields (%s) are kept as they are.
[[nodiscard]] std::string pseudo_translation(const std::string& text);

}  // namespace limber
