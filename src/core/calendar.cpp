#include "core/calendar.hpp"

#include <fmt/format.h>

#include <array>
#include <chrono>

namespace limber {

std::optional<DayNumber> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int fields[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8};
  const std::size_t lengths[3] = {4, 2, 2};
  for (int f = 0; f < 3; ++f) {
    for (std::size_t i = 0; i < lengths[f]; ++i) {
      const char c = text[starts[f] + i];
      if (c < '0' || c > '9') return std::nullopt;
      fields[f] = fields[f] * 10 + (c - '0');
    }
  }
  const std::chrono::year_month_day date{std::chrono::year{fields[0]},
                                         std::chrono::month{static_cast<unsigned>(fields[1])},
                                         std::chrono::day{static_cast<unsigned>(fields[2])}};
  if (!date.ok() || fields[0] < 1900) return std::nullopt;
  return static_cast<DayNumber>(std::chrono::sys_days{date}.time_since_epoch().count());
}

std::string format_date(DayNumber day) {
  const std::chrono::year_month_day date{std::chrono::sys_days{std::chrono::days{day}}};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                     static_cast<unsigned>(date.day()));
}

int weekday(DayNumber day) {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  return ((day % 7) + 7 + 3) % 7;
}

DayNumber week_start(DayNumber day) { return day - weekday(day); }

std::string short_date(DayNumber day) {
  static constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const std::chrono::year_month_day date{std::chrono::sys_days{std::chrono::days{day}}};
  return fmt::format("{} {}", static_cast<unsigned>(date.day()), kMonths[static_cast<unsigned>(date.month()) - 1]);
}

}  // namespace limber

namespace limber {

std::string weekday_date(DayNumber day) {
  static constexpr std::array<const char*, 7> kWeekdays = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  return fmt::format("{} {}", kWeekdays[static_cast<std::size_t>(weekday(day))], short_date(day));
}

}  // namespace limber
