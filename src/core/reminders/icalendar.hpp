#pragma once
// The reminders as an iCalendar file (RFC 5545), for a calendar to ring where no timer of
// Limber's can: a tablet's calendar imports it, and each reminder is a repeating event at its
// time on its days, with an alarm at the start and a link back to Limber. No I/O here.

#include <cstdint>
#include <string>
#include <vector>

#include "core/base/calendar.hpp"
#include "core/reminders/reminder.hpp"

namespace limber {

struct CalendarExport {
  DayNumber first_day = 0;          // the events start on the first of their days from here on
  std::int64_t stamp_utc_seconds = 0;  // DTSTAMP: when the file was made
  std::string app_url{};            // where Limber is (a page's address); "" when it has none
};

// A VCALENDAR with one VEVENT per reminder: DTSTART at its time on its first day, in the device's
// own time zone wherever it is (a floating time), an RRULE for its days, a VALARM at the start,
// the summary and description in the user's language, lines folded at 75 octets, CRLF endings.
[[nodiscard]] std::string reminders_icalendar(const std::vector<Reminder>& reminders, const CalendarExport& export_as);

// "limber-reminders.ics"
inline constexpr const char* kRemindersCalendarName = "limber-reminders.ics";

}  // namespace limber
