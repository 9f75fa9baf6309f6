// `limber notify NAME`: what a reminder's timer runs. Sends the desktop notification, waits for
// the user's answer and carries it out: starts the session, snoozes, or writes the diary.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>

#include "app/cli/command_table.hpp"
#include "app/cli/commands.hpp"
#include "app/services/history_access.hpp"
#include "app/services/reminder_book.hpp"
#include "core/base/translate.hpp"
#include "core/history/diary_rules.hpp"
#include "core/history/progress_stats.hpp"
#include "core/routine/plan.hpp"
#include "core/routine/routine_language.hpp"
#include "platform/child_process.hpp"
#include "platform/desktop_notifications.hpp"
#include "platform/paths.hpp"

namespace limber {
namespace {

// A reminder nobody answers is given up after this long (the next one comes tomorrow).
constexpr std::chrono::hours kAnswerWait{12};

ReminderFacts facts_today(const AppContext& context, const Reminder& reminder) {
  ReminderFacts facts;
  const auto history = read_user_history(context);
  if (!history) return facts;
  const std::string today = format_date(local_today());
  const std::string night = format_date(last_night(local_today()));
  for (const SessionRecord& s : history->sessions) {
    if (s.local_date == today && s.outcome == SessionOutcome::completed &&
        (reminder.routine.empty() || s.routine_name == reminder.routine)) {
      facts.routine_completed_today = true;
    }
  }
  const bool counted_by_button = std::any_of(history->cramp_events.begin(), history->cramp_events.end(),
                                             [&](const CrampEvent& e) { return e.night == night; });
  for (const DiaryEntry& entry : history->diary) {
    // A night the Cramp-now button wrote still asks how bad the worst was.
    if (entry.date == night) facts.last_night_in_diary = !(counted_by_button && !worst_severity(entry));
  }
  return facts;
}

// The night the Cramp-now button already counted: the count is known, how bad is asked.
struct CountedNight {
  DiaryEntry entry;
  std::string events;  // "03:12, left leg"
};
std::optional<CountedNight> counted_last_night(const AppContext& context) {
  const auto history = read_user_history(context);
  if (!history) return std::nullopt;
  const std::string night = format_date(last_night(local_today()));
  const std::string events = describe_night_cramps(history->cramp_events, night);
  if (events.empty()) return std::nullopt;
  for (const DiaryEntry& entry : history->diary) {
    if (entry.date == night && entry.cramps > 0 && !worst_severity(entry)) return CountedNight{entry, events};
  }
  return std::nullopt;
}

Notification routine_notification(const AppContext& context, const Reminder& reminder) {
  Notification n;
  n.summary = reminder.routine.empty() ? std::string(tr("Time to stretch")) : format(tr("Time for {0}"), reminder.routine);
  n.body = tr("A few minutes now, and the night is quieter for your legs.");
  if (!reminder.routine.empty()) {
    if (const auto resolved = resolve_routine(context, reminder.routine)) {
      const auto minutes = std::max<long long>(1, (total_duration(resolved->routine).count() + 30) / 60);
      n.summary = format(tr("Time for {0}"), routine_in_language(resolved->routine, current_language()).name);
      n.body = format(tr("About {0} with Limber. A few minutes now, and the night is quieter for your legs."),
                      format(trn("{0} minute", "{0} minutes", minutes), minutes));
    }
  }
  // "default" is a click on the notification itself, where the server offers one.
  n.actions = {{"start", tr("Start now")},
               {"snooze", format(tr("In {0} minutes"), kSnoozeMinutes)},
               {"skip", tr("Not tonight")},
               {"default", tr("Start now")}};
  return n;
}

Notification diary_notification() {
  Notification n;
  n.summary = tr("Cramps last night?");
  n.body = format(tr("Night of {0}. How bad they were can be added later in Limber."), weekday_date(last_night(local_today())));
  n.actions = {{"cramps-0", trc("cramps", "None")}, {"cramps-1", "1"}, {"cramps-2", "2"}, {"cramps-3", tr("3 or more")}};
  return n;
}

// Pre-filled from the Cramp-now button: how bad was the worst, in three choices a notification
// can hold (the window offers all ten).
Notification severity_notification(const CountedNight& counted) {
  Notification n;
  n.summary = format(trn("{0} cramp last night: how bad was it?", "{0} cramps last night: how bad was the worst?",
                         counted.entry.cramps),
                     counted.entry.cramps);
  n.body = format(tr("Counted with Cramp now: {0}. Limber has it in the diary; tap how bad it was, or open Limber for the "
                     "whole scale."),
                  counted.events);
  n.actions = {{"severity-3", tr("Mild (3 of 10)")},
               {"severity-6", tr("Bad (6 of 10)")},
               {"severity-9", tr("Very bad (9 of 10)")},
               {"default", tr("Open Limber")}};
  return n;
}

int write_severity_answer(const AppContext& context, const DiaryEntry& counted, int severity) {
  auto store = open_user_history(context);
  if (!store) return kExitFailure;
  DiaryEntry entry = counted;
  entry.severity = severity;
  if (const auto saved = store->save_diary_entry(entry); !saved) {
    fmt::print(stderr, "{}", format(tr("limber: the diary could not be written: {0}\n"), saved.error()));
    return kExitFailure;
  }
  publish_user_history(context, *store);
  fmt::print("{}\n", format(tr("Diary: the night of {0}, {1}, the worst {2} of 10."), weekday_date(*parse_date(entry.date)),
                           format(trn("{0} cramp", "{0} cramps", entry.cramps), entry.cramps), severity));
  return kExitOk;
}

int write_diary_answer(const AppContext& context, int cramps) {
  auto store = open_user_history(context);
  if (!store) return kExitFailure;
  const std::string night = format_date(last_night(local_today()));
  DiaryEntry entry{night, cramps, 0, ""};
  if (const auto diary = store->diary()) {
    for (const DiaryEntry& known : *diary) {
      // Written meanwhile (in the window, say): the count is the answer, the rest is kept.
      if (known.date == night) entry = DiaryEntry{night, cramps, cramps > 0 ? known.severity : 0, known.note};
    }
  }
  if (const auto saved = store->save_diary_entry(entry); !saved) {
    fmt::print(stderr, "{}", format(tr("limber: the diary could not be written: {0}\n"), saved.error()));
    return kExitFailure;
  }
  publish_user_history(context, *store);
  const std::string count = cramps >= 3 ? std::string(tr("3 or more cramps")) : format(trn("{0} cramp", "{0} cramps", cramps), cramps);
  fmt::print("{}\n", format(cramps > 0 ? tr("Diary: the night of {0}, {1} (how bad can be added in Limber).")
                                       : tr("Diary: the night of {0}, {1}."),
                           weekday_date(last_night(local_today())), count));
  return kExitOk;
}

std::vector<std::string> limber_command(const AppContext& context, const NotifyArgs& args) {
  std::vector<std::string> argv{own_executable()};
  if (context.data_dir) {
    argv.push_back("--data-dir");
    argv.push_back(context.data_dir->string());
  }
  argv.insert(argv.end(), args.window_options.begin(), args.window_options.end());
  return argv;
}

int start_session(const AppContext& context, const NotifyArgs& args, const Reminder& reminder) {
  auto argv = limber_command(context, args);
  if (!reminder.routine.empty()) {
    argv.push_back("run");
    argv.push_back(reminder.routine);
  }
  if (auto started = start_detached(argv); !started) {
    fmt::print(stderr, "{}", format(tr("limber: the session could not be started: {0}\n"), started.error()));
    return kExitFailure;
  }
  fmt::print("{}", format(tr("Starting {0}.\n"), reminder.routine.empty() ? std::string("Limber") : reminder.routine));
  return kExitOk;
}

int open_progress(const AppContext& context, const NotifyArgs& args) {
  auto argv = limber_command(context, args);
  argv.push_back("progress");
  if (auto started = start_detached(argv); !started) {
    fmt::print(stderr, "{}", format(tr("limber: Limber could not be opened: {0}\n"), started.error()));
    return kExitFailure;
  }
  return kExitOk;
}

int snooze(const AppContext& context, const NotifyArgs& args, const Reminder& reminder) {
  auto notify = limber_command(context, args);
  notify.push_back("notify");
  notify.push_back(reminder.name);
  // A transient timer of the user's systemd: it survives the notification's process and a logout.
  std::vector<std::string> run{"systemd-run",
                               "--user",
                               "--quiet",
                               fmt::format("--on-active={}min", kSnoozeMinutes),
                               "--timer-property=AccuracySec=1s",
                               fmt::format("--unit=limber-snooze-{}-{}", reminder.name,
                                           std::chrono::duration_cast<std::chrono::seconds>(
                                               std::chrono::system_clock::now().time_since_epoch())
                                               .count()),
                               fmt::format("--description=Limber reminder {}, again in {} minutes", reminder.name,
                                           kSnoozeMinutes),
                               "--"};
  run.insert(run.end(), notify.begin(), notify.end());
  const auto requested = run_process(run);
  if (requested && requested->exit_code == 0) {
    fmt::print("{}", format(tr("Reminding again in {0} minutes (systemd timer).\n"), kSnoozeMinutes));
    return kExitOk;
  }
  // No user manager: a process of its own waits instead (it does not survive a logout or reboot).
  std::string command = fmt::format("sleep {} && exec", kSnoozeMinutes * 60);
  for (const auto& arg : notify) command += " " + quote_exec_argument(arg);
  if (auto waiting = start_detached({"/bin/sh", "-c", command}); !waiting) {
    fmt::print(stderr, "{}", format(tr("limber: the reminder could not be put off: {0}\n"), waiting.error()));
    return kExitFailure;
  }
  fmt::print("{}", format(tr("Reminding again in {0} minutes (no systemd user manager here: a waiting process does it).\n"),
             kSnoozeMinutes));
  return kExitOk;
}

}  // namespace

int command_notify(const AppContext& context, const NotifyArgs& args) {
  const ReminderBook book(resolve_config_dir(), context.data_dir);
  const auto reminder = book.find(args.name);
  if (!reminder) {
    fmt::print(stderr, "{}", format(tr("limber: there is no reminder named \"{0}\" (`limber remind list` shows them)\n"), args.name));
    return kExitFailure;
  }
  if (!reminder_has_news(*reminder, facts_today(context, *reminder))) {
    fmt::print("{}\n", reminder->kind == ReminderKind::diary ? tr("Nothing to remind: last night is already in the diary.")
                                                             : tr("Nothing to remind: it was already done today."));
    return kExitOk;
  }
  auto bus = NotificationBus::connect();
  if (!bus) {
    fmt::print(stderr, "{}", format(tr("limber: the reminder could not be shown: {0}\n"), bus.error()));
    return kExitFailure;
  }
  const auto counted = reminder->kind == ReminderKind::diary ? counted_last_night(context) : std::nullopt;
  const Notification notification = counted                                  ? severity_notification(*counted)
                                     : reminder->kind == ReminderKind::diary ? diary_notification()
                                                                             : routine_notification(context, *reminder);
  const auto id = (*bus)->post(notification);
  if (!id) {
    fmt::print(stderr, "limber: {}\n", id.error());
    return kExitFailure;
  }
  const auto answer = (*bus)->wait_for_answer(*id, kAnswerWait);
  if (!answer) {
    fmt::print(stderr, "limber: {}\n", answer.error());
    return kExitFailure;
  }
  // Answered or given up: off the screen (not every server takes it down after an action; dunst keeps it).
  if (answer->kind == NotificationAnswer::Kind::timed_out || answer->kind == NotificationAnswer::Kind::action) {
    (*bus)->close(*id);
  }
  if (answer->kind != NotificationAnswer::Kind::action) {
    fmt::print("{}\n", answer->kind == NotificationAnswer::Kind::timed_out ? tr("The reminder was taken down without an answer.")
                                                                         : tr("The reminder was closed without an answer."));
    return kExitOk;
  }
  const std::string& action = answer->action;
  if (action.starts_with("cramps-") && action.size() == 8) return write_diary_answer(context, action.back() - '0');
  if (counted && action.starts_with("severity-") && action.size() == 10) {
    return write_severity_answer(context, counted->entry, action.back() - '0');
  }
  if (counted && action == "default") return open_progress(context, args);
  if (action == "start" || action == "default") return start_session(context, args, *reminder);
  if (action == "snooze") return snooze(context, args, *reminder);
  fmt::print("{}", tr("Not tonight, then. The next reminder comes as planned.\n"));
  return kExitOk;
}

void add_notify_command(CommandTable& table) {
  auto args = std::make_shared<NotifyArgs>();
  CLI::App* notify =
      table.app().add_subcommand("notify", "Show a reminder's notification now and act on the answer (what its timer runs)");
  notify->add_option("NAME", args->name, "The reminder's name")->required();
  table.add(notify, [args](Invocation& invocation) {
    // The session that Start now opens gets the window options this command was given.
    args->window_options = invocation.window_options;
    return command_notify(invocation.context, *args);
  });
}

}  // namespace limber
