// Every screen by keyboard alone, in a real window: Tab moves a visible focus, Enter or Space
// presses what has it, Esc goes back; no mouse or finger anywhere in these tests.
#include <gtest/gtest.h>

#include <algorithm>

#include "support/gui_fixture.hpp"

namespace limber {
namespace {

using namespace std::chrono_literals;
using testing::card_index;
using testing::GuiTest;

TEST_F(GuiTest, KeyboardAloneStartsPausesStopsAndWritesTheDiary) {
  auto app = open();
  const auto library_buttons = [&]() -> const DrawnButtons& { return app->library().view().buttons(); };
  const std::string start = "Start##" + std::to_string(card_index(*app, "Morning calf stretch"));
  ASSERT_TRUE(tab_to(*app, library_buttons, start)) << "Tab never reached " << start;
  const std::filesystem::path shots(LIMBER_SCREENSHOT_DIR);
  std::filesystem::create_directories(shots);
  EXPECT_TRUE(app->window().save_screenshot(shots / "library-keyboard-focus-1280x800.png"));
  type_key(*app, SDLK_RETURN, SDL_SCANCODE_RETURN);
  ASSERT_EQ(app->screen(), Screen::session);
  const SessionEngine& engine = app->session().driver()->engine();
  type_key(*app, SDLK_SPACE, SDL_SCANCODE_SPACE);
  EXPECT_EQ(engine.status(), SessionStatus::paused);
  type_key(*app, SDLK_SPACE, SDL_SCANCODE_SPACE);
  EXPECT_EQ(engine.status(), SessionStatus::running);
  type_key(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  ASSERT_TRUE(app->session().confirming_stop());
  type_key(*app, SDLK_RETURN, SDL_SCANCODE_RETURN);
  ASSERT_EQ(app->screen(), Screen::summary);

  const auto summary_buttons = [&]() -> const DrawnButtons& { return app->summary().view().buttons(); };
  ASSERT_TRUE(tab_to(*app, summary_buttons, "2##cramps"));
  type_key(*app, SDLK_RETURN, SDL_SCANCODE_RETURN);
  ASSERT_TRUE(tab_to(*app, summary_buttons, "6##severity"));
  type_key(*app, SDLK_SPACE, SDL_SCANCODE_SPACE);
  const auto diary = history().diary();
  ASSERT_TRUE(diary);
  ASSERT_EQ(diary->size(), 1u);
  EXPECT_EQ(diary->front().cramps, 2);
  EXPECT_EQ(diary->front().severity, 6);
  type_key(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  EXPECT_EQ(app->screen(), Screen::library);
}

// The library's first card is where the keyboard goes next from Cramp now (Arrow Down and Tab),
// and Tab takes a card's controls in reading order: the reps' - and +, then Start beside them.
TEST_F(GuiTest, KeyboardGoesFromCrampNowToTheFirstCardAndAcrossItInReadingOrder) {
  for (const auto& [w, h] : {std::pair{1280, 800}, std::pair{800, 480}, std::pair{800, 1280}}) {
    options_.width = w;
    options_.height = h;
    auto app = open();
    const auto buttons = [&]() -> const DrawnButtons& { return app->library().view().buttons(); };
    const auto focused = [&]() -> std::string {
      for (const DrawnButton& b : buttons()) {
        if (b.focused) return b.label;
      }
      return "";
    };
    const std::string size = std::to_string(w) + "x" + std::to_string(h);
    ASSERT_TRUE(tab_to(*app, buttons, "Cramp now")) << size;
    type_key(*app, SDLK_DOWN, SDL_SCANCODE_DOWN);
    const std::string below = focused();
    EXPECT_TRUE(below.size() > 3 && below.compare(below.size() - 3, 3, "##0") == 0) << size << ": Arrow Down went to " << below;
    ASSERT_TRUE(tab_to(*app, buttons, "Cramp now")) << size;
    std::vector<std::string> order;
    for (int i = 0; i < 6; ++i) {
      type_key(*app, SDLK_TAB, SDL_SCANCODE_TAB);
      order.push_back(focused());
    }
    const auto at = [&](const std::string& label) { return std::find(order.begin(), order.end(), label) - order.begin(); };
    EXPECT_LT(at("-##0"), at("+##0")) << size;
    EXPECT_LT(at("+##0"), at("Start##0")) << size << ": Tab reached Start before the reps beside it";
    EXPECT_LT(at("Start##0"), static_cast<long>(order.size())) << size;
  }
}

// The session screen by Tab, as every other screen: a ring on the control, Enter presses it;
// the stop question says what Enter does, and the screen behind it fades.
TEST_F(GuiTest, KeyboardTabInASessionShowsItsRingAndTheStopQuestionSaysItsKeys) {
  auto app = open("morning-calf-stretch");
  ASSERT_EQ(app->screen(), Screen::session);
  const auto session_buttons = [&]() -> const DrawnButtons& { return app->session().view().buttons(); };
  const SessionEngine& engine = app->session().driver()->engine();
  // Before any Tab, Space is the session's own: pause and resume.
  type_key(*app, SDLK_SPACE, SDL_SCANCODE_SPACE);
  EXPECT_EQ(engine.status(), SessionStatus::paused);
  type_key(*app, SDLK_SPACE, SDL_SCANCODE_SPACE);
  EXPECT_EQ(engine.status(), SessionStatus::running);
  ASSERT_TRUE(tab_to(*app, session_buttons, "Pause")) << "Tab never reached Pause";
  const std::filesystem::path shots(LIMBER_SCREENSHOT_DIR);
  std::filesystem::create_directories(shots);
  EXPECT_TRUE(app->window().save_screenshot(shots / "session-keyboard-focus-1280x800.png"));
  type_key(*app, SDLK_RETURN, SDL_SCANCODE_RETURN);
  EXPECT_EQ(engine.status(), SessionStatus::paused) << "Enter pressed the focused Pause";

  // The stop question: the screen behind it fades (the light of the controls under it falls),
  // and it says its keys.
  steps(*app, 3);
  const auto stop = std::find_if(session_buttons().begin(), session_buttons().end(),
                                 [](const DrawnButton& b) { return b.label == "Stop"; });
  ASSERT_NE(stop, session_buttons().end());
  const ImVec2 min = stop->min;
  const ImVec2 max = stop->max;
  const auto mean = [&] {
    auto pixels = app->window().read_pixels();
    EXPECT_TRUE(pixels);
    double sum = 0;
    long n = 0;
    for (int y = static_cast<int>(min.y); pixels && y < static_cast<int>(max.y); ++y) {
      for (int x = static_cast<int>(min.x); x < static_cast<int>(max.x); ++x, ++n) {
        sum += static_cast<double>((pixels->xrgb[static_cast<std::size_t>(y * pixels->width + x)] >> 8) & 0xff);
      }
    }
    return n > 0 ? sum / static_cast<double>(n) : 0.0;
  };
  const double before = mean();
  type_key(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  ASSERT_TRUE(app->session().confirming_stop());
  steps(*app, 3);
  EXPECT_LT(mean(), before * 0.8) << "the screen behind the question is not dimmed";
  EXPECT_TRUE(app->window().save_screenshot(shots / "session-stop-question-1280x800.png"));
  type_key(*app, SDLK_RETURN, SDL_SCANCODE_RETURN);
  ASSERT_EQ(app->screen(), Screen::summary);
}

TEST_F(GuiTest, KeyboardAloneChangesTheWeeklyGoal) {
  auto app = open();
  type_key(*app, SDLK_p, SDL_SCANCODE_P);
  ASSERT_EQ(app->screen(), Screen::progress);
  const auto buttons = [&]() -> const DrawnButtons& { return app->progress().view().buttons(); };
  ASSERT_TRUE(tab_to(*app, buttons, "+"));
  type_key(*app, SDLK_RETURN, SDL_SCANCODE_RETURN);
  EXPECT_EQ(app->progress().model().stats.goal_days, 6);
  EXPECT_EQ(load_settings(scratch_ / "config" / "limber").weekly_goal_days, 6);
  type_key(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  EXPECT_EQ(app->screen(), Screen::library);
}

// Tab after a field whose value turned invalid (or valid again) goes on to the next field, never
// back to the toolbar's Undo.
TEST_F(GuiTest, TabGoesOnToTheNextFieldWhenAValueTurnsInvalidOrValid) {
  auto app = open();
  type_key(*app, SDLK_n, SDL_SCANCODE_N, KMOD_LCTRL);
  ASSERT_EQ(app->screen(), Screen::editor);
  const auto editor_buttons = [&]() -> const DrawnButtons& { return app->editor().view().buttons(); };
  const auto focused = [&]() {
    for (const DrawnButton& b : editor_buttons()) {
      if (b.focused) return b.label;
    }
    return std::string();
  };
  ASSERT_TRUE(tab_to(*app, editor_buttons, "##hold"));
  for (const char* typed : {"x", "\b"}) {  // invalid, then valid again
    if (std::string(typed) == "\b") {
      type_key(*app, SDLK_BACKSPACE, SDL_SCANCODE_BACKSPACE);
    } else {
      type_text(*app, typed);
    }
    type_key(*app, SDLK_TAB, SDL_SCANCODE_TAB);
    EXPECT_EQ(focused(), "##rest") << "after typing " << typed;
    type_key(*app, SDLK_TAB, SDL_SCANCODE_TAB, KMOD_LSHIFT);
    ASSERT_EQ(focused(), "##hold");
  }
}

TEST_F(GuiTest, KeyboardAloneCopiesSavesAndDiscardsInTheEditor) {
  testing::write_file(scratch_ / "config" / "limber" / "settings.json", "{\"theme\": \"light\"}");
  auto app = open();
  const auto library_buttons = [&]() -> const DrawnButtons& { return app->library().view().buttons(); };
  const std::string copy = "Copy##" + std::to_string(card_index(*app, "Morning calf stretch"));
  ASSERT_TRUE(tab_to(*app, library_buttons, copy));
  type_key(*app, SDLK_RETURN, SDL_SCANCODE_RETURN);
  ASSERT_EQ(app->screen(), Screen::editor);
  type_key(*app, SDLK_s, SDL_SCANCODE_S, KMOD_LCTRL);
  const auto saved = scratch_ / "data" / "routines" / "morning-calf-stretch-copy.yaml";
  EXPECT_TRUE(std::filesystem::exists(saved)) << app->editor().notice();
  type_key(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  ASSERT_EQ(app->screen(), Screen::library);

  // A new routine nobody touched closes at once; a copy not yet saved is unsaved work: Esc asks,
  // and Discard is reached by Tab.
  type_key(*app, SDLK_n, SDL_SCANCODE_N, KMOD_LCTRL);
  ASSERT_EQ(app->screen(), Screen::editor);
  type_key(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  ASSERT_EQ(app->screen(), Screen::library);
  ASSERT_TRUE(tab_to(*app, library_buttons, copy));
  type_key(*app, SDLK_RETURN, SDL_SCANCODE_RETURN);
  ASSERT_EQ(app->screen(), Screen::editor);
  type_key(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  ASSERT_EQ(app->screen(), Screen::editor);
  const auto editor_buttons = [&]() -> const DrawnButtons& { return app->editor().view().buttons(); };
  ASSERT_TRUE(tab_to(*app, editor_buttons, "Discard"));
  const std::filesystem::path shots(LIMBER_SCREENSHOT_DIR);
  std::filesystem::create_directories(shots);
  EXPECT_TRUE(app->window().save_screenshot(shots / "editor-leave-question-light-1280x800.png"));
  type_key(*app, SDLK_RETURN, SDL_SCANCODE_RETURN);
  EXPECT_EQ(app->screen(), Screen::library);
}

// At 800x480 the bedtime routine's summary (six rows) and the severity question fit above the
// bar, or scroll: no diary button is ever under "Back to library" or "Do it again".
TEST_F(GuiTest, TheSmallScreenSummaryKeepsTheDiaryClearOfItsBar) {
  options_.width = 800;
  options_.height = 480;
  auto app = open("bedtime-stretches");
  type_key(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  type_key(*app, SDLK_RETURN, SDL_SCANCODE_RETURN);
  ASSERT_EQ(app->screen(), Screen::summary);
  ASSERT_EQ(app->summary().model().rows.size(), 6u);
  tap(*app, app->summary().view().buttons(), "2##cramps");
  steps(*app, 4);
  const DrawnButtons& buttons = app->summary().view().buttons();
  const auto bar = std::find_if(buttons.begin(), buttons.end(), [](const DrawnButton& b) { return b.label == "Back to library"; });
  ASSERT_NE(bar, buttons.end());
  for (int s = 1; s <= 10; ++s) {
    const auto button = std::find_if(buttons.begin(), buttons.end(), [&](const DrawnButton& b) {
      return b.label == std::to_string(s) + "##severity";
    });
    ASSERT_NE(button, buttons.end()) << s;
    EXPECT_LE(button->max.y, bar->min.y) << "severity " << s << " is under the bar";
    EXPECT_GE(button->min.y, 0.0f) << "severity " << s << " is above the screen";
  }
  const std::filesystem::path shots(LIMBER_SCREENSHOT_DIR);
  std::filesystem::create_directories(shots);
  EXPECT_TRUE(app->window().save_screenshot(shots / "summary-bedtime-severity-800x480.png"));
  tap(*app, buttons, "7##severity");
  const auto diary = history().diary();
  ASSERT_TRUE(diary);
  ASSERT_EQ(diary->size(), 1u);
  EXPECT_EQ(diary->front().severity, 7);
}

}  // namespace
}  // namespace limber
