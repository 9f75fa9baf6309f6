#include "core/reminders/reminder.hpp"

#include <fmt/format.h>

#include "core/base/text.hpp"
#include "core/base/translate.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace limber {
namespace {

constexpr std::array<std::string_view, 7> kDayKeys{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr std::array<std::string_view, 7> kDayNames{"monday", "tuesday", "wednesday", "thursday",
                                                    "friday", "saturday", "sunday"};
constexpr std::array<std::string_view, 7> kSystemdDays{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr Weekdays kWeekdays{true, true, true, true, true, false, false};
constexpr Weekdays kWeekends{false, false, false, false, false, true, true};

std::string lowercase(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::optional<int> whole_number(std::string_view digits) {
  if (digits.empty() || digits.size() > 2 ||
      !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  int value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc{} || end != digits.data() + digits.size()) return std::nullopt;
  return value;
}


}  // namespace

Expected<ClockTime, std::string> parse_clock_time(std::string_view text) {
  const std::string_view given = trim(text);
  const auto how = fmt::format("write the time as HH:MM on the 24-hour clock, e.g. 07:30 or 22:15 (not \"{}\")", given);
  const auto colon = given.find(':');
  if (colon == std::string_view::npos) return Unexpected{how};
  const auto hour = whole_number(given.substr(0, colon));
  const std::string_view minute_text = given.substr(colon + 1);
  const auto minute = minute_text.size() == 2 ? whole_number(minute_text) : std::nullopt;
  if (!hour || !minute) return Unexpected{how};
  if (*hour > 23) return Unexpected{fmt::format("{} is not a time of day: hours go from 00 to 23", given)};
  if (*minute > 59) return Unexpected{fmt::format("{} is not a time of day: minutes go from 00 to 59", given)};
  return ClockTime{*hour, *minute};
}

std::string format_clock_time(ClockTime time) { return fmt::format("{:02}:{:02}", time.hour, time.minute); }

Expected<Weekdays, std::string> parse_weekdays(std::string_view text) {
  Weekdays days{};
  bool any = false;
  std::string_view rest = text;
  while (true) {
    const auto comma = rest.find(',');
    const std::string word = lowercase(trim(rest.substr(0, comma)));
    if (word.empty() && comma != std::string_view::npos) return Unexpected{fmt::format("\"{}\" has an empty day between commas", text)};
    if (!word.empty()) {
      const auto match = [](const Weekdays& these, Weekdays& into) {
        for (std::size_t i = 0; i < 7; ++i) into[i] = into[i] || these[i];
      };
      bool known = true;
      if (word == "daily" || word == "every-day" || word == "everyday") {
        match(kEveryDay, days);
      } else if (word == "weekdays") {
        match(kWeekdays, days);
      } else if (word == "weekends") {
        match(kWeekends, days);
      } else {
        known = false;
        for (std::size_t i = 0; i < 7; ++i) {
          if (word == kDayKeys[i] || word == kDayNames[i]) {
            days[i] = true;
            known = true;
          }
        }
      }
      if (!known) {
        return Unexpected{fmt::format("\"{}\" is not a day: use mon, tue, wed, thu, fri, sat, sun, or weekdays, "
                                      "weekends, daily",
                                      trim(rest.substr(0, comma)))};
      }
      any = true;
    }
    if (comma == std::string_view::npos) break;
    rest.remove_prefix(comma + 1);
  }
  if (!any) return Unexpected{std::string("no days given: name them (e.g. mon,wed,fri), or leave --days out for every day")};
  return days;
}

std::string weekdays_key(const Weekdays& days) {
  if (days == kEveryDay) return "daily";
  std::string key;
  for (std::size_t i = 0; i < 7; ++i) {
    if (days[i]) key += fmt::format("{}{}", key.empty() ? "" : ",", kDayKeys[i]);
  }
  return key;
}

std::string describe_weekdays(const Weekdays& days) {
  if (days == kEveryDay) return tr("every day");
  if (days == kWeekdays) return tr("on weekdays");
  if (days == kWeekends) return tr("at weekends");
  static const std::array<const char*, 7> kDayNames{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  std::vector<std::string> names;
  for (std::size_t i = 0; i < 7; ++i) {
    if (days[i]) names.push_back(trc("a weekday, short", kDayNames[i]));
  }
  std::string list;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) list += i + 1 == names.size() ? tr(" and ") : ", ";
    list += names[i];
  }
  return format(tr("on {0}"), list);
}

std::optional<std::string> reminder_name_problem(std::string_view name) {
  const auto allowed = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; };
  if (name.empty() || name.size() > 40 || name.front() == '-' || !std::all_of(name.begin(), name.end(), allowed)) {
    return fmt::format("\"{}\" cannot name a reminder: use 1 to 40 lowercase letters, digits and dashes, e.g. bedtime",
                       name);
  }
  return std::nullopt;
}

std::string on_calendar(const Reminder& reminder) {
  std::string days;
  if (reminder.days != kEveryDay) {
    for (std::size_t i = 0; i < 7; ++i) {
      if (reminder.days[i]) days += fmt::format("{}{}", days.empty() ? "" : ",", kSystemdDays[i]);
    }
    days += " ";
  }
  return fmt::format("{}*-*-* {:02}:{:02}:00", days, reminder.at.hour, reminder.at.minute);
}

std::string crontab_schedule(const Reminder& reminder) {
  std::string days;
  if (reminder.days == kEveryDay) {
    days = "*";
  } else {
    // cron counts from Sunday = 0.
    for (std::size_t i = 0; i < 7; ++i) {
      if (reminder.days[i]) days += fmt::format("{}{}", days.empty() ? "" : ",", (i + 1) % 7);
    }
  }
  return fmt::format("{} {} * * {}", reminder.at.minute, reminder.at.hour, days);
}

std::string timer_unit_name(const Reminder& reminder) { return "limber-remind-" + reminder.name + ".timer"; }
std::string service_unit_name(const Reminder& reminder) { return "limber-remind-" + reminder.name + ".service"; }

std::string timer_unit_text(const Reminder& reminder) {
  return fmt::format(
      "# Written by `limber remind add`; `limber remind remove {0}` deletes it.\n"
      "[Unit]\n"
      "Description=Limber reminder: {1}\n"
      "\n"
      "[Timer]\n"
      "OnCalendar={2}\n"
      "# A machine that was asleep or off at the time reminds when it wakes.\n"
      "Persistent=true\n"
      "AccuracySec=30s\n"
      "Unit={3}\n"
      "\n"
      "[Install]\n"
      "WantedBy=timers.target\n",
      reminder.name, describe_reminder(reminder), on_calendar(reminder), service_unit_name(reminder));
}

std::string service_unit_text(const Reminder& reminder, const std::string& command) {
  // '%' starts a specifier in unit files, even in a description.
  std::string description = describe_reminder(reminder);
  for (std::size_t at = 0; (at = description.find('%', at)) != std::string::npos; at += 2) description.insert(at, "%");
  return fmt::format(
      "# Written by `limber remind add`; run by {0}.\n"
      "[Unit]\n"
      "Description=Limber reminder: {1}\n"
      "\n"
      "[Service]\n"
      "Type=simple\n"
      "ExecStart={2}\n",
      timer_unit_name(reminder), description, command);
}

std::string quote_exec_argument(std::string_view argument) {
  const bool plain = !argument.empty() && std::all_of(argument.begin(), argument.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || std::string_view("/._-+=:,@").find(c) != std::string_view::npos;
  });
  if (plain) return std::string(argument);
  std::string quoted = "\"";
  for (const char c : argument) {
    if (c == '%') {
      quoted += "%%";
      continue;
    }
    if (c == '\\' || c == '"' || c == '$' || c == '`') quoted += '\\';
    quoted += c;
  }
  return quoted + "\"";
}

std::string describe_reminder(const Reminder& reminder) {
  const std::string what = reminder.kind == ReminderKind::diary
                               ? std::string(tr("the cramp diary"))
                               : (reminder.routine.empty() ? std::string(tr("stretching")) : reminder.routine);
  return format(tr("{0} at {1} {2}: {3}"), reminder.name, format_clock_time(reminder.at), describe_weekdays(reminder.days),
                what);
}

bool reminder_has_news(const Reminder& reminder, const ReminderFacts& facts) {
  if (reminder.kind == ReminderKind::diary) return !facts.last_night_in_diary;
  return !facts.routine_completed_today;
}

std::vector<Reminder> suggested_reminders(const std::vector<Reminder>& have) {
  std::vector<Reminder> out;
  for (Reminder r : {Reminder{"morning", ReminderKind::routine, ClockTime{7, 30}, kEveryDay, "Morning calf stretch"},
                     Reminder{"bedtime", ReminderKind::routine, ClockTime{22, 0}, kEveryDay, "Bedtime stretches"}}) {
    const bool had = std::any_of(have.begin(), have.end(), [&](const Reminder& h) {
      return h.name == r.name || (h.kind == r.kind && h.routine == r.routine);
    });
    if (!had) out.push_back(std::move(r));
  }
  return out;
}

}  // namespace limber
