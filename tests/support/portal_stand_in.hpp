#pragma once
// A stand-in for the XDG Desktop Portal's FileChooser, for tests: it owns the portal's name
// (org.freedesktop.portal.Desktop) on a private session bus and answers OpenFile as the portal
// does: the request's object path at once, then the Response signal on that path, with the file
// a test chose as a user would in the desktop's dialog (or "cancelled"). It keeps what it was asked.

#include <systemd/sd-bus.h>

#include <atomic>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace limber::testing {

class PortalStandIn {
 public:
  struct Asked {
    std::string parent_window, title, accept_label;
    bool modal = false;
    std::vector<std::string> patterns;
  };

  // `uri` is the file the "user" picks; empty: the user cancels.
  PortalStandIn(const std::string& bus_address, std::string uri) : uri_(std::move(uri)) {
    if (sd_bus_new(&bus_) < 0 || sd_bus_set_address(bus_, bus_address.c_str()) < 0 || sd_bus_set_bus_client(bus_, 1) < 0 ||
        sd_bus_start(bus_) < 0) {
      return;
    }
    static const sd_bus_vtable vtable[] = {SD_BUS_VTABLE_START(0),
                                           SD_BUS_METHOD("OpenFile", "ssa{sv}", "o", &PortalStandIn::open_file, SD_BUS_VTABLE_UNPRIVILEGED),
                                           SD_BUS_VTABLE_END};
    if (sd_bus_add_object_vtable(bus_, nullptr, "/org/freedesktop/portal/desktop", "org.freedesktop.portal.FileChooser", vtable, this) <
        0) {
      return;
    }
    ready_ = sd_bus_request_name(bus_, "org.freedesktop.portal.Desktop", 0) >= 0;
    thread_ = std::thread([this] {
      while (!stop_) {
        if (sd_bus_process(bus_, nullptr) > 0) continue;
        sd_bus_wait(bus_, 50'000);
      }
    });
  }
  ~PortalStandIn() {
    stop_ = true;
    if (thread_.joinable()) thread_.join();
    if (bus_ != nullptr) sd_bus_flush_close_unref(bus_);
  }
  PortalStandIn(const PortalStandIn&) = delete;
  PortalStandIn& operator=(const PortalStandIn&) = delete;

  [[nodiscard]] bool ready() const { return ready_; }
  [[nodiscard]] std::optional<Asked> asked() {
    const std::lock_guard lock(mutex_);
    return asked_;
  }

 private:
  static int open_file(sd_bus_message* m, void* data, sd_bus_error* /*error*/) {
    auto* self = static_cast<PortalStandIn*>(data);
    Asked asked;
    const char* parent = nullptr;
    const char* title = nullptr;
    if (sd_bus_message_read(m, "ss", &parent, &title) < 0) return -EINVAL;
    asked.parent_window = parent;
    asked.title = title;
    std::string token = "t";
    sd_bus_message_enter_container(m, 'a', "{sv}");
    while (sd_bus_message_enter_container(m, 'e', "sv") > 0) {
      const char* key = nullptr;
      sd_bus_message_read(m, "s", &key);
      const std::string k = key;
      const char* text = nullptr;
      if (k == "handle_token" || k == "accept_label") {
        sd_bus_message_read(m, "v", "s", &text);
        (k == "handle_token" ? token : asked.accept_label) = text;
      } else if (k == "modal") {
        int modal = 0;
        sd_bus_message_read(m, "v", "b", &modal);
        asked.modal = modal != 0;
      } else if (k == "filters") {
        sd_bus_message_enter_container(m, 'v', "a(sa(us))");
        sd_bus_message_enter_container(m, 'a', "(sa(us))");
        while (sd_bus_message_enter_container(m, 'r', "sa(us)") > 0) {
          const char* name = nullptr;
          sd_bus_message_read(m, "s", &name);
          sd_bus_message_enter_container(m, 'a', "(us)");
          unsigned kind = 0;
          const char* pattern = nullptr;
          while (sd_bus_message_read(m, "(us)", &kind, &pattern) > 0) asked.patterns.emplace_back(pattern);
          sd_bus_message_exit_container(m);
          sd_bus_message_exit_container(m);
        }
        sd_bus_message_exit_container(m);
        sd_bus_message_exit_container(m);
      } else {
        sd_bus_message_skip(m, "v");
      }
      sd_bus_message_exit_container(m);
    }
    {
      const std::lock_guard lock(self->mutex_);
      self->asked_ = asked;
    }
    // The request's path, made from the caller's name and token as the portal makes it.
    std::string sender = sd_bus_message_get_sender(m) + 1;
    for (char& c : sender) {
      if (c == '.') c = '_';
    }
    const std::string handle = "/org/freedesktop/portal/desktop/request/" + sender + "/" + token;
    const int replied = sd_bus_reply_method_return(m, "o", handle.c_str());
    if (self->uri_.empty()) {
      sd_bus_emit_signal(sd_bus_message_get_bus(m), handle.c_str(), "org.freedesktop.portal.Request", "Response", "ua{sv}", 1u, 0);
    } else {
      sd_bus_emit_signal(sd_bus_message_get_bus(m), handle.c_str(), "org.freedesktop.portal.Request", "Response", "ua{sv}", 0u, 1,
                         "uris", "as", 1, self->uri_.c_str());
    }
    return replied;
  }

  std::string uri_;
  sd_bus* bus_ = nullptr;
  bool ready_ = false;
  std::atomic<bool> stop_{false};
  std::mutex mutex_;
  std::optional<Asked> asked_;
  std::thread thread_;
};

}  // namespace limber::testing
