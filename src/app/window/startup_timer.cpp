#include "app/window/startup_timer.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace limber {

StartupTimer::StartupTimer() : start_(std::chrono::steady_clock::now()) {
  const char* wanted = std::getenv("LIMBER_STARTUP_TIMES");
  enabled_ = wanted != nullptr && std::strcmp(wanted, "1") == 0;
}

void StartupTimer::mark(const char* step) {
  if (!enabled_ || finished_) return;
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_).count();
  line_ += fmt::format("{}{} {:.1f}", line_.empty() ? "" : ", ", step, ms);
}

void StartupTimer::finish() {
  if (!enabled_ || finished_) return;
  finished_ = true;
  fmt::print(stderr, "startup ms: {}\n", line_);
}

}  // namespace limber
