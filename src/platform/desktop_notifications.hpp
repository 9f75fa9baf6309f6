#pragma once
// Desktop notifications over D-Bus (org.freedesktop.Notifications, the freedesktop.org
// notification spec that GNOME, KDE, dunst and others serve), with action buttons, waiting for
// the user's answer. Uses sd-bus from libsystemd.

#include <chrono>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/base/expected.hpp"

struct sd_bus;

namespace limber {

struct Notification {
  std::string summary;
  std::string body{};
  std::vector<std::pair<std::string, std::string>> actions{};  // key, label shown to the user
  bool stays = true;  // no timeout: a reminder waits until it is answered or dismissed
};

// How a notification ended.
struct NotificationAnswer {
  enum class Kind { action, dismissed, expired, timed_out };
  Kind kind = Kind::timed_out;
  std::string action{};  // the key, for Kind::action
};

class NotificationBus {
 public:
  // The user's session bus and a notification server on it; the error says which is missing.
  [[nodiscard]] static Expected<std::unique_ptr<NotificationBus>, std::string> connect();
  ~NotificationBus();
  NotificationBus(const NotificationBus&) = delete;
  NotificationBus& operator=(const NotificationBus&) = delete;

  // The server's id for the notification.
  [[nodiscard]] Expected<std::uint32_t, std::string> post(const Notification& notification);
  // Waits for an action on, or the closing of, notification `id`, at most `limit`.
  [[nodiscard]] Expected<NotificationAnswer, std::string> wait_for_answer(std::uint32_t id,
                                                                           std::chrono::milliseconds limit);
  // Takes the notification off the screen (after a timeout of our own).
  void close(std::uint32_t id);

 private:
  explicit NotificationBus(sd_bus* bus) : bus_(bus) {}
  sd_bus* bus_;
  std::vector<std::pair<std::uint32_t, NotificationAnswer>> answers_;  // signals seen, by id
};

}  // namespace limber
