#pragma once
// Reminders that work while Limber is closed: what one is (a time of day, the weekdays it rings,
// and what it asks for), how the user writes it on the command line, and how it is said to the
// systems that ring it (a systemd calendar expression, a crontab line). No I/O here.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/expected.hpp"

namespace limber {

enum class ReminderKind {
  routine,  // "time to stretch": Start now / In 15 minutes / Not tonight
  diary,    // "cramps last night?": None / 1 / 2 / 3 or more
};

struct ClockTime {
  int hour = 0;    // 0-23
  int minute = 0;  // 0-59
  bool operator==(const ClockTime&) const = default;
};

// Monday first, as calendar.hpp's weekday().
using Weekdays = std::array<bool, 7>;
inline constexpr Weekdays kEveryDay{true, true, true, true, true, true, true};

struct Reminder {
  std::string name;  // also its unit's name: limber-remind-NAME.timer
  ReminderKind kind = ReminderKind::routine;
  ClockTime at{};
  Weekdays days = kEveryDay;
  std::string routine{};  // the routine's name for Start now; "" opens the library
  bool operator==(const Reminder&) const = default;
};

// "22:15" or "7:05", on the 24-hour clock; the error says what was wrong in words.
[[nodiscard]] Expected<ClockTime, std::string> parse_clock_time(std::string_view text);
[[nodiscard]] std::string format_clock_time(ClockTime time);  // "07:05"

// "mon,wed,fri", full names, "weekdays", "weekends" or "daily", in any case; never empty.
[[nodiscard]] Expected<Weekdays, std::string> parse_weekdays(std::string_view text);
// "mon,wed,fri", or "daily" for every day, as parse_weekdays reads it back.
[[nodiscard]] std::string weekdays_key(const Weekdays& days);
// "every day", "weekdays", "Mon, Wed and Fri", for people.
[[nodiscard]] std::string describe_weekdays(const Weekdays& days);

// A name that can be a systemd unit's and a file's: lowercase letters, digits and dashes.
[[nodiscard]] std::optional<std::string> reminder_name_problem(std::string_view name);

// systemd's OnCalendar= value: "Mon,Wed *-*-* 07:30:00" (every day: "*-*-* 07:30:00").
[[nodiscard]] std::string on_calendar(const Reminder& reminder);
// The five crontab time fields: "30 7 * * 1,3".
[[nodiscard]] std::string crontab_schedule(const Reminder& reminder);

// The unit files' names and texts. `command` is the notify command line the service runs,
// already quoted for systemd's ExecStart=.
[[nodiscard]] std::string timer_unit_name(const Reminder& reminder);
[[nodiscard]] std::string service_unit_name(const Reminder& reminder);
[[nodiscard]] std::string timer_unit_text(const Reminder& reminder);
[[nodiscard]] std::string service_unit_text(const Reminder& reminder, const std::string& command);
// One argument quoted for ExecStart= (and a POSIX shell): plain words as they are, others in
// double quotes with \ " $ ` % escaped.
[[nodiscard]] std::string quote_exec_argument(std::string_view argument);

// "bedtime at 22:15 every day: Bedtime stretches", for confirmations and lists.
[[nodiscard]] std::string describe_reminder(const Reminder& reminder);

// Whether a reminder has anything to say today: a routine reminder is quiet once that routine was
// completed today, the diary prompt once last night is in the diary.
struct ReminderFacts {
  bool routine_completed_today = false;
  bool last_night_in_diary = false;
};
[[nodiscard]] bool reminder_has_news(const Reminder& reminder, const ReminderFacts& facts);

// The two reminders offered to the user: morning and bedtime stretches. Those the user already has
// (by name, or one for the same routine) are left out, so adding one leaves the other on offer.
[[nodiscard]] std::vector<Reminder> suggested_reminders(const std::vector<Reminder>& have = {});

// How long "In 15 minutes" waits.
inline constexpr int kSnoozeMinutes = 15;

}  // namespace limber
