#include "core/reminders/icalendar.hpp"

#include <fmt/format.h>

#include <array>

#include "core/base/translate.hpp"

namespace limber {
namespace {

// TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11).
std::string escaped(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      case '\r': break;
      default: out += c;
    }
  }
  return out;
}

// A content line, folded so no line is longer than 75 octets, never inside a UTF-8 character
// (RFC 5545 3.1): the rest goes on lines that begin with a space.
std::string content_line(std::string_view line) {
  std::string out;
  std::size_t limit = 75;
  while (line.size() > limit) {
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = 74;  // the leading space counts
  }
  out.append(line);
  out += "\r\n";
  return out;
}

// "20261208" for a day number.
std::string ical_date(DayNumber day) {
  std::string text = format_date(day);  // 2026-12-08
  std::erase(text, '-');
  return text;
}

std::string ical_utc(std::int64_t seconds) {
  const auto day = static_cast<DayNumber>(seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400);
  const std::int64_t in_day = seconds - static_cast<std::int64_t>(day) * 86400;
  return fmt::format("{}T{:02}{:02}{:02}Z", ical_date(day), in_day / 3600, in_day / 60 % 60, in_day % 60);
}

constexpr std::array<const char*, 7> kByDay{"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

std::string repeat_rule(const Weekdays& days) {
  if (days == kEveryDay) return "RRULE:FREQ=DAILY";
  std::string list;
  for (std::size_t d = 0; d < days.size(); ++d) {
    if (!days[d]) continue;
    if (!list.empty()) list += ',';
    list += kByDay[d];
  }
  return "RRULE:FREQ=WEEKLY;BYDAY=" + list;
}

// The first day from `from` on which the reminder rings.
DayNumber first_ringing_day(const Reminder& reminder, DayNumber from) {
  for (DayNumber day = from; day < from + 7; ++day) {
    if (reminder.days[static_cast<std::size_t>(weekday(day))]) return day;
  }
  return from;
}

std::string summary(const Reminder& reminder) {
  if (reminder.kind == ReminderKind::diary) return tr("Limber: cramps last night?");
  return reminder.routine.empty() ? std::string(tr("Limber: time to stretch"))
                                  : format(tr("Limber: time to stretch ({0})"), reminder.routine);
}

std::string description(const Reminder& reminder, const std::string& app_url) {
  std::string text = reminder.kind == ReminderKind::diary
                         ? std::string(tr("Note last night's cramps in Limber's diary: it takes a tap."))
                         : (reminder.routine.empty() ? std::string(tr("Open Limber and choose a routine."))
                                                     : format(tr("Open Limber and start {0}."), reminder.routine));
  if (!app_url.empty()) text += "\n" + app_url;
  return text;
}

}  // namespace

std::string reminders_icalendar(const std::vector<Reminder>& reminders, const CalendarExport& export_as) {
  std::string out;
  const auto line = [&out](std::string_view text) { out += content_line(text); };
  line("BEGIN:VCALENDAR");
  line("VERSION:2.0");
  line("PRODID:-//Limber//Limber reminders//EN");
  line("CALSCALE:GREGORIAN");
  line("METHOD:PUBLISH");
  line("X-WR-CALNAME:" + escaped(tr("Limber reminders")));
  for (const Reminder& reminder : reminders) {
    const DayNumber first = first_ringing_day(reminder, export_as.first_day);
    const std::string what = summary(reminder);
    line("BEGIN:VEVENT");
    // The same reminder exported again replaces its event instead of adding a second.
    line("UID:" + escaped(reminder.name) + "@reminders.limber");
    line("DTSTAMP:" + ical_utc(export_as.stamp_utc_seconds));
    line(fmt::format("DTSTART:{}T{:02}{:02}00", ical_date(first), reminder.at.hour, reminder.at.minute));
    line("DURATION:PT15M");
    line(repeat_rule(reminder.days));
    line("SUMMARY:" + escaped(what));
    line("DESCRIPTION:" + escaped(description(reminder, export_as.app_url)));
    if (!export_as.app_url.empty()) line("URL:" + export_as.app_url);
    line("TRANSP:TRANSPARENT");  // a reminder, not time the user is busy
    line("BEGIN:VALARM");
    line("ACTION:DISPLAY");
    line("DESCRIPTION:" + escaped(what));
    line("TRIGGER:PT0M");
    line("END:VALARM");
    line("END:VEVENT");
  }
  line("END:VCALENDAR");
  return out;
}

}  // namespace limber
