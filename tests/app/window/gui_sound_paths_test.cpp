// The paths between screens that share the sound device: a preview in Settings (Say something,
// Play) and a session with the voice. The rescue crashed once a preview had rung out in the middle
// of it (issue 27): the preview closed the device the session was still speaking through. Each
// path runs in a real window on the real clock, the sound through SDL's disk driver, and checks
// that the session's spoken cues are both in the trace and in what the driver recorded.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/gui_fixture.hpp"
#include "support/recording.hpp"

namespace limber {
namespace {

using namespace std::chrono_literals;

// Short enough to run to its end in seconds, long enough to go quiet between its cues.
constexpr const char* kQuickRoutine = R"(limber: 1
name: Quick voice check
get_ready: 2s
exercises:
  - name: Calf stretch
    reps: 2
    hold: 3s
    rest: 2s
)";

class SoundPathsGui : public testing::GuiTest {
 protected:
  void SetUp() override {
    GuiTest::SetUp();
    ::setenv("SDL_AUDIODRIVER", "disk", 1);
    ::setenv("SDL_DISKAUDIOFILE", (scratch_ / "sound.raw").c_str(), 1);
    options_.mute = false;
    options_.trace = (scratch_ / "trace.jsonl").string();
    testing::write_file(scratch_ / "config" / "limber" / "settings.json", R"({"voice": true})");
    testing::write_file(scratch_ / "data" / "routines" / "quick-voice-check.yaml", kQuickRoutine);
  }
  void TearDown() override {
    ::unsetenv("SDL_AUDIODRIVER");
    ::unsetenv("SDL_DISKAUDIOFILE");
  }

  // On the real clocks: the audio thread and the loop keep real time, as a user's do.
  std::unique_ptr<GuiApp> open_real() {
    auto app = std::make_unique<GuiApp>(context_, options_);
    EXPECT_TRUE(app->open());
    for (int i = 0; i < 5; ++i) app->step(0ns);
    return app;
  }
  // Turns of the loop on the real clock for `how_long`, as the app's own loop takes them.
  static void live(GuiApp& app, std::chrono::milliseconds how_long) {
    const auto end = std::chrono::steady_clock::now() + how_long;
    while (std::chrono::steady_clock::now() < end) app.step(10ms);
  }
  void press_settings_button(GuiApp& app, const std::string& label) {
    ASSERT_TRUE(tab_to(app, [&]() -> const DrawnButtons& { return app.settings().view().buttons(); }, label, 120))
        << label;
    type_key(app, SDLK_RETURN, SDL_SCANCODE_RETURN);
  }
  void start_quick_routine(GuiApp& app) {
    ASSERT_EQ(app.screen(), Screen::library);
    const int index = testing::card_index(app, "Quick voice check");
    ASSERT_GE(index, 0);
    // The keyboard scrolls the card into view, wherever it sits in the list.
    ASSERT_TRUE(tab_to(app, [&]() -> const DrawnButtons& { return app.library().view().buttons(); },
                       fmt::format("Start##{}", index)));
    type_key(app, SDLK_RETURN, SDL_SCANCODE_RETURN);
    ASSERT_EQ(app.screen(), Screen::session);
  }
  void stop_session(GuiApp& app) {
    press(app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
    press(app, SDLK_RETURN, SDL_SCANCODE_RETURN);
    ASSERT_EQ(app.screen(), Screen::summary);
  }

  // The session's spoken cues since the device last opened, each in the trace with its words and
  // heard in the recording over most of its length, at the frame the trace gives.
  void expect_spoken_and_heard(int at_least, const std::string& path) {
    const auto lines = testing::since_last_opening(testing::trace_lines(scratch_ / "trace.jsonl"));
    const auto recording = testing::recorded(scratch_ / "sound.raw");
    std::vector<nlohmann::json> cues;
    for (const auto& line : lines) {
      if (line["event"] == "cue") cues.push_back(line);
    }
    ASSERT_FALSE(cues.empty()) << path << ": no cue in the trace";
    // The trace gives each cue's first frame in the stream the player fills; the recording starts
    // a little earlier (the device plays silence while the player gets ready), by as much as the
    // first cue, which starts in silence, shows.
    const long lead = static_cast<long>(testing::first_sound(recording)) -
                      cues.front()["frame"].get<long>();
    ASSERT_GE(lead, 0) << path;
    ASSERT_LT(lead, testing::kRecordingRate) << path << ": a second of silence before the first cue";
    int spoken = 0;
    for (const auto& cue : cues) {
      if (!cue.contains("text")) continue;
      const std::string text = cue["text"];
      if (text.find("##") != std::string::npos) continue;  // the preview's phrase
      ++spoken;
      const auto length = static_cast<long>(cue["duration_ns"].get<std::int64_t>() * testing::kRecordingRate / 1'000'000'000);
      const double share = testing::sounding_share(recording, lead + cue["frame"].get<long>(), length);
      EXPECT_GT(share, 0.6) << path << ": \"" << text << "\" is in the trace but not in the recording";
    }
    EXPECT_GE(spoken, at_least) << path << ": the session spoke too little";
  }
};

// Say something, and while it still rings: Cramp now, left leg. The rescue speaks (night mode
// turns the voice on) through the device the preview opened, and keeps it while it goes quiet
// between its cues.
TEST_F(SoundPathsGui, APreviewStillRingingLeavesTheRescueItsDevice) {
  for (int round = 0; round < 2; ++round) {
    auto app = open_real();
    press(*app, SDLK_s, SDL_SCANCODE_S);
    ASSERT_EQ(app->screen(), Screen::settings);
    press_settings_button(*app, "Say something");
    ASSERT_TRUE(app->sound_open()) << "Say something opened no sound";
    press(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
    press(*app, SDLK_c, SDL_SCANCODE_C);
    ASSERT_EQ(app->screen(), Screen::rescue);
    press(*app, SDLK_l, SDL_SCANCODE_L);
    ASSERT_EQ(app->screen(), Screen::session);
    // Get ready (3 s of ticks, quiet between them) and into the first 30 s hold.
    live(*app, 7s);
    ASSERT_TRUE(app->session().running());
    ASSERT_TRUE(app->sound_open()) << "the device closed under the rescue";
    stop_session(*app);
    ASSERT_TRUE(wait_for_news(*app, [&] { return !app->sound_open(); }, 10s)) << "the rescue never went quiet";
    expect_spoken_and_heard(2, "preview still ringing -> rescue, round " + std::to_string(round));
  }
}

// Say something, heard to its end (the device closes), then a routine with the voice on.
TEST_F(SoundPathsGui, APreviewThatRangOutLeavesTheNextSessionItsVoice) {
  for (int round = 0; round < 2; ++round) {
    auto app = open_real();
    press(*app, SDLK_s, SDL_SCANCODE_S);
    press_settings_button(*app, round == 0 ? "Say something" : "Play##set");
    ASSERT_TRUE(wait_for_news(*app, [&] { return app->sound_open(); }, 2s));
    ASSERT_TRUE(wait_for_news(*app, [&] { return !app->sound_open(); }, 10s)) << "the preview never went quiet";
    press(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
    start_quick_routine(*app);
    ASSERT_TRUE(wait_for_news(*app, [&] { return app->screen() == Screen::summary; }, 30s));
    ASSERT_TRUE(wait_for_news(*app, [&] { return !app->sound_open(); }, 10s)) << "the session never went quiet";
    expect_spoken_and_heard(5, "preview -> session, round " + std::to_string(round));
  }
}

// A session, then a preview in Settings straight after it (its closing words may still ring),
// then another session: each with the voice, on the one device.
TEST_F(SoundPathsGui, ASessionThenAPreviewThenASessionEachKeepTheirVoice) {
  auto app = open_real();
  start_quick_routine(*app);
  ASSERT_TRUE(wait_for_news(*app, [&] { return app->screen() == Screen::summary; }, 30s));
  ASSERT_TRUE(wait_for_news(*app, [&] { return !app->sound_open(); }, 10s)) << "the session never went quiet";
  expect_spoken_and_heard(5, "first session");
  press(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  ASSERT_EQ(app->screen(), Screen::library);
  press(*app, SDLK_s, SDL_SCANCODE_S);
  press_settings_button(*app, "Say something");
  EXPECT_EQ(app->settings().model().voice_notice, "") << "the session's voice still held espeak-ng";
  press_settings_button(*app, "Play##set");
  press(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  start_quick_routine(*app);
  live(*app, 4s);  // the previews ring out under the session
  ASSERT_TRUE(app->sound_open()) << "the device closed under the session";
  ASSERT_TRUE(wait_for_news(*app, [&] { return app->screen() == Screen::summary; }, 30s));
  ASSERT_TRUE(wait_for_news(*app, [&] { return !app->sound_open(); }, 10s)) << "the session never went quiet";
  expect_spoken_and_heard(5, "preview -> second session");
}

}  // namespace
}  // namespace limber
