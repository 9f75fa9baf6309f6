#pragma once
// A real notification server for tests: dunst under its own dbus-run-session (a private session
// bus with no services to start on demand), on the test's X display. dunst's action menu
// (`dunstctl context`) runs its "dmenu" through a small script that picks the line holding the
// label the test asked for, as a user picks an action.

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <functional>
#include <string>
#include <thread>

#include "support/fixtures.hpp"
#include "support/run_command.hpp"

extern char** environ;

namespace limber::testing {

class NotificationServer {
 public:
  explicit NotificationServer(const std::filesystem::path& folder) : folder_(folder) {
    std::filesystem::create_directories(folder_);
    write_file(folder_ / "bus.conf",
               "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
               " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
               "<busconfig><type>session</type><listen>unix:path=" + (folder_ / "bus").string() + "</listen>\n"
               "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
               "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
    write_file(folder_ / "pick", "#!/bin/sh\n# dunst's menu lines come on stdin; the wanted label is in a file.\n"
                                 "grep -F -- \"$(cat '" + (folder_ / "wanted").string() + "')\" | head -n 1\n");
    std::filesystem::permissions(folder_ / "pick", std::filesystem::perms::owner_all);
    write_file(folder_ / "dunstrc", "[global]\n    dmenu = " + (folder_ / "pick").string() +
                                        "\n    font = DejaVu Sans 11\n    width = 420\n    offset = 10x10\n"
                                        "    origin = top-right\n    show_indicators = yes\n");
  }
  ~NotificationServer() { stop(); }
  NotificationServer(const NotificationServer&) = delete;
  NotificationServer& operator=(const NotificationServer&) = delete;

  // The bus address for the programs that talk to it.
  [[nodiscard]] std::string address() const { return "unix:path=" + (folder_ / "bus").string(); }
  [[nodiscard]] std::string environment() const { return "DBUS_SESSION_BUS_ADDRESS=" + shell_quote(address()); }

  // Starts dunst and waits until it answers on the bus; `with_dunst` false: the bus alone.
  bool start(bool with_dunst = true) {
    const std::string config = "--config-file=" + (folder_ / "bus.conf").string();
    const std::string rc = (folder_ / "dunstrc").string();
    const char* dunst[] = {"dbus-run-session", config.c_str(), "--", "dunst", "-config", rc.c_str(), nullptr};
    const char* bus_only[] = {"dbus-run-session", config.c_str(), "--", "sleep", "120", nullptr};
    const char** argv = with_dunst ? dunst : bus_only;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const std::string log = (folder_ / "dunst.log").string();
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    // A process group of its own: stopping it stops dbus-run-session's bus daemon and dunst too
    // (a daemon left behind keeps its inotify watches, and enough of them starve later tests).
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attributes, 0);
    const int spawned = posix_spawnp(&pid_, argv[0], &actions, &attributes, const_cast<char**>(argv), environ);
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) return false;
    if (!with_dunst) return wait_until([this] { return std::filesystem::exists(folder_ / "bus"); });
    return wait_until([this] { return dunstctl({"is-paused"}).exit_code == 0; });
  }

  void stop() {
    if (pid_ <= 0) return;
    ::kill(-pid_, SIGTERM);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    // dbus-run-session's bus daemon leaves the group: it is found by its config file, which is this
    // server's alone.
    (void)run_command("pkill", {"-f", (folder_ / "bus.conf").string()});
    pid_ = 0;
  }

  CommandResult dunstctl(const std::vector<std::string>& args) const {
    return run_command("dunstctl", args, environment());
  }
  [[nodiscard]] int displayed() const {
    const auto counted = dunstctl({"count", "displayed"});
    return counted.exit_code == 0 ? std::atoi(counted.out.c_str()) : -1;
  }
  // Opens dunst's action menu on the shown notification and picks the action with this label.
  CommandResult pick(const std::string& label) {
    write_file(folder_ / "wanted", label);
    return dunstctl({"context"});
  }
  [[nodiscard]] std::string log() const { return read_file(folder_ / "dunst.log"); }

  static bool wait_until(const std::function<bool()>& done, std::chrono::milliseconds limit = std::chrono::seconds(10)) {
    const auto end = std::chrono::steady_clock::now() + limit;
    while (!done()) {
      if (std::chrono::steady_clock::now() > end) return false;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return true;
  }

 private:
  std::filesystem::path folder_;
  pid_t pid_ = 0;
};

}  // namespace limber::testing
