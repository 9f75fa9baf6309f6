// The GUI monkey: a seeded random walk through the real window on virtual time. It taps drawn
// controls and empty space, presses keys (Tab, Enter, Space, Esc, arrows, the screens' letters and
// shortcuts), types text, scrolls, resizes the window between 800x480 and 3840x2160, and lets
// virtual time run so sessions, previews and Cramp now play out, with the sound through SDL's
// dummy driver and a random language and theme. It fails on a crash or a sanitizer's report (the
// child dies), a hang (a watchdog thread: no frame for 5 s of wall-clock time), an ImGui assertion
// (an abort) or a layout problem (tests/support/layout_check.hpp) in any frame it looks at.
//
//   limber_monkey --seconds 180           seeds one after another (each in a child process) until
//                                         the time is up; the first failing seed is printed
//   limber_monkey --seed 17 --steps 400   one walk: replays seed 17's inputs exactly
//   MONKEY_PROFILE=1 limber_monkey ...    also prints each step's wall-clock time
//
// It needs a display (scripts/with-xvfb) and is built with the tests; `make monkey` runs it from
// the ASan + UBSan build.
#include <fmt/format.h>
#include <spawn.h>
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "monkey/monkey_walk.hpp"

extern char** environ;

namespace limber::monkey {
namespace {

using namespace std::chrono_literals;

struct Options {
  std::optional<std::uint32_t> seed;
  int steps = 300;
  double seconds = 0;
  std::uint32_t first_seed = 0;
};

Options parse(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        fmt::print(stderr, "monkey: {} needs a value\n", arg);
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--seed") {
      options.seed = static_cast<std::uint32_t>(std::stoul(value()));
    } else if (arg == "--steps") {
      options.steps = std::stoi(value());
    } else if (arg == "--seconds") {
      options.seconds = std::stod(value());
    } else if (arg == "--first-seed") {
      options.first_seed = static_cast<std::uint32_t>(std::stoul(value()));
    } else {
      fmt::print(stderr, "monkey: unknown argument {}\n", arg);
      std::exit(2);
    }
  }
  return options;
}

// One walk, in this process. Returns 0 when nothing went wrong.
int walk(std::uint32_t seed, int steps) {
  Walk walk(seed);
  const int result = walk.run(steps);
  if (result != 0) {
    fmt::print(stderr, "monkey: seed {} failed at step {} of {}.\nmonkey: the last steps were:\n", seed, walk.step(), steps);
    for (const std::string& line : walk.recent()) fmt::print(stderr, "  {}\n", line);
    fmt::print(stderr, "monkey: replay with: scripts/with-xvfb {} --seed {} --steps {}\n", program_path(), seed, walk.step() + 1);
  }
  return result;
}

// Seeds one after another, each in a child process of its own (a crash or a sanitizer's report
// ends the child, not the run), until `seconds` of wall-clock time have gone.
int run_seeds(const Options& options, const char* self) {
  const auto start = std::chrono::steady_clock::now();
  const auto elapsed = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };
  std::uint32_t seed = options.first_seed != 0 ? options.first_seed : static_cast<std::uint32_t>(std::random_device{}() % 1'000'000);
  int walks = 0;
  long total_steps = 0;
  double longest_walk = 0;
  // A walk starts only if one as long as the longest so far ends within the time given.
  while (walks == 0 || elapsed() + longest_walk <= options.seconds) {
    const double walk_began = elapsed();
    const std::string seed_text = std::to_string(seed);
    const std::string steps_text = std::to_string(options.steps);
    std::vector<char*> args{const_cast<char*>(self), const_cast<char*>("--seed"), const_cast<char*>(seed_text.c_str()),
                            const_cast<char*>("--steps"), const_cast<char*>(steps_text.c_str()), nullptr};
    pid_t child = 0;
    if (posix_spawn(&child, self, nullptr, nullptr, args.data(), environ) != 0) {
      fmt::print(stderr, "monkey: cannot start {}\n", self);
      return 2;
    }
    int status = 0;
    waitpid(child, &status, 0);
    ++walks;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      const std::string how = WIFSIGNALED(status) ? fmt::format("died of signal {} ({})", WTERMSIG(status), strsignal(WTERMSIG(status)))
                                                  : fmt::format("exited with {}", WEXITSTATUS(status));
      fmt::print(stderr, "monkey: seed {} {} after {} walks ({} steps before it) in {:.0f} s.\n", seed, how, walks,
                 total_steps, elapsed());
      fmt::print(stderr, "monkey: replay with: scripts/with-xvfb {} --seed {} --steps {}\n", self, seed, options.steps);
      return 1;
    }
    total_steps += options.steps;
    longest_walk = std::max(longest_walk, elapsed() - walk_began);
    ++seed;
  }
  fmt::print("monkey: {} walks of {} steps ({} steps, seeds {} to {}) in {:.0f} s: nothing found.\n", walks, options.steps,
             total_steps, seed - static_cast<std::uint32_t>(walks), seed - 1, elapsed());
  return 0;
}

}  // namespace
}  // namespace limber::monkey

int main(int argc, char** argv) {
  const auto options = limber::monkey::parse(argc, argv);
  if (options.seed) return limber::monkey::walk(*options.seed, options.steps);
  return limber::monkey::run_seeds(options, argv[0]);
}
