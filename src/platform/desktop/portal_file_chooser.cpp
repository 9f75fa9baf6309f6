#include "platform/portal_file_chooser.hpp"

#include <SDL_syswm.h>
#include <fmt/format.h>
#include <systemd/sd-bus.h>

#include <chrono>
#include <memory>
#include <random>

namespace limber {
namespace {

constexpr const char* kPortal = "org.freedesktop.portal.Desktop";
constexpr const char* kPortalPath = "/org/freedesktop/portal/desktop";
constexpr std::uint64_t kCallMicros = 10'000'000;  // the portal answers the call at once; the dialog comes later

struct BusClose {
  void operator()(sd_bus* bus) const { sd_bus_flush_close_unref(bus); }
};
struct MessageUnref {
  void operator()(sd_bus_message* m) const { sd_bus_message_unref(m); }
};
struct SlotUnref {
  void operator()(sd_bus_slot* s) const { sd_bus_slot_unref(s); }
};
class BusError {
 public:
  BusError() = default;
  ~BusError() { sd_bus_error_free(&error_); }
  BusError(const BusError&) = delete;
  BusError& operator=(const BusError&) = delete;
  sd_bus_error* get() { return &error_; }
  [[nodiscard]] std::string text() const {
    return error_.message != nullptr ? error_.message : (error_.name != nullptr ? error_.name : "no answer");
  }

 private:
  sd_bus_error error_ = SD_BUS_ERROR_NULL;
};

// What the Response signal carried: 0 with "uris", 1 cancelled, 2 ended otherwise.
struct Response {
  bool seen = false;
  std::uint32_t code = 2;
  std::vector<std::string> uris;
};

int on_response(sd_bus_message* m, void* data, sd_bus_error* /*error*/) {
  auto* response = static_cast<Response*>(data);
  response->seen = true;
  if (sd_bus_message_read(m, "u", &response->code) < 0) return 0;
  if (sd_bus_message_enter_container(m, 'a', "{sv}") < 0) return 0;
  while (sd_bus_message_enter_container(m, 'e', "sv") > 0) {
    const char* key = nullptr;
    if (sd_bus_message_read(m, "s", &key) < 0) return 0;
    if (std::string(key) == "uris" && sd_bus_message_enter_container(m, 'v', "as") > 0) {
      char** uris = nullptr;
      if (sd_bus_message_read_strv(m, &uris) >= 0 && uris != nullptr) {
        for (char** at = uris; *at != nullptr; ++at) {
          response->uris.emplace_back(*at);
          free(*at);  // NOLINT: sd-bus hands out malloc'd strings
        }
        free(uris);  // NOLINT
      }
      sd_bus_message_exit_container(m);
    } else {
      sd_bus_message_skip(m, "v");
    }
    sd_bus_message_exit_container(m);
  }
  return 0;
}

// The request's object path, as the portal makes it from our name and our token (the spec asks
// callers to listen there before calling, so an answer cannot come before we listen).
std::string request_path(const char* unique_name, const std::string& token) {
  std::string sender = unique_name[0] == ':' ? unique_name + 1 : unique_name;
  for (char& c : sender) {
    if (c == '.') c = '_';
  }
  return std::string(kPortalPath) + "/request/" + sender + "/" + token;
}

int append_options(sd_bus_message* m, const std::string& token, const std::string& accept_label, const std::vector<FileFilter>& filters) {
  int r = sd_bus_message_open_container(m, 'a', "{sv}");
  if (r >= 0) r = sd_bus_message_append(m, "{sv}", "handle_token", "s", token.c_str());
  if (r >= 0) r = sd_bus_message_append(m, "{sv}", "accept_label", "s", accept_label.c_str());
  if (r >= 0) r = sd_bus_message_append(m, "{sv}", "modal", "b", 1);
  if (r >= 0 && !filters.empty()) {
    r = sd_bus_message_open_container(m, 'e', "sv");
    if (r >= 0) r = sd_bus_message_append(m, "s", "filters");
    if (r >= 0) r = sd_bus_message_open_container(m, 'v', "a(sa(us))");
    if (r >= 0) r = sd_bus_message_open_container(m, 'a', "(sa(us))");
    for (const FileFilter& filter : filters) {
      if (r >= 0) r = sd_bus_message_open_container(m, 'r', "sa(us)");
      if (r >= 0) r = sd_bus_message_append(m, "s", filter.name.c_str());
      if (r >= 0) r = sd_bus_message_open_container(m, 'a', "(us)");
      for (const std::string& pattern : filter.patterns) {
        if (r >= 0) r = sd_bus_message_append(m, "(us)", 0u, pattern.c_str());
      }
      for (int i = 0; i < 2 && r >= 0; ++i) r = sd_bus_message_close_container(m);
    }
    for (int i = 0; i < 3 && r >= 0; ++i) r = sd_bus_message_close_container(m);
  }
  if (r >= 0) r = sd_bus_message_close_container(m);
  return r;
}

int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string portal_parent_window(SDL_Window* window) {
  if (window == nullptr) return "";
  SDL_SysWMinfo info;
  SDL_VERSION(&info.version);
  if (SDL_GetWindowWMInfo(window, &info) != SDL_TRUE) return "";
#if defined(SDL_VIDEO_DRIVER_X11)
  if (info.subsystem == SDL_SYSWM_X11) return fmt::format("x11:{:x}", info.info.x11.window);
#endif
  return "";
}

std::optional<std::filesystem::path> path_of_file_uri(const std::string& uri) {
  constexpr std::string_view scheme = "file://";
  if (uri.rfind(scheme, 0) != 0) return std::nullopt;
  std::string rest = uri.substr(scheme.size());
  const auto slash = rest.find('/');
  if (slash == std::string::npos) return std::nullopt;
  rest = rest.substr(slash);  // "file://localhost/x" and "file:///x" alike
  std::string path;
  for (std::size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] == '%' && i + 2 < rest.size() && hex(rest[i + 1]) >= 0 && hex(rest[i + 2]) >= 0) {
      path += static_cast<char>(hex(rest[i + 1]) * 16 + hex(rest[i + 2]));
      i += 2;
    } else {
      path += rest[i];
    }
  }
  return std::filesystem::path(path);
}

PortalFileChooser::PortalFileChooser(std::string parent_window, std::string title, std::string accept_label,
                                     std::vector<FileFilter> filters, std::function<void()> on_answer)
    : parent_window_(std::move(parent_window)),
      title_(std::move(title)),
      accept_label_(std::move(accept_label)),
      filters_(std::move(filters)),
      on_answer_(std::move(on_answer)),
      thread_([this] { ask(); }) {}

PortalFileChooser::~PortalFileChooser() {
  stop_ = true;
  thread_.join();
}

void PortalFileChooser::ask() {
  const auto no_portal = [this](const std::string& why) { answer({FileChoice::Kind::no_portal, {}, why}); };
  sd_bus* raw_bus = nullptr;
  if (const int r = sd_bus_open_user(&raw_bus); r < 0) return no_portal("no session bus");
  const std::unique_ptr<sd_bus, BusClose> bus(raw_bus);
  const char* unique = nullptr;
  if (sd_bus_get_unique_name(bus.get(), &unique) < 0) return no_portal("no name on the session bus");
  const std::string token = "limber" + std::to_string(std::random_device{}() % 1'000'000'000u);
  std::string handle = request_path(unique, token);
  Response response;
  sd_bus_slot* raw_slot = nullptr;
  if (sd_bus_match_signal(bus.get(), &raw_slot, nullptr, handle.c_str(), "org.freedesktop.portal.Request", "Response", on_response,
                          &response) < 0) {
    return no_portal("cannot listen for the answer");
  }
  std::unique_ptr<sd_bus_slot, SlotUnref> slot(raw_slot);
  sd_bus_message* raw_call = nullptr;
  if (sd_bus_message_new_method_call(bus.get(), &raw_call, kPortal, kPortalPath, "org.freedesktop.portal.FileChooser", "OpenFile") < 0) {
    return no_portal("cannot build the call");
  }
  const std::unique_ptr<sd_bus_message, MessageUnref> call(raw_call);
  if (sd_bus_message_append(call.get(), "ss", parent_window_.c_str(), title_.c_str()) < 0 ||
      append_options(call.get(), token, accept_label_, filters_) < 0) {
    return no_portal("cannot build the call");
  }
  BusError error;
  sd_bus_message* raw_reply = nullptr;
  if (sd_bus_call(bus.get(), call.get(), kCallMicros, error.get(), &raw_reply) < 0) return no_portal(error.text());
  const std::unique_ptr<sd_bus_message, MessageUnref> reply(raw_reply);
  const char* returned = nullptr;
  if (sd_bus_message_read(reply.get(), "o", &returned) < 0) return no_portal("an answer without a request");
  if (handle != returned) {
    // An older portal chooses its own path: listen there instead.
    handle = returned;
    slot.reset();
    if (sd_bus_match_signal(bus.get(), &raw_slot, nullptr, handle.c_str(), "org.freedesktop.portal.Request", "Response", on_response,
                            &response) < 0) {
      return no_portal("cannot listen for the answer");
    }
    slot.reset(raw_slot);
  }
  while (!response.seen && !stop_) {
    const int r = sd_bus_process(bus.get(), nullptr);
    if (r < 0) return no_portal("the session bus went away");
    if (r > 0) continue;
    (void)sd_bus_wait(bus.get(), 100'000);
  }
  if (!response.seen) {
    // The window is leaving: the dialog goes with it.
    (void)sd_bus_call_method(bus.get(), kPortal, handle.c_str(), "org.freedesktop.portal.Request", "Close", nullptr, nullptr, "");
    return;
  }
  if (response.code == 1) return answer({FileChoice::Kind::cancelled, {}, {}});
  if (response.code == 0 && !response.uris.empty()) {
    if (auto path = path_of_file_uri(response.uris.front())) return answer({FileChoice::Kind::chosen, *path, {}});
    return no_portal("not a local file: " + response.uris.front());
  }
  no_portal("the file chooser ended without a file");
}

}  // namespace limber
