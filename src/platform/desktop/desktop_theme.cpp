#include "platform/desktop_theme.hpp"

#include <systemd/sd-bus.h>

#include <cstdlib>
#include <string_view>

namespace limber {
namespace {

std::optional<DesktopScheme> from_portal(std::chrono::milliseconds limit) {
  sd_bus* bus = nullptr;
  if (sd_bus_open_user(&bus) < 0) return std::nullopt;
  sd_bus_message* call = nullptr;
  sd_bus_message* reply = nullptr;
  sd_bus_error error = SD_BUS_ERROR_NULL;
  std::optional<DesktopScheme> scheme;
  if (sd_bus_message_new_method_call(bus, &call, "org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop",
                                     "org.freedesktop.portal.Settings", "Read") >= 0 &&
      sd_bus_message_append(call, "ss", "org.freedesktop.appearance", "color-scheme") >= 0 &&
      sd_bus_call(bus, call, static_cast<std::uint64_t>(std::chrono::microseconds(limit).count()), &error, &reply) >= 0) {
    // Read returns v holding v holding u: 0 no preference, 1 dark, 2 light.
    std::uint32_t value = 0;
    if (sd_bus_message_enter_container(reply, 'v', "v") > 0 && sd_bus_message_read(reply, "v", "u", &value) > 0) {
      if (value == 1) scheme = DesktopScheme::dark;
      if (value == 2) scheme = DesktopScheme::light;
    }
  }
  sd_bus_error_free(&error);
  sd_bus_message_unref(reply);
  sd_bus_message_unref(call);
  sd_bus_flush_close_unref(bus);
  return scheme;
}

}  // namespace

std::optional<DesktopScheme> desktop_colour_scheme(std::chrono::milliseconds limit) {
  if (const auto scheme = from_portal(limit)) return scheme;
  if (const char* gtk = std::getenv("GTK_THEME"); gtk != nullptr && gtk[0] != '\0') {
    return std::string_view(gtk).ends_with(":dark") ? DesktopScheme::dark : DesktopScheme::light;
  }
  return std::nullopt;
}

}  // namespace limber
