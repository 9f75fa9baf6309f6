// The real app in a real window (under Xvfb): touch, keyboard, and an idle loop that draws nothing.
#include <gtest/gtest.h>

#include <cstdlib>
#include <functional>
#include <iostream>

#include "app/gui_app.hpp"
#include "platform/screenshot.hpp"
#include "core/calendar.hpp"
#include "core/progress_stats.hpp"
#include "core/record_ids.hpp"
#include "support/sample_history.hpp"
#include "support/fixtures.hpp"

namespace limber {
namespace {

using namespace std::chrono_literals;

class GuiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ::setenv("XDG_CONFIG_HOME", (scratch_ / "config").c_str(), 1);
    context_.data_dir = scratch_ / "data";
  }

  std::unique_ptr<GuiApp> open(const std::string& routine) {
    options_.routine = routine;
    options_.mute = true;
    options_.fullscreen = false;
    auto app = std::make_unique<GuiApp>(context_, options_);
    EXPECT_TRUE(app->open());
    for (int i = 0; i < 5; ++i) app->step(20ms);
    return app;
  }

  static void push_finger(SDL_EventType type, float x, float y) {
    SDL_Event event{};
    event.type = type;
    event.tfinger.touchId = 1;
    event.tfinger.fingerId = 1;
    event.tfinger.x = x;
    event.tfinger.y = y;
    event.tfinger.pressure = 1;
    SDL_PushEvent(&event);
  }

  static void push_key(SDL_Keycode key, SDL_Scancode scancode) {
    SDL_Event event{};
    event.type = SDL_KEYDOWN;
    event.key.keysym.sym = key;
    event.key.keysym.scancode = scancode;
    SDL_PushEvent(&event);
    event.type = SDL_KEYUP;
    SDL_PushEvent(&event);
  }

  // A finger tap on the button with this label, as drawn in the last frame.
  static void tap(GuiApp& app, const DrawnButtons& buttons, const std::string& label) {
    const auto button = std::find_if(buttons.begin(), buttons.end(), [&](const DrawnButton& b) { return b.label == label; });
    ASSERT_NE(button, buttons.end()) << label;
    const ImVec2 at = button->centre();
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    push_finger(SDL_FINGERDOWN, at.x / size.x, at.y / size.y);
    push_finger(SDL_FINGERUP, at.x / size.x, at.y / size.y);
    for (int i = 0; i < 6; ++i) app.step(20ms);
  }

  HistoryStore history() {
    std::filesystem::create_directories(scratch_ / "data");
    auto store = HistoryStore::open(scratch_ / "data" / "history.sqlite3");
    EXPECT_TRUE(store) << store.error().message;
    return std::move(store.value());
  }

  testing::ScratchDir scratch_;
  AppContext context_;
  GuiOptions options_;
};

TEST_F(GuiTest, AfterASessionTwoTapsWriteLastNightInTheDiary) {
  auto app = open("morning-calf-stretch");
  push_key(SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  for (int i = 0; i < 4; ++i) app->step(20ms);
  push_key(SDLK_RETURN, SDL_SCANCODE_RETURN);
  for (int i = 0; i < 6; ++i) app->step(20ms);
  ASSERT_EQ(app->screen(), Screen::summary);
  tap(*app, app->summary_view().buttons(), "2##cramps");
  tap(*app, app->summary_view().buttons(), "6##severity");
  const DayNumber night = last_night(*parse_date(local_date(std::chrono::system_clock::now())));
  auto diary = history().diary();
  ASSERT_TRUE(diary);
  ASSERT_EQ(diary->size(), 1u);
  EXPECT_EQ(diary->front(), (DiaryEntry{format_date(night), 2, 6, ""}));
  // Changed to a night without cramps: one tap.
  tap(*app, app->summary_view().buttons(), "Change");
  tap(*app, app->summary_view().buttons(), "None##cramps");
  EXPECT_EQ(history().diary()->front(), (DiaryEntry{format_date(night), 0, 0, ""}));
  // The session itself is in the history, stopped.
  ASSERT_EQ(history().sessions()->size(), 1u);
  EXPECT_EQ(history().sessions()->front().outcome, SessionOutcome::stopped);
}

TEST_F(GuiTest, TheProgressScreenDeletesAndUndoesAndSetsTheGoal) {
  {
    HistoryStore store = history();
    const DayNumber today = *parse_date(local_date(std::chrono::system_clock::now()));
    testing::write_sample_history(store, today, 30);
  }
  const std::size_t recorded = history().sessions()->size();
  options_.open_progress = true;
  auto app = open("");
  ASSERT_EQ(app->screen(), Screen::progress);
  EXPECT_EQ(app->progress_model().stats.goal_days, 5);
  tap(*app, app->progress_view().buttons(), "+");
  EXPECT_EQ(app->progress_model().stats.goal_days, 6);
  EXPECT_EQ(load_settings(scratch_ / "config" / "limber").weekly_goal_days, 6);
  const std::string newest = app->progress_model().sessions.front().routine;
  // The session list is below the charts: a finger drags the page up to it.
  const auto delete_button = [&] {
    const auto& buttons = app->progress_view().buttons();
    return std::find_if(buttons.begin(), buttons.end(), [](const DrawnButton& b) { return b.label == "Delete"; });
  };
  ASSERT_GT(delete_button()->min.y, 800.0f);
  for (int drag = 0; drag < 4 && delete_button()->max.y > 760.0f; ++drag) {
    const float distance = std::min(delete_button()->max.y - 600.0f, 560.0f) / 800.0f;
    push_finger(SDL_FINGERDOWN, 0.5f, 0.85f);
    app->step(20ms);
    for (int i = 1; i <= 8; ++i) {
      push_finger(SDL_FINGERMOTION, 0.5f, 0.85f - distance * static_cast<float>(i) / 8.0f);
      app->step(20ms);
    }
    push_finger(SDL_FINGERUP, 0.5f, 0.85f - distance);
    for (int i = 0; i < 4; ++i) app->step(20ms);
  }
  ASSERT_LT(delete_button()->max.y, 780.0f) << "dragging did not scroll the page";
  ASSERT_GT(delete_button()->min.y, 150.0f) << "dragging scrolled past the list";
  tap(*app, app->progress_view().buttons(), "Delete");
  EXPECT_EQ(history().sessions()->size(), recorded - 1);
  EXPECT_NE(app->progress_model().undo_text.find(newest), std::string::npos) << app->progress_model().undo_text;
  tap(*app, app->progress_view().buttons(), "Undo");
  EXPECT_EQ(history().sessions()->size(), recorded);
  EXPECT_TRUE(app->progress_model().undo_text.empty());
  push_key(SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  for (int i = 0; i < 4; ++i) app->step(20ms);
  EXPECT_EQ(app->screen(), Screen::library);
}

TEST_F(GuiTest, ATapOnPausePausesTheSession) {
  auto app = open("morning-calf-stretch");
  ASSERT_EQ(app->screen(), Screen::session);
  const auto& buttons = app->session_view().buttons();
  const auto pause = std::find_if(buttons.begin(), buttons.end(), [](const DrawnButton& b) { return b.label == "Pause"; });
  ASSERT_NE(pause, buttons.end());
  const ImVec2 at = pause->centre();
  // A finger tap, in SDL's normalised window coordinates.
  push_finger(SDL_FINGERDOWN, at.x / 1280.0f, at.y / 800.0f);
  push_finger(SDL_FINGERUP, at.x / 1280.0f, at.y / 800.0f);
  for (int i = 0; i < 6; ++i) app->step(20ms);
  EXPECT_EQ(app->session()->engine().status(), SessionStatus::paused);
}

TEST_F(GuiTest, KeysControlTheSession) {
  auto app = open("morning-calf-stretch");
  push_key(SDLK_SPACE, SDL_SCANCODE_SPACE);
  for (int i = 0; i < 3; ++i) app->step(20ms);
  EXPECT_EQ(app->session()->engine().status(), SessionStatus::paused);
  push_key(SDLK_SPACE, SDL_SCANCODE_SPACE);
  push_key(SDLK_RIGHT, SDL_SCANCODE_RIGHT);
  for (int i = 0; i < 3; ++i) app->step(20ms);
  EXPECT_EQ(app->session()->engine().status(), SessionStatus::running);
  EXPECT_EQ(app->session()->engine().current_index(), 1);  // skipped the get-ready countdown
  push_key(SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  for (int i = 0; i < 3; ++i) app->step(20ms);
  EXPECT_TRUE(app->session_view().confirming_stop());
  EXPECT_EQ(app->session()->engine().status(), SessionStatus::running);  // Esc alone never stops
  push_key(SDLK_RETURN, SDL_SCANCODE_RETURN);
  for (int i = 0; i < 3; ++i) app->step(20ms);
  EXPECT_EQ(app->screen(), Screen::summary);
  EXPECT_EQ(app->session()->engine().status(), SessionStatus::stopped);
}

TEST_F(GuiTest, F11TogglesFullScreenAndItIsRemembered) {
  auto app = open("");
  EXPECT_FALSE(app->window().fullscreen());
  push_key(SDLK_F11, SDL_SCANCODE_F11);
  for (int i = 0; i < 3; ++i) app->step(20ms);
  EXPECT_TRUE(app->window().fullscreen());
  EXPECT_NE(testing::read_file(scratch_ / "config" / "limber" / "settings.json").find("\"fullscreen\": true"),
            std::string::npos);
  push_key(SDLK_F11, SDL_SCANCODE_F11);
  for (int i = 0; i < 3; ++i) app->step(20ms);
  EXPECT_FALSE(app->window().fullscreen());
}

TEST_F(GuiTest, TheLibraryDrawsNothingWhileIdle) {
  auto app = open("");
  ASSERT_EQ(app->screen(), Screen::library);
  for (int i = 0; i < 5; ++i) app->step(20ms);
  const std::uint64_t before = app->frames_drawn();
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 5; ++i) app->step(100ms);
  EXPECT_GE(std::chrono::steady_clock::now() - start, 450ms);  // it waited, it did not spin
  EXPECT_EQ(app->frames_drawn(), before);
}

// Only as often as the ring visibly moves: 1/30 of the 5 s countdown, so 6 frames a second.
TEST_F(GuiTest, ASessionDrawsOnlyAsOftenAsTheRingMoves) {
  auto app = open("morning-calf-stretch");
  for (int i = 0; i < 20; ++i) app->step(50ms);  // past the first flash
  const std::uint64_t before = app->frames_drawn();
  const auto start = std::chrono::steady_clock::now();
  while (std::chrono::steady_clock::now() - start < 2s) app->step(1s);
  const auto frames = app->frames_drawn() - before;
  EXPECT_GE(frames, 9u);
  EXPECT_LE(frames, 18u);
}

// A routine file changed in a text editor shows in the library within two seconds; one made
// invalid shows its problem instead of vanishing.
TEST_F(GuiTest, TheLibraryPicksUpExternalEditsWithinTwoSeconds) {
  const auto file = scratch_ / "data" / "routines" / "mine.yaml";
  testing::write_file(file, "limber: 1\nname: Mine\nexercises:\n  - {name: Reach, duration: 30s}\n");
  auto app = open("");
  const auto card_named = [&](const std::string& name) {
    return std::find_if(app->cards().begin(), app->cards().end(), [&](const LibraryCard& c) { return c.name == name; });
  };
  ASSERT_NE(card_named("Mine"), app->cards().end());
  const auto wait_for = [&](const std::function<bool()>& done) {
    const auto start = std::chrono::steady_clock::now();
    while (!done() && std::chrono::steady_clock::now() - start < 2s) app->step(100ms);
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  testing::write_file(file, "limber: 1\nname: Mine, renamed\nexercises:\n  - {name: Reach, duration: 45s}\n");
  const double renamed_after = wait_for([&] { return card_named("Mine, renamed") != app->cards().end(); });
  ASSERT_NE(card_named("Mine, renamed"), app->cards().end()) << "not picked up in 2 s";
  testing::write_file(file, "limber: 1\nname: Mine\nexercises:\n  - {name: Reach, duration: five}\n");
  wait_for([&] { return card_named("mine") != app->cards().end() && !card_named("mine")->problem.empty(); });
  ASSERT_NE(card_named("mine"), app->cards().end());
  EXPECT_NE(card_named("mine")->problem.find("`five` is not a duration"), std::string::npos) << card_named("mine")->problem;
  std::cout << "picked up after " << renamed_after << " s\n";
}

// The editor in a real window with a problem showing, saved as a screenshot and checked for the
// danger colour next to the field.
TEST_F(GuiTest, TheEditorShowsAProblemNextToItsField) {
  options_.edit_routine = "morning-calf-stretch";
  auto app = open("");
  ASSERT_EQ(app->screen(), Screen::editor);
  RoutineEditor* open_editor = app->editor_screen().editor();
  ASSERT_NE(open_editor, nullptr);
  RoutineEditor& editor = *open_editor;
  editor.draft().exercises[0].hold = "five";
  editor.changed(false);
  for (int i = 0; i < 4; ++i) app->step(20ms);
  ASSERT_FALSE(editor.check().routine);
  push_key(SDLK_F5, SDL_SCANCODE_F5);  // any input draws frames
  for (int i = 0; i < 4; ++i) app->step(20ms);
  const std::filesystem::path out_dir(LIMBER_SCREENSHOT_DIR);
  std::filesystem::create_directories(out_dir);
  const auto png = out_dir / "editor-problem-1280x800.png";
  ASSERT_TRUE(save_screenshot(png, 1280, 800));
  EXPECT_TRUE(std::filesystem::file_size(png) > 10000);
  // Save is refused while invalid; the built-in file is untouched either way.
  EXPECT_EQ(app->editor_screen().apply({EditorIntent::Kind::save}, SaveTarget{scratch_ / "data" / "routines", {}}).kind,
            EditorOutcome::Kind::none);
  EXPECT_FALSE(std::filesystem::exists(scratch_ / "data" / "routines"));
}

}  // namespace
}  // namespace limber
