// The driver hands every cue to the player a look-ahead before it is due, however the front end's
// own wake-ups (frames, input) fall. Uses a real player on SDL's disk driver.
#include "app/services/session_driver.hpp"

#include <gtest/gtest.h>

#include <cstdlib>

#include "core/routine/routine_loader.hpp"
#include "core/session/spoken_phrases.hpp"
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

// A skip changes the time the closing line says: the new line is synthesised in the background
// when the last phase starts, and is in the player before that phase ends.
TEST(SessionDriver, TheClosingLineForTheTimeReallySpentIsReadyBeforeTheEnd) {
  ::setenv("SDL_AUDIODRIVER", "disk", 1);
  ::setenv("SDL_DISKAUDIOFILE", "/dev/null", 1);
  const SteadyClock audio_clock;
  auto player = CuePlayer::open(AudioSettings{.muted = true}, audio_clock);
  ASSERT_TRUE(player) << player.error();
  auto voice = SessionVoice::open(VoiceSettings{}, **player, 1.0f);
  if (!voice) GTEST_SKIP() << "no espeak-ng voice on this machine";
  const auto routine = load_routine_file(testing::tests_dir() / "app" / "routines" / "timing-test.yaml");
  ASSERT_TRUE(routine);
  const auto plan = std::make_shared<const Plan>(expand_plan(*routine));
  ASSERT_TRUE(voice->prepare(*plan));
  ManualClock clock(100s);
  SessionDriver driver(plan, clock, player->get(), nullptr);
  driver.set_voice(voice.get());
  (void)driver.start();
  clock.advance(10ms);
  (void)driver.control(SessionControl::skip);  // 3 s of get-ready skipped: 12 s in all, not 15
  const Seconds spent = plan->total - Seconds{3};
  const std::string closing =
      phrase_options(SessionEvent{.kind = SessionEventKind::session_finished}, *plan, spent).front();
  EXPECT_FALSE((*player)->voice_clip_length(closing)) << "made before it could be known";
  const Nanos last_phase_start = 100s + 10ms + std::chrono::duration_cast<Nanos>(plan->phases.back().start - Seconds{3});
  while (const auto wake = driver.wake_at()) {
    if (*wake >= last_phase_start + 1ms) break;
    clock.set(*wake);
    (void)driver.tick();
  }
  ASSERT_EQ(driver.engine().current_index() + 1, static_cast<int>(plan->phases.size()));
  voice->wait_for_background();
  EXPECT_TRUE((*player)->voice_clip_length(closing)) << closing;
}

}  // namespace
}  // namespace limber
