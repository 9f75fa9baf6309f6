#include "platform/language_names.hpp"

#include <libintl.h>

#include <nlohmann/json.hpp>

#include <cctype>
#include <fstream>
#include <map>
#include <mutex>

#include "core/base/translate.hpp"

namespace limber {
namespace {

constexpr const char* kIsoCodes = "/usr/share/iso-codes/json";

// English name by code, read once: ISO 639's two- and three-letter codes, ISO 3166's regions.
struct IsoNames {
  std::map<std::string, std::string> languages;
  std::map<std::string, std::string> regions;
};

void read_names(const std::string& file, const char* list, std::initializer_list<const char*> keys,
                std::map<std::string, std::string>& into) {
  std::ifstream in(std::string(kIsoCodes) + "/" + file);
  if (!in) return;
  const auto json = nlohmann::json::parse(in, nullptr, false);
  if (json.is_discarded() || !json.contains(list)) return;
  for (const auto& entry : json[list]) {
    if (!entry.contains("name") || !entry["name"].is_string()) continue;
    for (const char* key : keys) {
      if (entry.contains(key) && entry[key].is_string()) into.emplace(entry[key].get<std::string>(), entry["name"].get<std::string>());
    }
  }
}

const IsoNames& iso_names() {
  static const IsoNames names = [] {
    IsoNames read;
    read_names("iso_639-3.json", "639-3", {"alpha_2", "alpha_3"}, read.languages);
    read_names("iso_3166-1.json", "3166-1", {"alpha_2"}, read.regions);
    return read;
  }();
  return names;
}

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}
std::string upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

// iso-codes' own catalogues, in the language gettext is told (use_language sets it).
std::string translated(const char* domain, const std::string& english) {
  static std::once_flag bound;
  std::call_once(bound, [] {
    bind_textdomain_codeset("iso_639-3", "UTF-8");
    bind_textdomain_codeset("iso_3166-1", "UTF-8");
  });
  if (current_language() == kPseudoLanguage) return english;
  // ISO gives a language's other names after a semicolon ("Spanish; Castilian"): the first is enough.
  const std::string name = dgettext(domain, english.c_str());
  return name.substr(0, name.find(';'));
}

std::vector<std::string> subtags(const std::string& tag) {
  std::vector<std::string> parts;
  std::size_t at = 0;
  while (at <= tag.size()) {
    const auto dash = tag.find_first_of("-_", at);
    parts.push_back(tag.substr(at, dash == std::string::npos ? std::string::npos : dash - at));
    if (dash == std::string::npos) break;
    at = dash + 1;
  }
  return parts;
}

std::string bracketed(const std::string& name) {
  const auto open = name.find('(');
  const auto close = name.rfind(')');
  if (open == std::string::npos || close == std::string::npos || close < open) return "";
  return name.substr(open + 1, close - open - 1);
}

}  // namespace

std::string language_name(const std::string& tag) {
  const auto parts = subtags(tag);
  const auto& languages = iso_names().languages;
  const auto found = languages.find(lower(parts.front()));
  if (found == languages.end()) return "";
  if (current_language() == kPseudoLanguage) return pseudo_translation(found->second.substr(0, found->second.find(';')));
  return translated("iso_639-3", found->second);
}

std::string voice_name(const std::string& tag, const std::string& espeak_name) {
  const auto parts = subtags(tag);
  const auto known = iso_names().languages.find(lower(parts.front()));
  const std::string language = known == iso_names().languages.end() ? "" : translated("iso_639-3", known->second);
  std::string name;
  if (language.empty()) {
    name = espeak_name;
  } else {
    std::string variant;
    // A region alone ("en-gb") is ISO's; anything more ("en-gb-x-rp", "es-419") is espeak-ng's.
    if (parts.size() == 2 && parts[1].size() == 2) {
      const auto& regions = iso_names().regions;
      const auto found = regions.find(upper(parts[1]));
      if (found != regions.end()) variant = translated("iso_3166-1", found->second);
    }
    if (variant.empty() && parts.size() >= 2) variant = bracketed(espeak_name);
    name = variant.empty() ? language : language + " (" + variant + ")";
  }
  return current_language() == kPseudoLanguage ? pseudo_translation(name) : name;
}

}  // namespace limber
