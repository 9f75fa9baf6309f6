// The window in German and in the pseudo-language (every string 40 % longer, accented), one
// window per language at the smallest size Limber promises (800x480): library, session (hold,
// then the switch), summary, progress and Settings, each measured (no text out of its box, no
// text under a control it does not belong to) and kept as a screenshot. The same screens are
// measured at every size and in every state, without a window, in tests/ui/layout_test.cpp.
#include <gtest/gtest.h>

#include "core/translate.hpp"
#include "support/gui_fixture.hpp"
#include "support/layout_check.hpp"

namespace limber {
namespace {

using namespace std::chrono_literals;

class LanguageGui : public testing::GuiTest, public ::testing::WithParamInterface<std::string> {
 protected:
  void TearDown() override { (void)use_language("en", LIMBER_BUILD_LOCALE_DIR); }
  void measure_and_keep(GuiApp& app, const DrawnButtons& buttons, const std::string& screen) {
    steps(app, 3);
    const std::string where = fmt::format("{} in {} at 800x480", screen, GetParam());
    for (const auto& problem : testing::layout_problems(buttons, where)) ADD_FAILURE() << problem;
    const std::filesystem::path shots(LIMBER_SCREENSHOT_DIR);
    std::filesystem::create_directories(shots);
    EXPECT_TRUE(app.window().save_screenshot(shots / fmt::format("{}-{}-800x480.png", screen, GetParam())));
  }
};

TEST_P(LanguageGui, EveryScreenFitsAtTheSmallestSize) {
  ASSERT_EQ(use_language(GetParam(), LIMBER_BUILD_LOCALE_DIR), GetParam());
  const auto routine = scratch_ / "sides.yaml";
  testing::write_file(routine, "limber: 1\nname: Both sides\nget_ready: 1s\nexercises:\n"
                               "  - {name: Calf stretch, sides: [left, right], reps: 1, hold: 2s, rest: 2s, switch: 2s}\n");
  options_.width = 800;
  options_.height = 480;
  auto app = open();
  measure_and_keep(*app, app->library().view().buttons(), "library");
  app.reset();
  app = open(routine.string());
  ASSERT_EQ(app->screen(), Screen::session);
  const auto in_phase = [&](PhaseKind kind) {
    const SessionDriver* driver = app->session().driver();
    const PlannedPhase* phase = driver != nullptr ? driver->engine().current_phase() : nullptr;
    return phase != nullptr && phase->kind == kind;
  };
  run_until(*app, [&] { return in_phase(PhaseKind::hold); }, 10s);
  steps(*app, 10, 50ms);
  measure_and_keep(*app, app->session().view().buttons(), "session-hold");
  run_until(*app, [&] { return in_phase(PhaseKind::switch_sides); }, 10s);
  steps(*app, 10, 50ms);
  measure_and_keep(*app, app->session().view().buttons(), "session-switch");
  run_until(*app, [&] { return app->screen() == Screen::summary; }, 20s);
  ASSERT_EQ(app->screen(), Screen::summary);
  measure_and_keep(*app, app->summary().view().buttons(), "summary");
  press(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  press(*app, SDLK_p, SDL_SCANCODE_P);
  ASSERT_EQ(app->screen(), Screen::progress);
  measure_and_keep(*app, app->progress().view().buttons(), "progress");
  press(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  press(*app, SDLK_s, SDL_SCANCODE_S);
  ASSERT_EQ(app->screen(), Screen::settings);
  measure_and_keep(*app, app->settings().view().buttons(), "settings");
}

INSTANTIATE_TEST_SUITE_P(Languages, LanguageGui, ::testing::Values(std::string("de"), std::string(kPseudoLanguage)),
                         [](const auto& test) { return test.param == "de" ? std::string("German") : std::string("Pseudo"); });

}  // namespace
}  // namespace limber
