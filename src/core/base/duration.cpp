#include "core/base/duration.hpp"

#include <fmt/format.h>

#include <cctype>
#include <cstdint>

#include "core/base/text.hpp"
#include "core/base/translate.hpp"

namespace limber {
namespace {

const char* duration_help() { return tr("write seconds (45 or 45s), minutes (2m, 1m30s) or hours (1h)"); }
// Nine digits keep every intermediate sum far from overflow; the routine rules cap values much lower.
constexpr std::size_t kMaxDigits = 9;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

Unexpected<std::string> not_a_duration(std::string_view text) {
  return Unexpected{format(tr("`{0}` is not a duration: {1}"), text, duration_help())};
}

}  // namespace

Expected<Seconds, std::string> parse_duration(std::string_view raw) {
  const std::string_view text = trim(raw);
  if (text.empty()) return Unexpected{format(tr("the duration is empty: {0}"), duration_help())};
  if (text.front() == '-') return Unexpected{format(tr("`{0}` is negative: durations count forward"), text)};

  struct Unit {
    char letter;
    std::int64_t seconds;
  };
  static constexpr Unit kUnits[] = {{'h', 3600}, {'m', 60}, {'s', 1}};

  std::int64_t total = 0;
  std::size_t next_unit = 0;  // units must come in the order h, m, s, each at most once
  std::size_t i = 0;
  bool any_component = false;
  while (i < text.size()) {
    const std::size_t digits_start = i;
    while (i < text.size() && is_digit(text[i])) ++i;
    const std::size_t digit_count = i - digits_start;
    if (digit_count == 0) return not_a_duration(text);
    if (digit_count > kMaxDigits) return Unexpected{format(tr("`{0}` is far too long a duration"), text)};
    std::int64_t number = 0;
    for (std::size_t d = digits_start; d < i; ++d) number = number * 10 + (text[d] - '0');

    if (i < text.size() && (text[i] == '.' || text[i] == ',')) {
      return Unexpected{format(tr("`{0}` is not a whole number of seconds: durations count whole seconds"), text)};
    }
    if (i == text.size()) {
      if (any_component) return not_a_duration(text);  // "1m30" is ambiguous: say 1m30s
      return Seconds{number};
    }

    const char letter = static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
    std::size_t unit = next_unit;
    while (unit < std::size(kUnits) && kUnits[unit].letter != letter) ++unit;
    if (unit == std::size(kUnits)) return not_a_duration(text);
    total += number * kUnits[unit].seconds;
    next_unit = unit + 1;
    any_component = true;
    ++i;
    while (i < text.size() && text[i] == ' ') ++i;  // "1m 30s" reads naturally too
  }
  return Seconds{total};
}

std::string format_duration(Seconds duration) {
  std::int64_t s = duration.count();
  if (s <= 0) return "0s";
  const std::int64_t hours = s / 3600;
  const std::int64_t minutes = (s % 3600) / 60;
  const std::int64_t seconds = s % 60;
  std::string out;
  if (hours > 0) out += fmt::format("{}h", hours);
  if (minutes > 0) out += fmt::format("{}m", minutes);
  if (seconds > 0) out += fmt::format("{}s", seconds);
  return out;
}

std::string format_clock(Seconds duration) {
  const std::int64_t s = duration.count() < 0 ? 0 : duration.count();
  if (s >= 3600) return fmt::format("{}:{:02}:{:02}", s / 3600, (s % 3600) / 60, s % 60);
  return fmt::format("{}:{:02}", s / 60, s % 60);
}

}  // namespace limber
