// The driver hands every cue to the player a look-ahead before it is due, however the front end's
// own wake-ups (frames, input) fall. Uses a real player on SDL's disk driver.
#include "app/session_driver.hpp"

#include <gtest/gtest.h>

#include <cstdlib>

#include "core/routine_loader.hpp"
#include "support/fixtures.hpp"

namespace limber {
namespace {

using namespace std::chrono_literals;

TEST(SessionDriver, WakesALookAheadBeforeEveryCueEvenAfterOtherWakeUps) {
  ::setenv("SDL_AUDIODRIVER", "disk", 1);
  ::setenv("SDL_DISKAUDIOFILE", "/dev/null", 1);
  const SteadyClock audio_clock;
  auto player = CuePlayer::open(AudioSettings{.muted = true}, audio_clock);
  ASSERT_TRUE(player) << player.error();
  const auto routine = load_routine_file(testing::tests_dir() / "app" / "routines" / "timing-test.yaml");
  ManualClock clock(100s);
  SessionDriver driver(std::make_shared<const Plan>(expand_plan(*routine)), clock, player->get(), nullptr);
  (void)driver.start();
  // The first cue is the tick 1 s in. A GUI frame wakes the loop 80 ms before it: too early to
  // hand the tick over, late enough that the usual look-ahead wake-up would already have passed.
  clock.set(100s + 920ms);
  (void)driver.tick();
  ASSERT_TRUE(driver.wake_at());
  EXPECT_EQ(*driver.wake_at(), 100s + 1s - SessionDriver::kCueLookahead);
  clock.set(*driver.wake_at());
  (void)driver.tick();
  EXPECT_EQ(driver.wake_at(), 100s + 1s);  // handed over: now wake for the tick itself
}

}  // namespace
}  // namespace limber
