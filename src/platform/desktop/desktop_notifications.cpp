#include "platform/desktop_notifications.hpp"

#include <fmt/format.h>
#include <systemd/sd-bus.h>

#include <cstring>

namespace limber {
namespace {

constexpr const char* kService = "org.freedesktop.Notifications";
constexpr const char* kPath = "/org/freedesktop/Notifications";
constexpr const char* kInterface = "org.freedesktop.Notifications";

// Owns a reply or message and a bus error: sd-bus's C handles, freed however we leave.
struct BusCall {
  sd_bus_error error = SD_BUS_ERROR_NULL;
  sd_bus_message* reply = nullptr;
  ~BusCall() {
    sd_bus_error_free(&error);
    sd_bus_message_unref(reply);
  }
  [[nodiscard]] std::string why(int code) const {
    if (sd_bus_error_is_set(&error) != 0) return error.message != nullptr ? error.message : error.name;
    return std::strerror(-code);
  }
};

int on_signal(sd_bus_message* message, void* user_data, sd_bus_error* /*error*/) {
  auto* answers = static_cast<std::vector<std::pair<std::uint32_t, NotificationAnswer>>*>(user_data);
  std::uint32_t id = 0;
  if (sd_bus_message_is_signal(message, kInterface, "ActionInvoked") > 0) {
    const char* key = nullptr;
    if (sd_bus_message_read(message, "us", &id, &key) >= 0) {
      answers->push_back({id, NotificationAnswer{NotificationAnswer::Kind::action, key != nullptr ? key : ""}});
    }
  } else if (sd_bus_message_is_signal(message, kInterface, "NotificationClosed") > 0) {
    std::uint32_t reason = 0;
    if (sd_bus_message_read(message, "uu", &id, &reason) >= 0) {
      // 1: expired; 2: dismissed by the user; 3: closed by a call; 4: undefined.
      answers->push_back({id, NotificationAnswer{reason == 1 ? NotificationAnswer::Kind::expired
                                                             : NotificationAnswer::Kind::dismissed,
                                                 ""}});
    }
  }
  return 0;
}

}  // namespace

Expected<std::unique_ptr<NotificationBus>, std::string> NotificationBus::connect() {
  sd_bus* bus = nullptr;
  if (const int r = sd_bus_open_user(&bus); r < 0) {
    return Unexpected{fmt::format("cannot reach the session's D-Bus ({}); is this a desktop session?", std::strerror(-r))};
  }
  std::unique_ptr<NotificationBus> self(new NotificationBus(bus));
  // Ask the server who it is: the clearest way to learn that there is none.
  BusCall call;
  const int r = sd_bus_call_method(bus, kService, kPath, kInterface, "GetServerInformation", &call.error, &call.reply, "");
  if (r < 0) {
    return Unexpected{fmt::format("no notification server answers on the session bus ({})", call.why(r))};
  }
  for (const char* member : {"ActionInvoked", "NotificationClosed"}) {
    if (sd_bus_match_signal(bus, nullptr, nullptr, kPath, kInterface, member, on_signal, &self->answers_) < 0) {
      return Unexpected{std::string("cannot listen for the notification server's answers")};
    }
  }
  return self;
}

NotificationBus::~NotificationBus() { sd_bus_flush_close_unref(bus_); }

Expected<std::uint32_t, std::string> NotificationBus::post(const Notification& notification) {
  sd_bus_message* message = nullptr;
  int r = sd_bus_message_new_method_call(bus_, &message, kService, kPath, kInterface, "Notify");
  BusCall call;
  const auto fail = [&](int code) {
    sd_bus_message_unref(message);
    return Unexpected{fmt::format("the notification could not be sent ({})", call.why(code))};
  };
  if (r < 0) return fail(r);
  r = sd_bus_message_append(message, "susss", "Limber", 0u, "limber", notification.summary.c_str(),
                            notification.body.c_str());
  if (r >= 0) r = sd_bus_message_open_container(message, 'a', "s");
  for (const auto& [key, label] : notification.actions) {
    if (r >= 0) r = sd_bus_message_append(message, "ss", key.c_str(), label.c_str());
  }
  if (r >= 0) r = sd_bus_message_close_container(message);
  // Hints: normal urgency; the desktop entry lets a server show Limber's name and icon.
  if (r >= 0) {
    r = sd_bus_message_append(message, "a{sv}", 2, "urgency", "y", static_cast<std::uint8_t>(1), "desktop-entry", "s",
                              "limber");
  }
  if (r >= 0) r = sd_bus_message_append(message, "i", notification.stays ? 0 : -1);
  if (r < 0) return fail(r);
  r = sd_bus_call(bus_, message, 0, &call.error, &call.reply);
  if (r < 0) return fail(r);
  sd_bus_message_unref(message);
  std::uint32_t id = 0;
  if (sd_bus_message_read(call.reply, "u", &id) < 0) return Unexpected{std::string("the notification server gave no id")};
  return id;
}

Expected<NotificationAnswer, std::string> NotificationBus::wait_for_answer(std::uint32_t id,
                                                                          std::chrono::milliseconds limit) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  for (;;) {
    for (const auto& [answered, answer] : answers_) {
      if (answered == id) return answer;
    }
    const int r = sd_bus_process(bus_, nullptr);
    if (r < 0) return Unexpected{fmt::format("the session bus went away ({})", std::strerror(-r))};
    if (r > 0) continue;
    const auto left = deadline - std::chrono::steady_clock::now();
    if (left <= std::chrono::steady_clock::duration::zero()) return NotificationAnswer{};
    const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(left).count();
    if (const int w = sd_bus_wait(bus_, static_cast<std::uint64_t>(micros)); w < 0) {
      return Unexpected{fmt::format("the session bus went away ({})", std::strerror(-w))};
    }
  }
}

void NotificationBus::close(std::uint32_t id) {
  BusCall call;
  (void)sd_bus_call_method(bus_, kService, kPath, kInterface, "CloseNotification", &call.error, &call.reply, "u", id);
}

}  // namespace limber
