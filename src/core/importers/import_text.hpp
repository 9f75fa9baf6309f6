#pragma once
// Small helpers the importers share: other apps' texts cut to the routine format's limits, and
// the words an importer says about what it kept.

#include <string>
#include <string_view>

namespace limber {

// `text` with runs of white space made single spaces and the ends trimmed, and cut (at a whole
// character, with "…") to `max_chars`; `cut` says whether it was.
[[nodiscard]] std::string import_text(std::string_view text, std::size_t max_chars, bool* cut = nullptr);

// The same, keeping line breaks (instructions), and blank lines between paragraphs.
[[nodiscard]] std::string import_paragraphs(std::string_view text, std::size_t max_chars, bool* cut = nullptr);

}  // namespace limber
