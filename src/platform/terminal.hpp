#pragma once
// The terminal for headless sessions: single key presses without Enter while a session runs
// (restored however the program ends normally), and Ctrl+C turned into a clean stop.

#include <chrono>
#include <optional>

namespace limber {

// Puts stdin in non-canonical, no-echo mode while alive, if stdin is a terminal.
class RawTerminalMode {
 public:
  RawTerminalMode();
  ~RawTerminalMode();
  RawTerminalMode(const RawTerminalMode&) = delete;
  RawTerminalMode& operator=(const RawTerminalMode&) = delete;
  [[nodiscard]] bool active() const { return active_; }

 private:
  bool active_ = false;
  struct Saved;
  Saved* saved_ = nullptr;
};

// `end_of_input`: stdin (a pipe or file) has nothing more to say.
enum class TerminalKey { none, space, left, right, next, quit, interrupted, end_of_input };

// Catches SIGINT and SIGTERM while alive, so a wait can return `interrupted` instead of dying.
class InterruptCatcher {
 public:
  InterruptCatcher();
  ~InterruptCatcher();
  InterruptCatcher(const InterruptCatcher&) = delete;
  InterruptCatcher& operator=(const InterruptCatcher&) = delete;

  // Waits until `timeout` passes (nullopt: forever), a key arrives on stdin (a terminal's key, or
  // a byte down a pipe), or a signal: whichever is first. Precise to the microsecond (ppoll),
  // never busy.
  [[nodiscard]] TerminalKey wait(std::optional<std::chrono::nanoseconds> timeout, bool read_keys);
};

}  // namespace limber
