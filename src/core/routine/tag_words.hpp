#pragma once
// A routine's tags in the user's language. Tags are the routine author's words, so only the ones
// Limber itself writes (the built-ins' and the importers') have translations; any other tag is
// shown as the author wrote it.

#include <string>
#include <string_view>
#include <vector>

namespace limber {

[[nodiscard]] std::string tag_label(std::string_view tag);  // "calves" -> "Waden" in German
// "morning, calves": each tag's label, comma-separated.
[[nodiscard]] std::string tags_label(const std::vector<std::string>& tags);

}  // namespace limber
