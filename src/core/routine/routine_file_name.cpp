#include "core/routine/routine_file_name.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <string_view>

#include "core/base/translate.hpp"

namespace limber {
namespace {

// One code point of UTF-8 text at `i` (moved past it); a malformed byte is taken as itself.
char32_t next_code_point(const std::string& text, std::size_t& i) {
  const auto byte = [&](std::size_t at) { return static_cast<unsigned char>(text[at]); };
  const unsigned char lead = byte(i);
  const std::size_t extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
  if (extra == 0 || i + extra >= text.size()) {
    ++i;
    return lead;
  }
  char32_t c = lead & (0x3F >> extra);
  for (std::size_t k = 1; k <= extra; ++k) c = (c << 6) | (byte(i + k) & 0x3F);
  i += extra + 1;
  return c;
}

// Accented Latin letters as the plain letters people type: "Évening Çalves" -> "evening-calves".
std::string_view plain_latin(char32_t c) {
  static constexpr std::string_view kLatin1[64] = {
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // À-Ï
      "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",  // Ð-ß
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // à-ï
      "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};  // ð-ÿ
  if (c >= 0xC0 && c <= 0xFF) return kLatin1[c - 0xC0];
  switch (c) {
    case 0x0105: case 0x0104: return "a";
    case 0x0107: case 0x0106: case 0x010D: case 0x010C: return "c";
    case 0x0119: case 0x0118: case 0x011B: case 0x011A: return "e";
    case 0x011F: case 0x011E: return "g";
    case 0x0131: case 0x0130: return "i";
    case 0x0142: case 0x0141: return "l";
    case 0x0144: case 0x0143: case 0x0148: case 0x0147: return "n";
    case 0x0151: case 0x0150: return "o";
    case 0x0153: case 0x0152: return "oe";
    case 0x0159: case 0x0158: return "r";
    case 0x015B: case 0x015A: case 0x015F: case 0x015E: case 0x0161: case 0x0160: return "s";
    case 0x0163: case 0x0162: case 0x0165: case 0x0164: return "t";
    case 0x016F: case 0x016E: case 0x0171: case 0x0170: return "u";
    case 0x017A: case 0x0179: case 0x017C: case 0x017B: case 0x017E: case 0x017D: return "z";
    default: return {};
  }
}

// Letters of other scripts (Greek, Cyrillic, CJK, ...) stay as they are: Linux file names are
// UTF-8. Punctuation, symbols and emoji separate words.
bool is_other_letter(char32_t c) {
  if (c < 0x0100) return false;                       // Latin-1: handled above, the rest symbols
  if (c >= 0x2000 && c <= 0x2BFF) return false;       // punctuation, arrows, symbols, dingbats
  if (c >= 0x3000 && c <= 0x303F) return false;       // CJK punctuation
  if (c >= 0xFE00 && c <= 0xFE6F) return false;       // variation selectors, small forms
  if (c >= 0x1F000) return false;                     // emoji and pictographs
  return true;
}

}  // namespace

std::string routine_file_stem(const std::string& name, const std::vector<std::string>& taken) {
  std::string stem;
  std::size_t letters = 0;
  const auto separate = [&stem] {
    if (!stem.empty() && stem.back() != '-') stem += '-';
  };
  for (std::size_t i = 0; i < name.size() && letters < 60;) {
    const std::size_t start = i;
    const char32_t c = next_code_point(name, i);
    if (c < 0x80) {
      if (std::isalnum(static_cast<int>(c))) {
        stem += static_cast<char>(std::tolower(static_cast<int>(c)));
        ++letters;
      } else {
        separate();
      }
    } else if (const std::string_view plain = plain_latin(c); !plain.empty()) {
      stem += plain;
      ++letters;
    } else if (is_other_letter(c)) {
      stem += name.substr(start, i - start);
      ++letters;
    } else {
      separate();
    }
  }
  while (!stem.empty() && stem.back() == '-') stem.pop_back();
  if (stem.empty()) stem = "routine";
  std::string unique = stem;
  for (int n = 2; std::find(taken.begin(), taken.end(), unique) != taken.end(); ++n) unique = fmt::format("{}-{}", stem, n);
  return unique;
}

}  // namespace limber
