#include "app/services/reminder_book.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <string_view>
#include <nlohmann/json.hpp>

#include "app/services/systemctl_user.hpp"
#include "core/base/diagnostic.hpp"
#include "core/base/translate.hpp"
#include "core/formats/json_reader.hpp"
#include "core/formats/small_file.hpp"
#include "platform/abilities.hpp"
#include "platform/atomic_file.hpp"
#include "platform/child_process.hpp"

namespace limber {
namespace {

constexpr const char* kFile = "reminders.json";
constexpr std::uintmax_t kMostReminderBytes = 1024 * 1024;

// The reminder an entry describes, or what in it cannot be read.
Expected<Reminder, std::string> reminder_from_json(const nlohmann::json& item) {
  if (!item.is_object()) return Unexpected{std::string(tr("it is not a reminder ({ \"name\": ..., \"at\": ... })"))};
  const auto text = [&item](const char* key) {
    const auto found = item.find(key);
    return found != item.end() && found->is_string() ? found->get<std::string>() : std::string();
  };
  Reminder reminder;
  reminder.name = text("name");
  if (const auto problem = reminder_name_problem(reminder.name)) return Unexpected{format(tr("its name: {0}"), *problem)};
  const std::string kind = text("kind");
  if (kind != "diary" && kind != "routine") return Unexpected{format(tr("its kind \"{0}\" is neither routine nor diary"), kind)};
  reminder.kind = kind == "diary" ? ReminderKind::diary : ReminderKind::routine;
  const auto at = parse_clock_time(text("at"));
  if (!at) return Unexpected{format(tr("its time: {0}"), at.error())};
  const auto days = parse_weekdays(text("days"));
  if (!days) return Unexpected{format(tr("its days: {0}"), days.error())};
  reminder.at = *at;
  reminder.days = *days;
  reminder.routine = text("routine");
  return reminder;
}

// A path a unit file or a crontab line would carry: a line break (or another control character)
// in it would end the line and start another, so such a path is refused, never written.
std::optional<std::string> unit_path_problem(std::string_view what, const std::string& path) {
  if (std::none_of(path.begin(), path.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; })) {
    return std::nullopt;
  }
  return format(tr("{0} ({1}) holds a line break or another control character, which a reminder's timer cannot "
                   "carry; use a folder whose name has none"),
                what, quote_exec_argument(path));
}

}  // namespace

ReminderBook::ReminderBook(std::optional<std::filesystem::path> config_dir, std::optional<std::filesystem::path> data_dir)
    : config_dir_(std::move(config_dir)), data_dir_(std::move(data_dir)) {
  if (!config_dir_) return;
  const std::filesystem::path file = *config_dir_ / kFile;
  std::error_code ec;
  if (std::filesystem::symlink_status(file, ec).type() == std::filesystem::file_type::not_found) return;
  const auto unreadable = [&](const std::string& why) {
    file_unreadable_ = true;
    notice_ = format(tr("{0}; your reminders there are left as they are, and none can be added or changed until it is "
                        "fixed (or removed)"),
                     why);
  };
  const auto text = read_small_file(file, kMostReminderBytes, tr("a reminders file"));
  if (!text) {
    unreadable(fmt::format("{}: {}", file.string(), text.error()));
    return;
  }
  const auto json = read_json_document(*text, file.string(), 8);
  if (!json) {
    unreadable(format_diagnostic(json.error()));
    return;
  }
  const auto list = json->is_object() ? json->find("reminders") : json->end();
  if (!json->is_object() || list == json->end() || !list->is_array()) {
    unreadable(format_diagnostic(Diagnostic{file.string(), 1, 1, tr("this is not a list of reminders ({ \"reminders\": [ ... ] })")}));
    return;
  }
  const auto [line, column] = position_of_key(*text, "reminders");
  int number = 0;
  for (const auto& item : *list) {
    ++number;
    auto reminder = reminder_from_json(item);
    if (reminder) {
      reminders_.push_back(std::move(*reminder));
      continue;
    }
    // Kept as it is, and said: it does not ring until it is fixed.
    unreadable_entries_.push_back(item);
    const std::string said = format(tr("reminder {0}: {1}; it is kept in the file as it is, and does not ring until it is fixed"),
                                    number, reminder.error());
    notice_ += (notice_.empty() ? "" : "\n") + format_diagnostic(Diagnostic{file.string(), line, column, said});
  }
}

std::vector<std::string> ReminderBook::unlisted_timers() const {
  std::vector<std::string> names;
  const auto unit_dir = user_unit_dir();
  if (!unit_dir) return names;
  std::error_code ec;
  constexpr std::string_view kPrefix = "limber-remind-";
  constexpr std::string_view kSuffix = ".timer";
  for (const auto& entry : std::filesystem::directory_iterator(*unit_dir, ec)) {
    const std::string file = entry.path().filename().string();
    if (!file.starts_with(kPrefix) || !file.ends_with(kSuffix)) continue;
    const std::string name = file.substr(kPrefix.size(), file.size() - kPrefix.size() - kSuffix.size());
    if (!find(name)) names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::optional<Reminder> ReminderBook::find(const std::string& name) const {
  const auto found = std::find_if(reminders_.begin(), reminders_.end(), [&](const Reminder& r) { return r.name == name; });
  if (found == reminders_.end()) return std::nullopt;
  return *found;
}

Expected<void, std::string> ReminderBook::save() const {
  if (!config_dir_) return Unexpected{std::string(tr("there is no config folder to keep reminders in (is HOME set?)"))};
  if (file_unreadable_) return Unexpected{notice_};
  nlohmann::json list = nlohmann::json::array();
  for (const auto& kept : unreadable_entries_) list.push_back(kept);
  for (const auto& r : reminders_) {
    list.push_back({{"name", r.name},
                    {"kind", r.kind == ReminderKind::diary ? "diary" : "routine"},
                    {"at", format_clock_time(r.at)},
                    {"days", weekdays_key(r.days)},
                    {"routine", r.routine}});
  }
  std::error_code ec;
  std::filesystem::create_directories(*config_dir_, ec);
  return write_file_atomically(*config_dir_ / kFile, nlohmann::json{{"reminders", list}}.dump(2) + "\n");
}

std::optional<std::filesystem::path> ReminderBook::user_unit_dir() {
  if (const char* config = std::getenv("XDG_CONFIG_HOME"); config != nullptr && config[0] == '/') {
    return std::filesystem::path(config) / "systemd" / "user";
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && home[0] == '/') {
    return std::filesystem::path(home) / ".config" / "systemd" / "user";
  }
  return std::nullopt;
}

std::vector<std::string> ReminderBook::notify_command(const Reminder& reminder) const {
  std::vector<std::string> argv{own_executable()};
  if (data_dir_) {
    argv.push_back("--data-dir");
    argv.push_back(data_dir_->string());
  }
  argv.push_back("notify");
  argv.push_back(reminder.name);
  return argv;
}

Expected<TimerOutcome, std::string> ReminderBook::add(const Reminder& reminder) {
  if (const auto problem = reminder_name_problem(reminder.name)) return Unexpected{*problem};
  // Nothing is written while reminders.json cannot be read: the timer first, then the list, would
  // leave a timer the list does not know.
  if (file_unreadable_) return Unexpected{notice_};
  // A page has no timers: the reminder is kept, and the device's calendar rings it (Add to calendar).
  if (!platform_abilities().reminders_when_closed) {
    if (auto kept = keep(reminder); !kept) return Unexpected{kept.error()};
    return TimerOutcome{};
  }
  for (const auto& arg : notify_command(reminder)) {
    if (const auto problem = unit_path_problem(tr("a path in the reminder's command"), arg)) return Unexpected{*problem};
  }
  if (const char* config = std::getenv("XDG_CONFIG_HOME"); config != nullptr) {
    if (const auto problem = unit_path_problem("XDG_CONFIG_HOME", config)) return Unexpected{*problem};
  }
  const auto unit_dir = user_unit_dir();
  if (!unit_dir) return Unexpected{std::string(tr("there is no home folder to keep the reminder's timer in"))};
  // The unit files first, then the list: a list that names a reminder always has its timer.
  std::string command;
  for (const auto& arg : notify_command(reminder)) command += (command.empty() ? "" : " ") + quote_exec_argument(arg);
  std::string service = service_unit_text(reminder, command);
  if (const char* config = std::getenv("XDG_CONFIG_HOME"); config != nullptr && config[0] == '/') {
    // The reminders are read from the same config folder the timer was made from.
    service += "Environment=" + quote_exec_argument(std::string("XDG_CONFIG_HOME=") + config) + "\n";
  }
  std::error_code ec;
  std::filesystem::create_directories(*unit_dir, ec);
  const auto timer_file = *unit_dir / timer_unit_name(reminder);
  const auto service_file = *unit_dir / service_unit_name(reminder);
  if (auto written = write_file_atomically(service_file, service); !written) return Unexpected{written.error()};
  if (auto written = write_file_atomically(timer_file, timer_unit_text(reminder)); !written) {
    std::filesystem::remove(service_file, ec);
    return Unexpected{written.error()};
  }
  if (auto kept = keep(reminder); !kept) {
    if (!find(reminder.name)) {
      std::filesystem::remove(timer_file, ec);
      std::filesystem::remove(service_file, ec);
    }
    return Unexpected{kept.error()};
  }
  TimerOutcome outcome;
  auto reloaded = systemctl_user({"daemon-reload"});
  if (reloaded) reloaded = systemctl_user({"enable", "--now", timer_unit_name(reminder)});
  if (reloaded) {
    outcome.scheduled = true;
  } else {
    outcome.why_not = no_systemd_manager();
    outcome.crontab_line = crontab_line(reminder);
  }
  return outcome;
}

Expected<void, std::string> ReminderBook::keep(const Reminder& reminder) {
  std::vector<Reminder> before = reminders_;
  std::erase_if(reminders_, [&](const Reminder& r) { return r.name == reminder.name; });
  reminders_.push_back(reminder);
  std::sort(reminders_.begin(), reminders_.end(), [](const Reminder& a, const Reminder& b) {
    return std::pair(a.at.hour * 60 + a.at.minute, a.name) < std::pair(b.at.hour * 60 + b.at.minute, b.name);
  });
  if (auto saved = save(); !saved) {
    reminders_ = std::move(before);
    return Unexpected{saved.error()};
  }
  return {};
}

Expected<bool, std::string> ReminderBook::remove(const std::string& name) {
  std::optional<Reminder> reminder = find(name);
  if (!reminder) {
    // A timer installed that the list does not know (reminders.json broken, or edited): its units go.
    const auto unlisted = unlisted_timers();
    if (std::find(unlisted.begin(), unlisted.end(), name) == unlisted.end()) return false;
    Reminder named;
    named.name = name;
    (void)systemctl_user({"disable", "--now", timer_unit_name(named)});
    if (const auto unit_dir = user_unit_dir()) {
      std::error_code ec;
      std::filesystem::remove(*unit_dir / timer_unit_name(named), ec);
      std::filesystem::remove(*unit_dir / service_unit_name(named), ec);
      (void)systemctl_user({"daemon-reload"});
    }
    return true;
  }
  // The timer first: a reminder that is gone from the list must not ring again.
  // A page has none: only its list.
  if (platform_abilities().reminders_when_closed) {
    (void)systemctl_user({"disable", "--now", timer_unit_name(*reminder)});
    if (const auto unit_dir = user_unit_dir()) {
      std::error_code ec;
      std::filesystem::remove(*unit_dir / timer_unit_name(*reminder), ec);
      std::filesystem::remove(*unit_dir / service_unit_name(*reminder), ec);
      (void)systemctl_user({"daemon-reload"});
    }
  }
  std::vector<Reminder> before = reminders_;
  std::erase_if(reminders_, [&](const Reminder& r) { return r.name == name; });
  if (auto saved = save(); !saved) {
    reminders_ = std::move(before);
    return Unexpected{saved.error()};
  }
  return true;
}

}  // namespace limber
