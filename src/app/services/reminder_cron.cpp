// How a reminder rings where no systemd user manager does (cron), and whether it will ring at all.
#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>
#include <sstream>
#include <string_view>

#include "app/services/reminder_book.hpp"
#include "app/services/systemctl_user.hpp"
#include "core/base/translate.hpp"
#include "platform/abilities.hpp"
#include "platform/child_process.hpp"

namespace limber {

std::string ReminderBook::crontab_line(const Reminder& reminder) const {
  // cron starts programs with almost no environment: the user's bus (where the notification goes)
  // and the display are named as this session has them, never guessed.
  std::string bus;
  if (const char* address = std::getenv("DBUS_SESSION_BUS_ADDRESS");
      address != nullptr && std::string_view(address).starts_with("unix:path=")) {
    bus = address;
  } else if (const char* runtime = std::getenv("XDG_RUNTIME_DIR"); runtime != nullptr && runtime[0] == '/') {
    bus = std::string("unix:path=") + runtime + "/bus";
  } else {
    bus = fmt::format("unix:path=/run/user/{}/bus", ::getuid());
  }
  std::string line = crontab_schedule(reminder);
  for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY"}) {
    if (const char* value = std::getenv(name); value != nullptr && value[0] != '\0') {
      line += fmt::format(" {}={}", name, quote_exec_argument(value));
    }
  }
  line += " DBUS_SESSION_BUS_ADDRESS=" + quote_exec_argument(bus);
  if (const char* config = std::getenv("XDG_CONFIG_HOME"); config != nullptr && config[0] == '/') {
    line += " XDG_CONFIG_HOME=" + quote_exec_argument(config);
  }
  for (const auto& arg : notify_command(reminder)) line += " " + quote_exec_argument(arg);
  return line;
}

std::optional<std::string> ReminderBook::why_silent(const Reminder& reminder) const {
  // A page cannot tell what the device's calendar holds: the Settings screen says it rings them there.
  if (!platform_abilities().reminders_when_closed) return std::nullopt;
  if (systemctl_user({"is-active", "--quiet", timer_unit_name(reminder)})) return std::nullopt;
  // Rung by cron instead: the user added the line `remind add` gave.
  if (const auto cron = run_process({"crontab", "-l"}); cron && cron->exit_code == 0) {
    const std::string wanted = " notify " + quote_exec_argument(reminder.name);
    std::istringstream lines(cron->output);
    for (std::string line; std::getline(lines, line);) {
      if (!line.starts_with("#") && line.ends_with(wanted)) return std::nullopt;
    }
  }
  if (!systemctl_user({"show-environment"})) return format(tr("{0}, and no crontab line rings it"), no_systemd_manager());
  return std::string(tr("its timer is not running: add it again with `limber remind add`"));
}

}  // namespace limber
