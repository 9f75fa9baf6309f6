#include "core/base/calendar.hpp"

#include <fmt/format.h>

#include <array>
#include <chrono>
#include <cstdlib>

#include "core/base/translate.hpp"

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

namespace {
int g_first_weekday = 0;  // Monday
}  // namespace

void set_first_weekday(int first) { g_first_weekday = ((first % 7) + 7) % 7; }
int first_weekday() { return g_first_weekday; }

DayNumber week_start(DayNumber day) { return day - (weekday(day) - g_first_weekday + 7) % 7; }

int first_weekday_for_locale(std::string_view locale) {
  const auto underscore = locale.find('_');
  if (underscore == std::string_view::npos || locale.size() < underscore + 3) return 0;
  const std::string_view territory = locale.substr(underscore + 1, 2);
  // CLDR's weekData, firstDay: "sun" and "sat" (everything else starts on Monday).
  static constexpr std::string_view kSunday[] = {"AG", "AS", "BD", "BR", "BS", "BT", "BW", "BZ", "CA", "CO", "DM", "DO",
                                                "ET", "GT", "GU", "HK", "HN", "ID", "IL", "IN", "JM", "JP", "KE", "KH",
                                                "KR", "LA", "MH", "MM", "MO", "MT", "MX", "MZ", "NI", "NP", "PA", "PE",
                                                "PH", "PK", "PR", "PT", "PY", "SA", "SG", "SV", "TH", "TT", "TW", "UM",
                                                "US", "VE", "VI", "WS", "YE", "ZA", "ZW"};
  static constexpr std::string_view kSaturday[] = {"AE", "AF", "BH", "DJ", "DZ", "EG", "IQ", "IR",
                                                  "JO", "KW", "LY", "OM", "QA", "SD", "SY"};
  for (const std::string_view t : kSunday) {
    if (t == territory) return 6;
  }
  for (const std::string_view t : kSaturday) {
    if (t == territory) return 5;
  }
  return 0;
}

std::string time_locale_from_environment() {
  for (const char* name : {"LC_ALL", "LC_TIME", "LANG"}) {
    const char* value = std::getenv(name);
    if (value != nullptr && value[0] != '\0') return value;
  }
  return {};
}

const char* weekday_initial(int weekday) {
  switch (((weekday % 7) + 7) % 7) {
    case 0: return trc("Monday's initial", "M");
    case 1: return trc("Tuesday's initial", "T");
    case 2: return trc("Wednesday's initial", "W");
    case 3: return trc("Thursday's initial", "T");
    case 4: return trc("Friday's initial", "F");
    case 5: return trc("Saturday's initial", "S");
    default: return trc("Sunday's initial", "S");
  }
}

const char* weekday_two_letters(int weekday) {
  switch (((weekday % 7) + 7) % 7) {
    case 0: return trc("Monday, two letters", "Mo");
    case 1: return trc("Tuesday, two letters", "Tu");
    case 2: return trc("Wednesday, two letters", "We");
    case 3: return trc("Thursday, two letters", "Th");
    case 4: return trc("Friday, two letters", "Fr");
    case 5: return trc("Saturday, two letters", "Sa");
    default: return trc("Sunday, two letters", "Su");
  }
}

std::string weekday_label(int weekday) {
  const std::string_view initial = weekday_initial(weekday);
  for (int other = 0; other < 7; ++other) {
    if (other != ((weekday % 7) + 7) % 7 && initial == weekday_initial(other)) return weekday_two_letters(weekday);
  }
  return std::string(initial);
}

std::string month_abbreviation(DayNumber day) {
  const std::chrono::year_month_day date{std::chrono::sys_days{std::chrono::days{day}}};
  switch (static_cast<unsigned>(date.month())) {
    case 1: return trc("a month, short", "Jan");
    case 2: return trc("a month, short", "Feb");
    case 3: return trc("a month, short", "Mar");
    case 4: return trc("a month, short", "Apr");
    case 5: return trc("a month, short", "May");
    case 6: return trc("a month, short", "Jun");
    case 7: return trc("a month, short", "Jul");
    case 8: return trc("a month, short", "Aug");
    case 9: return trc("a month, short", "Sep");
    case 10: return trc("a month, short", "Oct");
    case 11: return trc("a month, short", "Nov");
    default: return trc("a month, short", "Dec");
  }
}

std::string short_date(DayNumber day) {
  const std::chrono::year_month_day date{std::chrono::sys_days{std::chrono::days{day}}};
  return format(trc("a date: the day, then the month", "{0} {1}"), static_cast<unsigned>(date.day()), month_abbreviation(day));
}

}  // namespace limber

namespace limber {

std::string weekday_date(DayNumber day) {
  const char* name = "";
  switch (weekday(day)) {
    case 0: name = trc("a weekday, short", "Mon"); break;
    case 1: name = trc("a weekday, short", "Tue"); break;
    case 2: name = trc("a weekday, short", "Wed"); break;
    case 3: name = trc("a weekday, short", "Thu"); break;
    case 4: name = trc("a weekday, short", "Fri"); break;
    case 5: name = trc("a weekday, short", "Sat"); break;
    default: name = trc("a weekday, short", "Sun"); break;
  }
  return format(trc("a date: the weekday, then the day and month", "{0} {1}"), name, short_date(day));
}

}  // namespace limber
