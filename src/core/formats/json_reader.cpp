#include "core/formats/json_reader.hpp"

#include <fmt/format.h>

#include "core/base/translate.hpp"

namespace limber {
namespace {

struct TooDeep {};

// nlohmann's parser callback that stops the parse at the first value deeper than `max_depth`.
auto depth_guard(int max_depth) {
  return [max_depth](int depth, nlohmann::json::parse_event_t, nlohmann::json&) {
    if (depth > max_depth) throw TooDeep{};
    return true;
  };
}

}  // namespace

Expected<nlohmann::json, std::string> read_json(std::string_view text, int max_depth) {
  try {
    return nlohmann::json::parse(text.begin(), text.end(), depth_guard(max_depth));
  } catch (const TooDeep&) {
    return Unexpected{format(tr("it is nested more than {0} levels deep"), max_depth)};
  } catch (const nlohmann::json::parse_error& e) {
    return Unexpected{format(tr("it is not JSON (at byte {0})"), static_cast<long>(e.byte))};
  } catch (const std::exception& e) {
    return Unexpected{std::string(e.what())};
  }
}

namespace {

std::pair<int, int> line_and_column(std::string_view text, std::size_t offset) {
  int line = 1;
  int column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;  // a character, not a continuation byte
    }
  }
  return {line, column};
}

// nlohmann's "[json.exception.parse_error.101] parse error at line 3, column 1: syntax error while
// parsing object key - unexpected '}'; expected string literal": what comes after the place.
std::string what_was_wrong(const std::string& what) {
  const auto colon = what.find(": ", what.find("parse error"));
  std::string said = colon == std::string::npos ? what : what.substr(colon + 2);
  if (said.rfind("syntax error while parsing ", 0) == 0) said = said.substr(std::string("syntax error while ").size());
  return said;
}

// Where the nesting first goes deeper than `max_depth` (brackets outside strings).
std::size_t too_deep_at(std::string_view text, int max_depth) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) return i;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return 0;
}

}  // namespace

Expected<nlohmann::json, Diagnostic> read_json_document(std::string_view text, const std::string& file, int max_depth) {
  try {
    return nlohmann::json::parse(text.begin(), text.end(), depth_guard(max_depth));
  } catch (const TooDeep&) {
    const auto [line, column] = line_and_column(text, too_deep_at(text, max_depth));
    return Unexpected{Diagnostic{file, line, column, format(tr("it is nested more than {0} levels deep"), max_depth)}};
  } catch (const nlohmann::json::parse_error& e) {
    // e.byte counts from 1 and points just past the character that could not be read.
    const auto [line, column] = line_and_column(text, e.byte > 0 ? e.byte - 1 : 0);
    return Unexpected{Diagnostic{file, line, column, format(tr("this is not valid JSON: {0}"), what_was_wrong(e.what()))}};
  } catch (const std::exception& e) {
    return Unexpected{Diagnostic{file, 1, 1, e.what()}};
  }
}

std::pair<int, int> position_of_key(std::string_view text, std::string_view key) {
  const std::string quoted = "\"" + std::string(key) + "\"";
  const auto at = text.find(quoted);
  if (at == std::string_view::npos) return {0, 0};
  return line_and_column(text, at);
}

}  // namespace limber
