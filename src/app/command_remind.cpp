// `limber remind add|list|remove`: reminders that ring while Limber is closed (reminder_book.hpp).
#include <fmt/format.h>

#include "app/commands.hpp"
#include "app/reminder_book.hpp"
#include "platform/paths.hpp"

namespace limber {
namespace {

void print_suggestions() {
  fmt::print("Two to start with:\n");
  for (const Reminder& r : suggested_reminders()) {
    fmt::print("  limber remind add {} --at {} --routine \"{}\"\n", r.name, format_clock_time(r.at), r.routine);
  }
  fmt::print("and, for the cramp diary each morning:\n  limber remind add diary --at 08:00 --diary\n");
}

}  // namespace

int command_remind_add(const AppContext& context, const RemindArgs& args) {
  Reminder reminder;
  reminder.name = args.name;
  if (const auto problem = reminder_name_problem(args.name)) {
    fmt::print(stderr, "limber: {}\n", *problem);
    return kExitUsage;
  }
  const auto at = parse_clock_time(args.at);
  if (!at) {
    fmt::print(stderr, "limber: --at: {}\n", at.error());
    return kExitUsage;
  }
  reminder.at = *at;
  if (args.days) {
    const auto days = parse_weekdays(*args.days);
    if (!days) {
      fmt::print(stderr, "limber: --days: {}\n", days.error());
      return kExitUsage;
    }
    reminder.days = *days;
  }
  reminder.kind = args.diary ? ReminderKind::diary : ReminderKind::routine;
  if (!args.routine.empty()) {
    const auto resolved = resolve_routine(context, args.routine);
    if (!resolved) {
      fmt::print(stderr, "{}", resolved.error());
      return kExitFailure;
    }
    reminder.routine = resolved->routine.name;
  }
  ReminderBook book(resolve_config_dir(), context.data_dir);
  const auto outcome = book.add(reminder);
  if (!outcome) {
    fmt::print(stderr, "limber: the reminder was not added: {}\n", outcome.error());
    return kExitFailure;
  }
  fmt::print("Reminder {} (timer {}).\n", describe_reminder(reminder), timer_unit_name(reminder));
  if (!outcome->scheduled) {
    fmt::print(stderr,
               "limber: the timer is written but will not ring: {}.\n"
               "To have cron ring it instead, add this line with `crontab -e`:\n{}\n",
               outcome->why_not, outcome->crontab_line);
  }
  return kExitOk;
}

int command_remind_list(const AppContext& context) {
  const ReminderBook book(resolve_config_dir(), context.data_dir);
  if (!book.notice().empty()) fmt::print(stderr, "limber: {}\n", book.notice());
  if (book.reminders().empty()) {
    fmt::print("No reminders yet. ");
    print_suggestions();
    return kExitOk;
  }
  fmt::print("{:<16}  {:<5}  {:<24}  {}\n", "NAME", "AT", "DAYS", "WHAT");
  for (const Reminder& r : book.reminders()) {
    const std::string what = r.kind == ReminderKind::diary ? "cramp diary" : (r.routine.empty() ? "stretching" : r.routine);
    fmt::print("{:<16}  {:<5}  {:<24}  {}\n", r.name, format_clock_time(r.at), describe_weekdays(r.days), what);
  }
  return kExitOk;
}

int command_remind_remove(const AppContext& context, const std::string& name) {
  ReminderBook book(resolve_config_dir(), context.data_dir);
  const auto removed = book.remove(name);
  if (!removed) {
    fmt::print(stderr, "limber: the reminder was not removed: {}\n", removed.error());
    return kExitFailure;
  }
  if (!*removed) {
    fmt::print(stderr, "limber: there is no reminder named \"{}\" (`limber remind list` shows them)\n", name);
    return kExitFailure;
  }
  fmt::print("Reminder {} removed, with its timer.\n", name);
  return kExitOk;
}

}  // namespace limber
