// The night theme, for a cramp at 3 a.m.: every pixel of the library, a session (with a figure),
// the summary, the progress screen and Settings is a dim red, no brighter than the theme's limit,
// and none is white or grey. Measured on the window's own pixels; the shots are kept.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

#include "support/gui_fixture.hpp"
#include "ui/theme.hpp"

namespace limber {
namespace {

using namespace std::chrono_literals;

class NightGui : public testing::GuiTest {
 protected:
  // The brightest pixel, and how many are white or grey (every channel above 40 %).
  void expect_dim(GuiApp& app, const std::string& screen) {
    steps(app, 3);
    auto pixels = app.window().read_pixels();
    ASSERT_TRUE(pixels) << pixels.error();
    float brightest = 0;
    long greyish = 0;
    for (std::size_t i = 0; i < pixels->xrgb.size(); ++i) {
      const std::uint32_t px = pixels->xrgb[i];
      const float r = static_cast<float>((px >> 16) & 0xff) / 255.0f;
      const float g = static_cast<float>((px >> 8) & 0xff) / 255.0f;
      const float b = static_cast<float>(px & 0xff) / 255.0f;
      brightest = std::max(brightest, 0.2126f * r + 0.7152f * g + 0.0722f * b);
      if (std::min({r, g, b}) > 0.4f) ++greyish;
    }
    EXPECT_LE(brightest, kNightMaxLuminance + 0.005f) << screen;
    EXPECT_EQ(greyish, 0) << screen;
    const std::filesystem::path shots(LIMBER_SCREENSHOT_DIR);
    std::filesystem::create_directories(shots);
    EXPECT_TRUE(app.window().save_screenshot(shots / ("night-" + screen + "-1280x800.png")));
  }
};

TEST_F(NightGui, EveryScreenIsDimRedWithNoWhiteAnywhere) {
  testing::write_file(scratch_ / "config" / "limber" / "settings.json", "{\"theme\": \"night\"}");
  auto app = open();
  expect_dim(*app, "library");
  app.reset();
  app = open("morning-calf-stretch");
  ASSERT_EQ(app->screen(), Screen::session);
  run_until(*app, [&] {
    const PlannedPhase* phase = app->session().driver()->engine().current_phase();
    return phase != nullptr && phase->kind == PhaseKind::hold;
  }, 20s);
  steps(*app, 10, 50ms);
  expect_dim(*app, "session-hold");
  press(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);  // asks whether to stop
  expect_dim(*app, "session-stop-question");
  app.reset();
  app = open();
  press(*app, SDLK_p, SDL_SCANCODE_P);
  ASSERT_EQ(app->screen(), Screen::progress);
  expect_dim(*app, "progress");
  press(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  press(*app, SDLK_s, SDL_SCANCODE_S);
  ASSERT_EQ(app->screen(), Screen::settings);
  expect_dim(*app, "settings");
}

}  // namespace
}  // namespace limber
