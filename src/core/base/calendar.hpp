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
// 0 = Monday ... 6 = Sunday, whatever day the user's weeks start on.
[[nodiscard]] int weekday(DayNumber day);
// The first day of the week `day` is in: a Monday (ISO 8601, and most of the world) unless
// set_first_weekday() said otherwise.
[[nodiscard]] DayNumber week_start(DayNumber day);

// The day weeks start on (as weekday() numbers them), for the weekly figures and the calendar.
void set_first_weekday(int first);
[[nodiscard]] int first_weekday();
// The day weeks start on where a locale name ("en_US.UTF-8", "de_DE", "ar_EG") points, by its
// territory as the Unicode CLDR has it: Sunday in the United States, Canada, Japan, Brazil and
// others, Saturday in much of the Middle East, Monday everywhere else and without a territory.
[[nodiscard]] int first_weekday_for_locale(std::string_view locale);
// The locale that says how dates are shown: LC_ALL, LC_TIME or LANG, the first one set.
[[nodiscard]] std::string time_locale_from_environment();
// "M" for Monday (0) ... "S" for Sunday (6), in the user's language.
[[nodiscard]] const char* weekday_initial(int weekday);
// "Mo", "Tu" ... "Su", in the user's language.
[[nodiscard]] const char* weekday_two_letters(int weekday);
// A calendar's row or column label: the initial where no other day of the week shares it, else the
// two letters (English "M Tu W Th F Sa Su", German "Mo Di Mi Do Fr Sa So"), so no two rows read alike.
[[nodiscard]] std::string weekday_label(int weekday);
// "Nov", in the user's language.
[[nodiscard]] std::string month_abbreviation(DayNumber day);
// "26 Nov", for chart labels.
[[nodiscard]] std::string short_date(DayNumber day);
// "Thu 26 Nov", for lists.
[[nodiscard]] std::string weekday_date(DayNumber day);

}  // namespace limber
