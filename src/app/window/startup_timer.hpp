#pragma once
// Where the time to the first frame goes: with LIMBER_STARTUP_TIMES=1 in the environment, each
// step's milliseconds since the timer was made go to stderr as one line at the first frame
// ("startup ms: settings 0.3, renderer 0.4, window 21.0, ..."). bench/gui-measure reads it.

#include <chrono>
#include <string>

namespace limber {

class StartupTimer {
 public:
  StartupTimer();
  void mark(const char* step);
  // Prints the line (once).
  void finish();

 private:
  bool enabled_ = false;
  bool finished_ = false;
  std::chrono::steady_clock::time_point start_;
  std::string line_;
};

}  // namespace limber
