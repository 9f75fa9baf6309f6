#include "core/base/translate.hpp"

#include <libintl.h>

#include <algorithm>
#include <clocale>
#include <cstdlib>
#include <map>
#include <mutex>
#include <optional>

namespace limber {
namespace {

constexpr const char* kDomain = "limber";

std::string g_language = "en";
std::optional<std::string> g_system_language;  // the environment's, before use_language set LANGUAGE
bool g_pseudo = false;

// Pseudo strings live as long as the program: markers hand out const char*.
const char* pseudo_of(const char* text) {
  static std::mutex mutex;
  static std::map<std::string, std::string> made;
  const std::lock_guard lock(mutex);
  auto [at, added] = made.try_emplace(text);
  if (added) at->second = pseudo_translation(text);
  return at->second.c_str();
}

}  // namespace

const char* tr(const char* text) {
  if (g_pseudo) return pseudo_of(text);
  return dgettext(kDomain, text);
}

const char* trn(const char* one, const char* many, long count) {
  if (g_pseudo) return pseudo_of(count == 1 ? one : many);
  return dngettext(kDomain, one, many, static_cast<unsigned long>(count < 0 ? -count : count));
}

const char* trc(const char* context, const char* text) {
  if (g_pseudo) return pseudo_of(text);
  // gettext's own pgettext: the key is context, EOT, text; an untranslated key gives the text.
  const std::string key = std::string(context) + '\004' + text;
  const char* found = dgettext(kDomain, key.c_str());
  return found == key.c_str() || std::string_view(found) == key ? text : found;
}

const char* trnc(const char* context, const char* one, const char* many, long count) {
  if (g_pseudo) return pseudo_of(count == 1 ? one : many);
  const std::string key = std::string(context) + '\004' + one;
  const unsigned long n = static_cast<unsigned long>(count < 0 ? -count : count);
  const char* found = dngettext(kDomain, key.c_str(), many, n);
  if (std::string_view(found) == key) return one;
  return found;
}

std::string supported_language(const std::string& code) {
  std::string rest = code;
  while (!rest.empty()) {
    const auto colon = rest.find(':');
    std::string one = rest.substr(0, colon);
    rest = colon == std::string::npos ? "" : rest.substr(colon + 1);
    if (one == kPseudoLanguage) return one;
    const auto cut = one.find_first_of("_.@-");
    std::string base = one.substr(0, cut);
    std::transform(base.begin(), base.end(), base.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (std::find(kLanguages.begin(), kLanguages.end(), base) != kLanguages.end()) return base;
  }
  return "";
}

std::string language_from_environment() {
  for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value == nullptr || value[0] == '\0') continue;
    // LANGUAGE counts only beside a locale that is not C (as in gettext), but a name is a wish.
    const std::string wanted = supported_language(value);
    if (!wanted.empty()) return wanted;
    if (std::string_view(name) != "LANGUAGE") return "en";  // the locale names a language Limber lacks
  }
  return "en";
}

std::string system_language() { return g_system_language.value_or(language_from_environment()); }

std::string use_language(const std::string& code, const std::filesystem::path& catalogue_dir) {
  if (!g_system_language) g_system_language = language_from_environment();
  std::string language = code.empty() ? *g_system_language : supported_language(code);
  if (language.empty()) language = "en";
  g_language = language;
  g_pseudo = language == kPseudoLanguage;
  // The locale's own categories (dates, character classes) as the environment says, where the
  // machine has that locale; gettext needs a locale other than C to read LANGUAGE, and the
  // catalogues are UTF-8 whatever the terminal's locale.
  if (std::setlocale(LC_ALL, "") == nullptr) std::setlocale(LC_ALL, "C.UTF-8");
  const char* messages = std::setlocale(LC_MESSAGES, nullptr);
  if (messages == nullptr || std::string_view(messages) == "C" || std::string_view(messages) == "POSIX") {
    std::setlocale(LC_MESSAGES, "C.UTF-8");
  }
  // Numbers in the output that machines read (JSON, CSV, traces) keep their dots.
  std::setlocale(LC_NUMERIC, "C");
  ::setenv("LANGUAGE", language == "en" || g_pseudo ? "en" : language.c_str(), 1);
  // musl's gettext (the browser build's C library) reads the catalogue named by the LC_MESSAGES
  // locale, not LANGUAGE, and takes any name there; glibc refuses a bare "de" and keeps its own.
  if (language != "en" && !g_pseudo) std::setlocale(LC_MESSAGES, language.c_str());
  bindtextdomain(kDomain, catalogue_dir.c_str());
  bind_textdomain_codeset(kDomain, "UTF-8");
  return language;
}

const std::string& current_language() { return g_language; }

std::string decimal(double value, int digits, bool sign) {
  std::string out = sign ? fmt::format("{:+.{}f}", value, digits) : fmt::format("{:.{}f}", value, digits);
  if (g_language != "en") std::replace(out.begin(), out.end(), '.', ',');
  return out;
}

bool lowercase_inside_sentences() { return g_language != "de"; }

std::string voice_for_language(const std::string& chosen_voice) {
  if (g_language == "en" || g_pseudo) return chosen_voice;
  const std::string base = chosen_voice.substr(0, chosen_voice.find('-'));
  return base == g_language ? chosen_voice : g_language;
}

std::string pseudo_translation(const std::string& text) {
  // Latin-1's accented letters only: what the five languages need, and what the fonts carry.
  static const std::map<char, const char*> accented{
      {'a', "á"}, {'e', "é"}, {'i', "í"}, {'o', "ö"}, {'u', "ü"}, {'y', "ý"}, {'c', "ç"}, {'n', "ñ"},
      {'A', "Å"}, {'E', "É"}, {'I', "Î"}, {'O', "Ø"}, {'U', "Û"}, {'C', "Ç"}, {'N', "Ñ"}};
  if (text.empty()) return text;
  std::string out = "[";
  std::size_t letters = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    // Fields stay as written: {0}, {:02}, %s, %d.
    if (c == '{') {
      const auto close = text.find('}', i);
      if (close != std::string::npos) {
        out += text.substr(i, close - i + 1);
        i = close;
        continue;
      }
    }
    if (c == '%' && i + 1 < text.size()) {
      out += text.substr(i, 2);
      ++i;
      continue;
    }
    const auto found = accented.find(c);
    out += found != accented.end() ? found->second : std::string(1, c);
    if (std::isalpha(static_cast<unsigned char>(c)) != 0) ++letters;
  }
  // About 40 % longer, as German often is.
  const std::size_t pad = (letters * 2 + 4) / 5;
  for (std::size_t i = 0; i < pad; ++i) out += i % 5 == 4 ? " " : "~";
  return out + "]";
}

}  // namespace limber
