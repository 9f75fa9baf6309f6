#pragma once
// Reading a JSON file another program wrote, with nlohmann-json, within limits a hostile file
// cannot get round: nesting is capped while parsing (a file of a million "[" would otherwise be a
// million nested arrays in memory), and the input's size is the caller's to cap first.

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

#include "core/expected.hpp"

namespace limber {

// The document, or why it cannot be read ("at byte 120: ...").
[[nodiscard]] Expected<nlohmann::json, std::string> read_json(std::string_view text, int max_depth);

}  // namespace limber
