#pragma once
// Calendar days as plain numbers (days since 1970-01-01), so streaks and weeks are integer
// arithmetic. Sessions carry the local date they count for, so daylight-saving changes never
// shift a day here: a day is a date, not 24 hours.

#include <optional>
#include <string>
#include <string_view>

namespace limber {

using DayNumber = int;

// "2026-11-26" -> its day number; nullopt for anything that is not a real date.
[[nodiscard]] std::optional<DayNumber> parse_date(std::string_view text);
[[nodiscard]] std::string format_date(DayNumber day);
// 0 = Monday ... 6 = Sunday (weeks start on Monday, as in ISO 8601).
[[nodiscard]] int weekday(DayNumber day);
[[nodiscard]] DayNumber week_start(DayNumber day);
// "Nov", in the user's language.
[[nodiscard]] std::string month_abbreviation(DayNumber day);
// "26 Nov", for chart labels.
[[nodiscard]] std::string short_date(DayNumber day);
// "Thu 26 Nov", for lists.
[[nodiscard]] std::string weekday_date(DayNumber day);

}  // namespace limber
