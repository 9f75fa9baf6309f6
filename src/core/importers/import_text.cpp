#include "core/importers/import_text.hpp"

#include "core/base/text.hpp"

namespace limber {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

// Whole UTF-8 characters: never cut inside one.
std::string cut_to(const std::string& text, std::size_t max_chars, bool* cut) {
  if (utf8_length(text) <= max_chars) return text;
  if (cut != nullptr) *cut = true;
  std::size_t chars = 0;
  std::size_t at = 0;
  while (at < text.size() && chars + 1 < max_chars) {
    const auto c = static_cast<unsigned char>(text[at]);
    at += c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : 4;
    ++chars;
  }
  return text.substr(0, std::min(at, text.size())) + "\u2026";
}

}  // namespace

std::string import_text(std::string_view text, std::size_t max_chars, bool* cut) {
  std::string out;
  bool space = false;
  for (const char c : text) {
    if (is_space(c) || static_cast<unsigned char>(c) < 0x20) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  if (find_invalid_utf8(out)) return std::string();
  return cut_to(out, max_chars, cut);
}

std::string import_paragraphs(std::string_view text, std::size_t max_chars, bool* cut) {
  std::string out;
  std::string line;
  int blank = 0;
  const auto flush = [&] {
    const std::string tidy = import_text(line, max_chars);
    line.clear();
    if (tidy.empty()) {
      ++blank;
      return;
    }
    if (!out.empty()) out += blank > 0 ? "\n\n" : "\n";
    out += tidy;
    blank = 0;
  };
  for (const char c : text) {
    if (c == '\n') {
      flush();
    } else {
      line += c;
    }
  }
  flush();
  return cut_to(out, max_chars, cut);
}

}  // namespace limber
