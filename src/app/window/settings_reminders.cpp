// The Settings screen's reminders: a new one made from the form, added and removed through the
// same ReminderBook as `limber remind`, and what each did said in words.
#include <fmt/format.h>

#include <chrono>

#include "app/services/data_export.hpp"
#include "app/window/settings_screen.hpp"
#include "core/base/translate.hpp"
#include "core/routine/routine_file_name.hpp"
#include "platform/hand_over_file.hpp"
#include "platform/paths.hpp"

namespace limber {
namespace {

std::string describe_outcome(const Reminder& reminder, const TimerOutcome& outcome) {
  if (outcome.scheduled) return format(tr("Added: {0}."), describe_reminder(reminder));
  // A page, which has no timers: the calendar rings it.
  if (outcome.why_not.empty()) return format(tr("Added: {0}. Add to calendar, below, and your calendar rings it."), describe_reminder(reminder));
  return format(tr("Added, but it will not ring yet: {0}. To have it ring, run `crontab -e`, add this line at the end "
                    "and save:"),
                outcome.why_not);
}

}  // namespace

Reminder SettingsScreen::new_reminder() const {
  Reminder r;
  r.at = model_.new_at;
  r.days = model_.new_days;
  // The diary is the last choice; the others are routines by name.
  r.kind = what_ + 1 == whats_.size() ? ReminderKind::diary : ReminderKind::routine;
  if (r.kind == ReminderKind::routine) r.routine = model_.new_what;
  std::vector<std::string> taken;
  for (const Reminder& known : book_->reminders()) taken.push_back(known.name);
  std::string stem = routine_file_stem(r.kind == ReminderKind::diary ? std::string("diary") : r.routine, taken);
  // Unit names take ASCII only: a name in another script becomes "reminder-N".
  if (reminder_name_problem(stem)) stem = routine_file_stem("reminder", taken);
  r.name = stem;
  return r;
}

void SettingsScreen::add_reminder(const Reminder& reminder) {
  const auto outcome = book_->add(reminder);
  model_.crontab_line.clear();
  if (!outcome) {
    model_.reminder_notice = format(tr("Not added: {0}"), outcome.error());
    return;
  }
  model_.reminder_notice = describe_outcome(reminder, *outcome);
  model_.crontab_line = outcome->crontab_line;
}

void SettingsScreen::add_to_calendar() {
  const auto now = std::chrono::system_clock::now();
  const CalendarExport as{services_.today(), std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count(),
                          app_address()};
  const auto exported = export_reminders_calendar(book_->reminders(), as);
  auto where = exported ? hand_over_file(exported->file, exported->name) : Expected<std::string, std::string>(Unexpected{exported.error()});
  model_.calendar_notice = where ? *where + " " + tr("Open it with your calendar: each reminder rings from there on its days.")
                                 : format(tr("Nothing was exported: {0}."), where.error());
}

void SettingsScreen::remove_reminder(int index) {
  if (index < 0 || static_cast<std::size_t>(index) >= book_->reminders().size()) return;
  const std::string name = book_->reminders()[static_cast<std::size_t>(index)].name;
  const auto removed = book_->remove(name);
  model_.crontab_line.clear();
  model_.reminder_notice = removed ? format(tr("Removed the reminder {0}, with its timer."), name)
                                   : format(tr("Not removed: {0}"), removed.error());
}

}  // namespace limber
