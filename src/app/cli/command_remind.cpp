// `limber remind add|list|remove|calendar`: reminders that ring while Limber is closed (reminder_book.hpp).
#include <fmt/format.h>

#include <chrono>

#include "app/cli/command_table.hpp"
#include "app/cli/commands.hpp"
#include "app/services/history_access.hpp"
#include "app/services/reminder_book.hpp"
#include "core/base/text_table.hpp"
#include "core/base/translate.hpp"
#include "core/reminders/icalendar.hpp"
#include "platform/atomic_file.hpp"
#include "platform/paths.hpp"

namespace limber {
namespace {

void print_suggestions() {
  fmt::print("{}", tr("Two to start with:\n"));
  for (const Reminder& r : suggested_reminders()) {
    fmt::print("{}", format(tr("  limber remind add {0} --at {1} --routine \"{2}\"\n"), r.name, format_clock_time(r.at), r.routine));
  }
  fmt::print("{}", tr("and, for the cramp diary each morning:\n  limber remind add diary --at 08:00 --diary\n"));
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
    fmt::print(stderr, "{}", format(tr("limber: --at: {0}\n"), at.error()));
    return kExitUsage;
  }
  reminder.at = *at;
  if (args.days) {
    const auto days = parse_weekdays(*args.days);
    if (!days) {
      fmt::print(stderr, "{}", format(tr("limber: --days: {0}\n"), days.error()));
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
    fmt::print(stderr, "{}", format(tr("limber: the reminder was not added: {0}\n"), outcome.error()));
    return kExitFailure;
  }
  // Entries it could not read are kept in the file: said, so none is forgotten.
  if (!book.notice().empty()) fmt::print(stderr, "limber: {}\n", book.notice());
  fmt::print("{}", format(tr("Reminder {0} (timer {1}).\n"), describe_reminder(reminder), timer_unit_name(reminder)));
  if (!outcome->scheduled) {
    // Not done until it rings: said plainly, with the one step that makes it ring, and not exit 0.
    fmt::print(stderr, "{}",
               format(tr("limber: this reminder will not ring yet: {0}.\n"
                         "To have it ring, run `crontab -e`, add this line at the end and save:\n{1}\n"
                         "`limber remind list` shows which reminders will ring.\n"),
                      outcome->why_not, outcome->crontab_line));
    return kExitFailure;
  }
  return kExitOk;
}

int command_remind_list(const AppContext& context) {
  const ReminderBook book(resolve_config_dir(), context.data_dir);
  if (!book.notice().empty()) fmt::print(stderr, "limber: {}\n", book.notice());
  for (const std::string& name : book.unlisted_timers()) {
    fmt::print(stderr, "{}", format(tr("limber: a timer for a reminder \"{0}\" is installed, but reminders.json does not list "
                                       "it; `limber remind remove {0}` takes it away\n"),
                                    name));
  }
  if (book.reminders().empty()) {
    // "No reminders yet" only when the file holds none: not when it could not be read.
    if (book.notice().empty()) {
      fmt::print("{}", tr("No reminders yet. "));
      print_suggestions();
    }
    return kExitOk;
  }
  TextTable table({{trc("table heading", "NAME")},
                   {trc("table heading", "AT")},
                   {trc("table heading", "DAYS")},
                   {trc("table heading", "WHAT")},
                   {trc("table heading", "RINGS")}});
  std::vector<std::string> silent;
  for (const Reminder& r : book.reminders()) {
    const std::string what = r.kind == ReminderKind::diary ? std::string(tr("cramp diary"))
                             : r.routine.empty()           ? std::string(tr("stretching"))
                                                           : r.routine;
    const auto why = book.why_silent(r);
    if (why) silent.push_back(format(tr("{0} will not ring: {1}."), r.name, *why));
    table.add({r.name, format_clock_time(r.at), describe_weekdays(r.days), what, why ? tr("no") : tr("yes")});
  }
  fmt::print("{}", table.text());
  for (const std::string& line : silent) fmt::print("{}\n", line);
  if (!silent.empty()) fmt::print("{}\n", tr("`limber remind add` with the same name again prints the crontab line that makes one ring."));
  return kExitOk;
}

int command_remind_remove(const AppContext& context, const std::string& name) {
  ReminderBook book(resolve_config_dir(), context.data_dir);
  const auto removed = book.remove(name);
  if (!removed) {
    fmt::print(stderr, "{}", format(tr("limber: the reminder was not removed: {0}\n"), removed.error()));
    return kExitFailure;
  }
  if (!book.notice().empty()) fmt::print(stderr, "limber: {}\n", book.notice());
  if (!*removed) {
    fmt::print(stderr, "{}", format(tr("limber: there is no reminder named \"{0}\" (`limber remind list` shows them)\n"), name));
    return kExitFailure;
  }
  fmt::print("{}", format(tr("Reminder {0} removed, with its timer.\n"), name));
  return kExitOk;
}

// `limber remind calendar [-o FILE]`: the reminders as an iCalendar file, for a calendar to ring
// them (on a machine without systemd or cron, or on the phone beside the bed).
int command_remind_calendar(const AppContext& context, const std::string& out) {
  const ReminderBook book(resolve_config_dir(), context.data_dir);
  if (!book.notice().empty()) fmt::print(stderr, "limber: {}\n", book.notice());
  if (book.reminders().empty()) {
    fmt::print(stderr, "{}", tr("limber: there are no reminders to put in a calendar yet (`limber remind add` adds one)\n"));
    return kExitFailure;
  }
  const auto now = std::chrono::system_clock::now();
  const std::string text = reminders_icalendar(
      book.reminders(), {local_today(), std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count(), ""});
  if (out.empty() || out == "-") {
    fmt::print("{}", text);
    return kExitOk;
  }
  if (auto written = write_file_atomically(out, text); !written) {
    fmt::print(stderr, "{}", format(tr("limber: {0} was not written: {1}\n"), out, written.error()));
    return kExitFailure;
  }
  fmt::print("{}", format(trn("Wrote {0} reminder to {1}: open it with your calendar, which rings it on its days.\n",
                              "Wrote {0} reminders to {1}: open it with your calendar, which rings each on its days.\n",
                              static_cast<long>(book.reminders().size())),
                          book.reminders().size(), out));
  return kExitOk;
}

void add_remind_command(CommandTable& table) {
  auto args = std::make_shared<RemindArgs>();
  auto remove_name = std::make_shared<std::string>();
  CLI::App* remind = table.app().add_subcommand("remind", "Reminders that ring while Limber is closed (systemd user timers)");
  remind->require_subcommand(1);
  CLI::App* add = remind->add_subcommand("add", "Add (or replace) a reminder");
  add->add_option("NAME", args->name, "Its name: lowercase letters, digits and dashes, e.g. bedtime")->required();
  add->add_option("--at", args->at, "The time of day, HH:MM on the 24-hour clock")->required();
  add->add_option("--days", args->days, "mon,tue,... or weekdays, weekends, daily (default: every day)");
  CLI::Option* routine = add->add_option("--routine", args->routine, "The routine Start now opens (a name or file stem)");
  add->add_flag("--diary", args->diary, "Ask for last night's cramps instead (the morning diary prompt)")->excludes(routine);
  CLI::App* list = remind->add_subcommand("list", "List the reminders");
  CLI::App* remove = remind->add_subcommand("remove", "Remove a reminder and its timer");
  remove->add_option("NAME", *remove_name, "The reminder's name")->required();
  auto calendar_file = std::make_shared<std::string>();
  CLI::App* calendar = remind->add_subcommand("calendar", "Write the reminders as an iCalendar (.ics) file for a calendar to ring");
  calendar->add_option("-o,--output", *calendar_file, "The file to write (default: standard output)");
  table.add(add, [args](Invocation& invocation) { return command_remind_add(invocation.context, *args); });
  table.add(list, [](Invocation& invocation) { return command_remind_list(invocation.context); });
  table.add(calendar, [calendar_file](Invocation& invocation) { return command_remind_calendar(invocation.context, *calendar_file); });
  table.add(remove, [remove_name](Invocation& invocation) { return command_remind_remove(invocation.context, *remove_name); });
}

}  // namespace limber
