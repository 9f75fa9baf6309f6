// The night theme, read at 3 a.m.: every piece of enabled text on every screen reaches WCAG's
// contrast (4.5:1, or 3:1 from 24 px up), measured on the window's pixels, while the screen as a
// whole stays as dim as the night theme was before it had to be readable, and no pixel is white
// or grey. The shots are kept (night-readable-*.png).
#include <gtest/gtest.h>

#include "support/contrast_check.hpp"
#include "support/gui_fixture.hpp"
#include "support/sample_history.hpp"

namespace limber {
namespace {

using namespace std::chrono_literals;

// The light the night screens gave off before their text was made readable (the mean relative
// luminance of these fifteen screens at 1280x800, measured here on the code of stop 25: 0.0029 to
// 0.0113, 0.00725 on average). Text at 4.5:1 takes near twice the light; the fills, surfaces and
// large text (3:1 is enough from 24 px) give it back, so the screens as a whole are no brighter.
constexpr double kAverageBefore = 0.00725;
constexpr double kBrightestBefore = 0.0113;

class NightContrastGui : public testing::GuiTest {
 protected:
  void SetUp() override {
    GuiTest::SetUp();
    testing::write_file(scratch_ / "config" / "limber" / "settings.json", R"({"theme": "night"})");
  }
  // Judges the frame on screen now.
  void judge(GuiApp& app, const std::string& screen) {
    steps(app, 3);
    auto pixels = app.window().read_pixels();
    ASSERT_TRUE(pixels) << pixels.error();
    for (const auto& problem : testing::contrast_problems(*pixels, screen)) ADD_FAILURE() << problem;
    const double mean = testing::mean_luminance(*pixels);
    EXPECT_LE(mean, kBrightestBefore) << screen << " is brighter than any night screen was";
    std::cout << fmt::format("{}: mean luminance {:.4f}, {} runs of text\n", screen, mean,
                             testing::text_contrasts(*pixels).size());
    means_.push_back(mean);
    long greyish = 0;
    for (std::size_t i = 0; i < pixels->xrgb.size(); ++i) {
      const std::uint32_t px = pixels->xrgb[i];
      if (std::min({(px >> 16) & 0xff, (px >> 8) & 0xff, px & 0xff}) > 102) ++greyish;
    }
    EXPECT_EQ(greyish, 0) << screen << ": white or grey pixels";
    const std::filesystem::path shots(LIMBER_SCREENSHOT_DIR);
    std::filesystem::create_directories(shots);
    EXPECT_TRUE(app.window().save_screenshot(shots / ("night-readable-" + screen + ".png")));
  }
  void run_to(GuiApp& app, PhaseKind kind) {
    run_until(app, [&] {
      const PlannedPhase* phase = app.session().driver()->engine().current_phase();
      return phase != nullptr && phase->kind == kind;
    }, 60s);
    steps(app, 30, 50ms);  // past the flash that marks the change
  }
  std::vector<double> means_;
};

TEST_F(NightContrastGui, EveryTextCanBeReadAndTheScreensStayDim) {
  {
    auto store = history();
    testing::write_sample_history(store, today(), 60);
  }
  auto app = open();
  judge(*app, "library");
  press(*app, SDLK_s, SDL_SCANCODE_S);
  judge(*app, "settings");
  press(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  press(*app, SDLK_p, SDL_SCANCODE_P);
  judge(*app, "progress");
  press(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  press(*app, SDLK_i, SDL_SCANCODE_I);
  judge(*app, "import");
  press(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  type_key(*app, SDLK_n, SDL_SCANCODE_N, KMOD_LCTRL);
  ASSERT_EQ(app->screen(), Screen::editor);
  judge(*app, "editor");
  app.reset();

  app = open("morning-calf-stretch");
  run_to(*app, PhaseKind::get_ready);
  judge(*app, "session-get-ready");
  run_to(*app, PhaseKind::hold);
  judge(*app, "session-hold");
  run_to(*app, PhaseKind::rest);
  judge(*app, "session-rest");
  run_to(*app, PhaseKind::switch_sides);
  judge(*app, "session-switch");
  press(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  judge(*app, "session-stop-question");
  press(*app, SDLK_RETURN, SDL_SCANCODE_RETURN);
  ASSERT_EQ(app->screen(), Screen::summary);
  judge(*app, "summary-stopped");
  app.reset();

  app = open();
  press(*app, SDLK_c, SDL_SCANCODE_C);
  judge(*app, "rescue-which-leg");
  press(*app, SDLK_l, SDL_SCANCODE_L);
  run_to(*app, PhaseKind::hold);
  judge(*app, "rescue-hold");
  run_until(*app, [&] { return app->session().driver()->engine().waiting_for_done(); }, 10min);
  steps(*app, 30, 50ms);
  judge(*app, "rescue-walk-it-off");
  press(*app, SDLK_SPACE, SDL_SCANCODE_SPACE);
  run_until(*app, [&] { return app->screen() == Screen::summary; }, 5s);
  judge(*app, "rescue-summary");

  double sum = 0;
  for (const double mean : means_) sum += mean;
  EXPECT_LE(sum / static_cast<double>(means_.size()), kAverageBefore) << "the night screens give off more light";
}

}  // namespace
}  // namespace limber
