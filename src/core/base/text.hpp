#pragma once
// Small text utilities: UTF-8 validation, "did you mean" matching, and counts in words.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace limber {

// The byte offset of the first byte that is not part of well-formed UTF-8, or nullopt.
[[nodiscard]] std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// Code points in well-formed UTF-8 text (what a person counts as characters, near enough).
[[nodiscard]] std::size_t utf8_length(std::string_view text);

// Levenshtein distance between two short ASCII words.
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate a mistyped word most likely meant, when one is close enough to suggest.
[[nodiscard]] std::optional<std::string_view> closest_word(std::string_view word,
                                                           std::span<const std::string_view> candidates);

// ASCII letters compared without case: "Calf" and "calf" are one name or tag.
[[nodiscard]] bool equal_ignoring_case(std::string_view a, std::string_view b);

// The text without the white space (std::isspace) at either end.
[[nodiscard]] std::string_view trim(std::string_view text);

// The text's lines, without their ends (\n, or \r\n): "a\nb\n" is {"a", "b", ""}.
[[nodiscard]] std::vector<std::string_view> split_lines(std::string_view text);

}  // namespace limber
