#pragma once
// Durations as routine files write them: `45s`, `2m`, `1m30s`, `1h`, or a bare number of seconds.

#include <chrono>
#include <string>
#include <string_view>

#include "core/base/expected.hpp"

namespace limber {

using Seconds = std::chrono::seconds;

// Parses the text of a duration. The error is a sentence fragment naming what is wrong
// (e.g. "`1.5s` is not a whole number of seconds"), for callers to prefix with the key.
[[nodiscard]] Expected<Seconds, std::string> parse_duration(std::string_view text);

// The canonical file form: "45s", "2m", "1m30s", "1h5m", "0s". parse_duration(format_duration(d)) == d.
[[nodiscard]] std::string format_duration(Seconds duration);

// Clock form for people: "0:45", "12:05", "1:02:03".
[[nodiscard]] std::string format_clock(Seconds duration);

}  // namespace limber
