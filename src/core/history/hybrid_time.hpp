#pragma once
// A hybrid logical clock (Kulkarni et al., "Logical Physical Clocks", 2014): each change to a
// history carries its place in the order of all changes, the same on every device. It is the
// wall clock's milliseconds, a counter for changes the milliseconds cannot tell apart, and the
// device that made the change, to settle ties between devices the same way everywhere. A history
// keeps the latest time it has seen (its own changes and every other device's it merged), and a
// new change is always later than that, whatever the device's own clock says: a change made after
// seeing another orders after it even when that other came from a clock ten years fast, and two
// changes within one second still order as they were made.

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace limber {

struct HybridTime {
  std::int64_t ms = 0;  // milliseconds since 1970 (UTC)
  int counter = 0;      // changes within one millisecond, or after a time ahead of the wall clock
  std::string device;   // who made it: a record id (record_rules.hpp), or "" for a change from before these clocks

  // "001764712345678.0000.<device>": fixed widths, so the texts sort as the times do.
  [[nodiscard]] std::string text() const;
  bool operator==(const HybridTime&) const = default;
  // Spelled out, not defaulted: the browser build's libc++ (LLVM 14) has no <=> for std::string.
  friend std::strong_ordering operator<=>(const HybridTime& a, const HybridTime& b) {
    if (const auto by_ms = a.ms <=> b.ms; by_ms != 0) return by_ms;
    if (const auto by_counter = a.counter <=> b.counter; by_counter != 0) return by_counter;
    const int by_device = a.device.compare(b.device);
    return by_device < 0 ? std::strong_ordering::less : by_device > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
  }
};

// A stored time, or nullopt when it is not one this clock writes (a damaged or hostile file).
[[nodiscard]] std::optional<HybridTime> parse_hybrid_time(std::string_view text);
// The time of a change recorded before these clocks, from its second ("2026-11-26T19:22:40Z"):
// that second, counter 0, no device (before any change made since); nullopt for "".
[[nodiscard]] std::optional<HybridTime> hybrid_time_of_utc(std::string_view utc);

// The time of a new change on `device` whose wall clock reads `wall_ms`, after `latest`.
[[nodiscard]] HybridTime next_hybrid_time(const std::optional<HybridTime>& latest, std::int64_t wall_ms,
                                          const std::string& device);

}  // namespace limber
