#pragma once
// One seeded walk of the GUI monkey (gui_monkey.cpp): a fresh profile, the real window on virtual
// time, and `steps` random actions, each followed by the checks. The same seed gives the same
// inputs, so a failing walk replays.

#include <array>
#include <atomic>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "app/window/gui_app.hpp"
#include "core/base/clock.hpp"
#include "support/fixtures.hpp"

namespace limber::monkey {

// The program's own path, for the replay line.
[[nodiscard]] std::string program_path();

class Walk {
 public:
  explicit Walk(std::uint32_t seed);
  ~Walk();
  Walk(const Walk&) = delete;
  Walk& operator=(const Walk&) = delete;

  // 0 when every step passed its checks; 1 after the first problem (said on stderr).
  [[nodiscard]] int run(int steps);
  [[nodiscard]] int step() const { return step_; }
  // The last actions taken, oldest first.
  [[nodiscard]] std::vector<std::string> recent() const;

  // How long the loop may go without a frame before the watchdog calls it a hang.
  static constexpr std::chrono::seconds kHangAfter{5};

 private:
  void prepare_profile();
  [[nodiscard]] bool open_app();
  void act();
  void go_somewhere();
  void note(const std::string& action);
  // Turns of the loop on virtual time, `by` apart; a quit (Ctrl+Q) opens the app again.
  void pump(int turns, Nanos by = std::chrono::milliseconds{20});
  // Lets virtual time run for `span`, waking where the app asks to (sessions play out).
  void let_time_pass(Nanos span);
  [[nodiscard]] bool layout_sound();
  void beat();
  void watch();

  // Input, as SDL delivers it.
  void tap(float x, float y);
  void drag(float x, float y, float dy);
  void key(SDL_Keycode key, SDL_Scancode scancode, Uint16 mods = KMOD_NONE);
  void text(const std::string& typed);
  void wheel(float x, float y, int amount);

  std::uint32_t seed_;
  std::mt19937 rng_;
  testing::ScratchDir scratch_;
  AppContext context_;
  GuiOptions options_;
  ManualClock clock_{Nanos{std::chrono::hours{1}}};
  ManualWallClock wall_;
  std::unique_ptr<GuiApp> app_;
  int step_ = 0;
  bool profile_;  // MONKEY_PROFILE set: each step's wall-clock time on stderr
  std::uint64_t checked_frame_ = 0;
  std::optional<Screen> screen_of_last_frame_;
  std::array<int, 8> steps_on_{};  // by Screen
  int frames_checked_ = 0;

  mutable std::mutex recent_mutex_;
  std::deque<std::string> recent_;
  std::atomic<std::int64_t> last_beat_ns_{0};
  std::atomic<bool> stopping_{false};
  std::thread watchdog_;
};

}  // namespace limber::monkey
