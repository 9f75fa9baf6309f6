#pragma once
// Reading a JSON file another program wrote, with nlohmann-json, within limits a hostile file
// cannot get round: nesting is capped while parsing (a file of a million "[" would otherwise be a
// million nested arrays in memory), and the input's size is the caller's to cap first.

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

#include "core/base/diagnostic.hpp"
#include "core/base/expected.hpp"

namespace limber {

// The document, or why it cannot be read ("at byte 120: ...").
[[nodiscard]] Expected<nlohmann::json, std::string> read_json(std::string_view text, int max_depth);

// A JSON file a person keeps (settings.json, reminders.json): the document, or what is wrong at
// its line and column, in words ("a value was expected after ','").
[[nodiscard]] Expected<nlohmann::json, Diagnostic> read_json_document(std::string_view text, const std::string& file,
                                                                      int max_depth);

// The line and column (1-based) where the member `"key"` is first written in `text`, to place a
// problem with its value; {0, 0} when it is not there.
[[nodiscard]] std::pair<int, int> position_of_key(std::string_view text, std::string_view key);

}  // namespace limber
