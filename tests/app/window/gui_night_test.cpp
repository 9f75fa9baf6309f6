// The night theme, for a cramp at 3 a.m.: every pixel of the library, a session (with a figure),
// the summary, the progress screen and Settings is a dim red, no brighter than the theme's limit,
// and none is white or grey. Measured on the window's own pixels; the shots are kept.
#include <gtest/gtest.h>

#include <algorithm>
#include <ctime>
#include <functional>
#include <set>

#include "support/gui_fixture.hpp"
#include "ui/theme.hpp"

namespace limber {
namespace {

using namespace std::chrono_literals;

class NightGui : public testing::GuiTest {
 protected:
  // The brightest pixel (by WCAG's relative luminance), and how many are white or grey (every
  // channel above 40 %).
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
      brightest = std::max(brightest, relative_luminance(ImVec4(r, g, b, 1)));
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

// 03:12 this morning on the local clock: the night under way began yesterday evening.
WallTime three_in_the_morning(WallTime now) {
  const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
  std::tm local{};
  localtime_r(&seconds, &local);
  local.tm_hour = 3;
  local.tm_min = 12;
  local.tm_sec = 0;
  local.tm_isdst = -1;
  return std::chrono::system_clock::from_time_t(std::mktime(&local));
}

TEST_F(NightGui, CrampNowOnTheLeftLegRunsTheRescueInNightModeAndPrefillsTheDiary) {
  wall_.advance(three_in_the_morning(wall_.now()) - wall_.now());
  const DayNumber last_night = today() - 1;
  auto app = open();
  // The library in the user's theme (dark), with the button.
  tap(*app, app->library().view().buttons(), "Cramp now");
  ASSERT_EQ(app->screen(), Screen::rescue);
  expect_dim(*app, "rescue-which-leg");
  tap(*app, app->rescue().view().buttons(), "Left leg");
  ASSERT_EQ(app->screen(), Screen::session);

  // Recorded at once: the cramp, its leg and its night, and the night's diary counts it.
  {
    auto store = history();
    const auto events = store.cramp_events();
    ASSERT_TRUE(events);
    ASSERT_EQ(events->size(), 1u);
    EXPECT_EQ((*events)[0].leg, Side::left);
    EXPECT_EQ((*events)[0].night, format_date(last_night));
    EXPECT_EQ((*events)[0].local_time.substr(11), "03:12");
    const auto diary = store.diary();
    ASSERT_TRUE(diary);
    ASSERT_EQ(diary->size(), 1u);
    EXPECT_EQ((*diary)[0], (DiaryEntry{format_date(last_night), 1, 0, ""}));
  }
  // The rescue routine, for the left leg only.
  const Plan& plan = app->session().driver()->engine().plan();
  EXPECT_EQ(app->session().routine()->routine.name, "Cramp rescue");
  for (const PlannedPhase& phase : plan.phases) EXPECT_NE(phase.side, Side::right);
  run_until(*app, [&] {
    const PlannedPhase* phase = app->session().driver()->engine().current_phase();
    return phase != nullptr && phase->kind == PhaseKind::hold;
  }, 20s);
  steps(*app, 10, 50ms);
  expect_dim(*app, "rescue-session");
  // Through the stretches to "walk it off", which waits for Done.
  run_until(*app, [&] { return app->session().driver()->engine().waiting_for_done(); }, 10min);
  ASSERT_TRUE(app->session().driver()->engine().waiting_for_done());
  press(*app, SDLK_SPACE, SDL_SCANCODE_SPACE);
  run_until(*app, [&] { return app->screen() == Screen::summary; }, 5s);
  ASSERT_EQ(app->screen(), Screen::summary);

  // The summary's diary is last night's, pre-filled with the cramp, and asks only how bad it was.
  const SummaryModel& summary = app->summary().model();
  EXPECT_EQ(summary.diary.night, weekday_date(last_night));
  EXPECT_FALSE(summary.diary.tonight);
  EXPECT_EQ(summary.diary.saved, "1 cramp");
  ASSERT_TRUE(summary.diary.cramps);
  EXPECT_EQ(*summary.diary.cramps, 1);
  EXPECT_EQ(summary.diary.counted, "03:12, left leg");
  EXPECT_TRUE(summary.tried_day.empty()) << "at night, only the cramp is asked about";
  expect_dim(*app, "rescue-summary");
  tap(*app, app->summary().view().buttons(), "6##severity");
  EXPECT_EQ(history().diary()->at(0), (DiaryEntry{format_date(last_night), 1, 6, ""}));
  // First aid, recorded as its cramp: not a stretching session for streaks and adherence.
  EXPECT_TRUE(history().sessions()->empty());

  // Back to sleep comes first; the way back to the library stays dark, until a theme is chosen.
  const DrawnButtons& way_out = app->summary().view().buttons();
  ASSERT_GE(way_out.size(), 2u);
  EXPECT_EQ(way_out[way_out.size() - 3].label, "Close Limber") << "Close Limber, Back to library, Do it again";
  tap(*app, app->summary().view().buttons(), "Back to library");
  ASSERT_EQ(app->screen(), Screen::library);
  expect_dim(*app, "library-after-rescue");
  const auto any_white = [&] {
    steps(*app, 3);
    auto pixels = app->window().read_pixels();
    EXPECT_TRUE(pixels);
    for (std::size_t i = 0; pixels && i < pixels->xrgb.size(); ++i) {
      const std::uint32_t px = pixels->xrgb[i];
      if (((px >> 16) & 0xff) > 230 && ((px >> 8) & 0xff) > 230 && (px & 0xff) > 230) return true;
    }
    return false;
  };
  press(*app, SDLK_s, SDL_SCANCODE_S);
  ASSERT_TRUE(tab_to(*app, [&]() -> const DrawnButtons& { return app->settings().view().buttons(); }, "Dark", 120));
  type_key(*app, SDLK_RETURN, SDL_SCANCODE_RETURN);
  press(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  ASSERT_EQ(app->screen(), Screen::library);
  EXPECT_TRUE(any_white()) << "a theme chosen ends the night";
}

TEST_F(NightGui, TheMorningSummaryAsksHowBadTheNightsCrampWasAndWhatElseWasTried) {
  // A cramp met with the button last night; in the morning a usual session ends.
  {
    auto store = history();
    CrampEvent event = make_cramp_event(wall_.now(), Side::right);
    event.night = format_date(today() - 1);
    ASSERT_TRUE(store.record_cramp(event));
  }
  auto app = open("morning-calf-stretch");
  run_until(*app, [&] { return app->screen() == Screen::summary; }, 10min);
  ASSERT_EQ(app->screen(), Screen::summary);
  const SummaryModel& summary = app->summary().model();
  EXPECT_EQ(summary.diary.saved, "1 cramp");
  ASSERT_TRUE(summary.diary.cramps);
  EXPECT_NE(summary.diary.counted.find("right leg"), std::string::npos) << summary.diary.counted;
  ASSERT_EQ(summary.tried.size(), default_tried_things().size());
  // One tap ticks magnesium for today, another unticks it.
  tap(*app, app->summary().view().buttons(), "Magnesium##tried-magnesium");
  EXPECT_EQ(history().tried()->at(format_date(today())), (std::set<std::string>{"magnesium"}));
  EXPECT_TRUE(app->summary().model().tried[0].done);
  tap(*app, app->summary().view().buttons(), "Magnesium##tried-magnesium");
  EXPECT_TRUE(history().tried()->empty());
}

}  // namespace
}  // namespace limber
