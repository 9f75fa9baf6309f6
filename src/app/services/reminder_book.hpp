#pragma once
// The user's reminders: kept in $XDG_CONFIG_HOME/limber/reminders.json (saved atomically) and
// handed to the user's systemd as timers (~/.config/systemd/user/limber-remind-NAME.timer and
// .service, enabled with `systemctl --user`). Where no systemd user manager runs, the reminder is
// still kept, and what would ring it instead is a crontab line. The CLI and the Settings screen
// both go through here.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/base/expected.hpp"
#include "core/reminders/reminder.hpp"

namespace limber {

// What adding or removing a reminder did to the machine's timers.
struct TimerOutcome {
  bool scheduled = false;  // systemd's user manager has the timer (or, removing, no longer has it)
  std::string why_not{};   // when not: why, in words ("no systemd user manager is running (...)")
  std::string crontab_line{};  // when not: the line that would ring it from cron instead
};

// reminders.json is the user's: one Limber cannot read (a syntax error, a folder or a pipe in its
// place) is said with its place and never written over, so adding waits until it is fixed; an
// entry with a field Limber cannot read is said and kept in the file as it is.
class ReminderBook {
 public:
  // Missing reminders.json: no reminders. Without a config folder nothing can be kept, and adding
  // says so.
  ReminderBook(std::optional<std::filesystem::path> config_dir, std::optional<std::filesystem::path> data_dir);

  [[nodiscard]] const std::vector<Reminder>& reminders() const { return reminders_; }
  [[nodiscard]] std::optional<Reminder> find(const std::string& name) const;
  // What could not be read of reminders.json, each placed ("reminders.json:3:5: error: ..."); "" when all was.
  [[nodiscard]] const std::string& notice() const { return notice_; }
  // Timers of Limber's reminders installed for this user that reminders.json does not list (made
  // before it broke, or by hand): their names, for `remind list` and `remind remove`.
  [[nodiscard]] std::vector<std::string> unlisted_timers() const;

  // Adds, or replaces the reminder of the same name; writes its unit files and enables its timer.
  [[nodiscard]] Expected<TimerOutcome, std::string> add(const Reminder& reminder);
  // False when there was no such reminder (listed, or installed as a timer).
  [[nodiscard]] Expected<bool, std::string> remove(const std::string& name);

  // The folder systemd reads the user's own units from.
  [[nodiscard]] static std::optional<std::filesystem::path> user_unit_dir();
  // The command the timer runs: this binary, the data folder, `notify NAME`.
  [[nodiscard]] std::vector<std::string> notify_command(const Reminder& reminder) const;
  [[nodiscard]] std::string crontab_line(const Reminder& reminder) const;
  // Why this reminder will not ring ("no systemd user manager runs for you here, and no crontab
  // line rings it"), or nullopt when its timer is active or its crontab line is installed.
  [[nodiscard]] std::optional<std::string> why_silent(const Reminder& reminder) const;

 private:
  [[nodiscard]] Expected<void, std::string> save() const;
  // Into the list (replacing one of the same name) and saved; as it was when saving failed.
  [[nodiscard]] Expected<void, std::string> keep(const Reminder& reminder);
  std::optional<std::filesystem::path> config_dir_;
  std::optional<std::filesystem::path> data_dir_;
  std::vector<Reminder> reminders_;
  std::vector<nlohmann::json> unreadable_entries_;  // kept as they are, written back at every save
  bool file_unreadable_ = false;                    // never written over
  std::string notice_;
};

}  // namespace limber
