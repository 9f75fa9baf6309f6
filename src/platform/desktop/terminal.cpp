#include "platform/terminal.hpp"

#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cerrno>

namespace limber {
namespace {

int g_signal_pipe[2] = {-1, -1};
struct sigaction g_old_int {};
struct sigaction g_old_term {};

void on_signal(int) {
  const char byte = 1;
  [[maybe_unused]] const auto written = ::write(g_signal_pipe[1], &byte, 1);
}

TerminalKey decode(const char* bytes, ssize_t length) {
  if (length <= 0) return TerminalKey::none;
  if (length >= 3 && bytes[0] == '\x1b' && bytes[1] == '[') {
    if (bytes[2] == 'C') return TerminalKey::right;
    if (bytes[2] == 'D') return TerminalKey::left;
    return TerminalKey::none;
  }
  switch (bytes[0]) {
    case ' ':
    case 'p': return TerminalKey::space;
    case 's': return TerminalKey::right;
    case 'b': return TerminalKey::left;
    case 'n': return TerminalKey::next;
    case 'q':
    case '\x1b': return TerminalKey::quit;
    default: return TerminalKey::none;
  }
}

}  // namespace

struct RawTerminalMode::Saved {
  termios attributes;
};

RawTerminalMode::RawTerminalMode() {
  if (!::isatty(STDIN_FILENO)) return;
  saved_ = new Saved{};
  if (::tcgetattr(STDIN_FILENO, &saved_->attributes) != 0) return;
  termios raw = saved_->attributes;
  raw.c_lflag &= ~static_cast<tcflag_t>(ICANON | ECHO);  // keep ISIG: Ctrl+C still signals
  raw.c_cc[VMIN] = 0;
  raw.c_cc[VTIME] = 0;
  active_ = ::tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0;
}

RawTerminalMode::~RawTerminalMode() {
  if (active_) ::tcsetattr(STDIN_FILENO, TCSANOW, &saved_->attributes);
  delete saved_;
}

InterruptCatcher::InterruptCatcher() {
  if (::pipe2(g_signal_pipe, O_CLOEXEC | O_NONBLOCK) != 0) return;
  struct sigaction action {};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  ::sigaction(SIGINT, &action, &g_old_int);
  ::sigaction(SIGTERM, &action, &g_old_term);
}

InterruptCatcher::~InterruptCatcher() {
  ::sigaction(SIGINT, &g_old_int, nullptr);
  ::sigaction(SIGTERM, &g_old_term, nullptr);
  for (int& fd : g_signal_pipe) {
    if (fd >= 0) ::close(fd);
    fd = -1;
  }
}

TerminalKey InterruptCatcher::wait(std::optional<std::chrono::nanoseconds> timeout, bool read_keys) {
  pollfd fds[2] = {{g_signal_pipe[0], POLLIN, 0}, {STDIN_FILENO, POLLIN, 0}};
  timespec limit{};
  if (timeout) {
    const auto ns = std::max<long long>(0, timeout->count());
    limit.tv_sec = static_cast<time_t>(ns / 1'000'000'000);
    limit.tv_nsec = static_cast<long>(ns % 1'000'000'000);
  }
  const int ready = ::ppoll(fds, read_keys ? 2 : 1, timeout ? &limit : nullptr, nullptr);
  if (ready <= 0) return TerminalKey::none;  // timed out, or EINTR: the caller looks again
  if ((fds[0].revents & POLLIN) != 0) {
    char drain[16];
    while (::read(g_signal_pipe[0], drain, sizeof drain) > 0) {
    }
    return TerminalKey::interrupted;
  }
  if (read_keys && (fds[1].revents & (POLLIN | POLLHUP)) != 0) {
    char bytes[8];
    const ssize_t length = ::read(STDIN_FILENO, bytes, sizeof bytes);
    if (length == 0 || (length < 0 && (fds[1].revents & POLLHUP) != 0)) return TerminalKey::end_of_input;
    return decode(bytes, length);
  }
  return TerminalKey::none;
}

}  // namespace limber
