#include "app/reminder_book.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/translate.hpp"
#include "platform/atomic_file.hpp"
#include "platform/child_process.hpp"

namespace limber {
namespace {

constexpr const char* kFile = "reminders.json";

std::optional<Reminder> reminder_from_json(const nlohmann::json& item) {
  if (!item.is_object()) return std::nullopt;
  const auto text = [&item](const char* key) {
    const auto found = item.find(key);
    return found != item.end() && found->is_string() ? found->get<std::string>() : std::string();
  };
  Reminder reminder;
  reminder.name = text("name");
  if (reminder_name_problem(reminder.name)) return std::nullopt;
  reminder.kind = text("kind") == "diary" ? ReminderKind::diary : ReminderKind::routine;
  const auto at = parse_clock_time(text("at"));
  const auto days = parse_weekdays(text("days"));
  if (!at || !days) return std::nullopt;
  reminder.at = *at;
  reminder.days = *days;
  reminder.routine = text("routine");
  return reminder;
}

// systemctl --user, with what it said when it failed.
Expected<void, std::string> systemctl_user(const std::vector<std::string>& args) {
  std::vector<std::string> argv{"systemctl", "--user"};
  argv.insert(argv.end(), args.begin(), args.end());
  const auto result = run_process(argv);
  if (!result) return Unexpected{result.error()};
  if (result->exit_code != 0) {
    std::string said = result->output;
    while (!said.empty() && (said.back() == '\n' || said.back() == ' ')) said.pop_back();
    if (const auto newline = said.find('\n'); newline != std::string::npos) said.resize(newline);
    return Unexpected{said.empty() ? format(tr("systemctl --user exited with {0}"), result->exit_code) : said};
  }
  return {};
}

std::string no_manager(const std::string& said) {
  return format(tr("no systemd user manager is running here (systemctl --user: {0})"), said);
}

}  // namespace

ReminderBook::ReminderBook(std::optional<std::filesystem::path> config_dir, std::optional<std::filesystem::path> data_dir)
    : config_dir_(std::move(config_dir)), data_dir_(std::move(data_dir)) {
  if (!config_dir_) return;
  std::ifstream in(*config_dir_ / kFile);
  if (!in) return;
  const nlohmann::json json = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  const auto list = json.is_object() ? json.find("reminders") : json.end();
  if (!json.is_object() || list == json.end() || !list->is_array()) {
    notice_ = format(tr("{0} could not be read; it is left as it is until a reminder is added"),
                          (*config_dir_ / kFile).string());
    return;
  }
  for (const auto& item : *list) {
    if (auto reminder = reminder_from_json(item)) reminders_.push_back(std::move(*reminder));
  }
}

std::optional<Reminder> ReminderBook::find(const std::string& name) const {
  const auto found = std::find_if(reminders_.begin(), reminders_.end(), [&](const Reminder& r) { return r.name == name; });
  if (found == reminders_.end()) return std::nullopt;
  return *found;
}

Expected<void, std::string> ReminderBook::save() const {
  if (!config_dir_) return Unexpected{std::string(tr("there is no config folder to keep reminders in (is HOME set?)"))};
  nlohmann::json list = nlohmann::json::array();
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

std::string ReminderBook::crontab_line(const Reminder& reminder) const {
  // cron starts programs with almost no environment: the display and the user's bus are named.
  std::string bus = fmt::format("unix:path=/run/user/{}/bus", ::getuid());
  if (const char* address = std::getenv("DBUS_SESSION_BUS_ADDRESS");
      address != nullptr && std::string_view(address).starts_with("unix:path=")) {
    bus = address;
  }
  const char* display = std::getenv("DISPLAY");
  std::string line = crontab_schedule(reminder);
  line += fmt::format(" DISPLAY={} DBUS_SESSION_BUS_ADDRESS={}", display != nullptr && display[0] != '\0' ? display : ":0", bus);
  if (const char* config = std::getenv("XDG_CONFIG_HOME"); config != nullptr && config[0] == '/') {
    line += " XDG_CONFIG_HOME=" + quote_exec_argument(config);
  }
  for (const auto& arg : notify_command(reminder)) line += " " + quote_exec_argument(arg);
  return line;
}

Expected<TimerOutcome, std::string> ReminderBook::add(const Reminder& reminder) {
  if (const auto problem = reminder_name_problem(reminder.name)) return Unexpected{*problem};
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
  std::vector<Reminder> before = reminders_;
  std::erase_if(reminders_, [&](const Reminder& r) { return r.name == reminder.name; });
  reminders_.push_back(reminder);
  std::sort(reminders_.begin(), reminders_.end(), [](const Reminder& a, const Reminder& b) {
    return std::pair(a.at.hour * 60 + a.at.minute, a.name) < std::pair(b.at.hour * 60 + b.at.minute, b.name);
  });
  if (auto saved = save(); !saved) {
    reminders_ = std::move(before);
    if (!find(reminder.name)) {
      std::filesystem::remove(timer_file, ec);
      std::filesystem::remove(service_file, ec);
    }
    return Unexpected{saved.error()};
  }
  TimerOutcome outcome;
  auto reloaded = systemctl_user({"daemon-reload"});
  if (reloaded) reloaded = systemctl_user({"enable", "--now", timer_unit_name(reminder)});
  if (reloaded) {
    outcome.scheduled = true;
  } else {
    outcome.why_not = no_manager(reloaded.error());
    outcome.crontab_line = crontab_line(reminder);
  }
  return outcome;
}

Expected<bool, std::string> ReminderBook::remove(const std::string& name) {
  const auto reminder = find(name);
  if (!reminder) return false;
  // The timer first: a reminder that is gone from the list must not ring again.
  (void)systemctl_user({"disable", "--now", timer_unit_name(*reminder)});
  if (const auto unit_dir = user_unit_dir()) {
    std::error_code ec;
    std::filesystem::remove(*unit_dir / timer_unit_name(*reminder), ec);
    std::filesystem::remove(*unit_dir / service_unit_name(*reminder), ec);
    (void)systemctl_user({"daemon-reload"});
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
