// The real app in a real window (under Xvfb): touch, keyboard, whole sessions, the library and
// its files. The window runs on injected clocks: each test steps it on virtual time, so a
// two-minute session takes no two minutes; one test keeps the real clock for the idle loop.
#include <gtest/gtest.h>
#include <stb_image.h>

#include <cstdlib>

#include "app/services/history_sync.hpp"
#include "core/history/progress_stats.hpp"
#include "support/gui_fixture.hpp"
#include "support/history_records.hpp"
#include "support/sample_history.hpp"

namespace limber {
namespace {

using namespace std::chrono_literals;
using testing::card_named;
using testing::GuiTest;

TEST_F(GuiTest, AfterASessionTwoTapsWriteLastNightInTheDiary) {
  auto app = open("morning-calf-stretch");
  press(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  press(*app, SDLK_RETURN, SDL_SCANCODE_RETURN);
  ASSERT_EQ(app->screen(), Screen::summary);
  const DayNumber night = last_night(today());
  // One tap writes the count; the severity follows (or not).
  tap(*app, app->summary().view().buttons(), "2##cramps");
  auto diary = history().diary();
  ASSERT_TRUE(diary);
  ASSERT_EQ(diary->size(), 1u);
  EXPECT_EQ(diary->front(), (DiaryEntry{format_date(night), 2, 0, ""}));
  tap(*app, app->summary().view().buttons(), "6##severity");
  diary = history().diary();
  ASSERT_TRUE(diary);
  ASSERT_EQ(diary->size(), 1u);
  EXPECT_EQ(diary->front(), (DiaryEntry{format_date(night), 2, 6, ""}));
  // Changed to a night without cramps: one tap.
  tap(*app, app->summary().view().buttons(), "Change");
  tap(*app, app->summary().view().buttons(), "None##cramps");
  EXPECT_EQ(history().diary()->front(), (DiaryEntry{format_date(night), 0, 0, ""}));
  // The session itself is in the history, stopped.
  ASSERT_EQ(history().sessions()->size(), 1u);
  EXPECT_EQ(history().sessions()->front().outcome, SessionOutcome::stopped);
}

// With a sync folder the window merges the other device's history once it shows something other
// than a session (opened on a session, after it), and when that device's file changes, and writes
// its own after a session.
TEST_F(GuiTest, TheWindowSharesItsHistoryThroughTheSyncFolder) {
  const auto folder = scratch_ / "sync";
  const auto tablet_data = scratch_ / "tablet";
  std::filesystem::create_directories(folder);
  std::filesystem::create_directories(tablet_data);
  auto tablet = HistoryStore::open(tablet_data / "history.sqlite3");
  HistorySync tablet_sync(folder, tablet_data);
  ASSERT_TRUE(tablet->save_session(testing::a_session("tablet-1")));
  ASSERT_TRUE(tablet_sync.publish(*tablet));
  context_.sync_dir = folder;

  auto app = open("morning-calf-stretch");
  app->step(200ms);
  EXPECT_EQ(history().sessions()->size(), 1u) << "nothing is merged while a session runs";
  press(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  press(*app, SDLK_RETURN, SDL_SCANCODE_RETURN);
  ASSERT_EQ(app->screen(), Screen::summary);
  // The tablet's, merged on the merge's own thread, and the one just stopped.
  wait_for_news(*app, [&] { return history().sessions()->size() == 2u; });
  EXPECT_EQ(history().sessions()->size(), 2u);
  ASSERT_TRUE(tablet_sync.merge(*tablet));
  EXPECT_EQ(tablet->sessions()->size(), 2u);  // the window's session reached the tablet

  SessionRecord later = testing::a_session("tablet-2");
  later.started_utc = "2026-11-27T07:00:00Z";
  ASSERT_TRUE(tablet->save_session(later));
  ASSERT_TRUE(tablet_sync.publish(*tablet));
  tap(*app, app->summary().view().buttons(), "Back to library");
  wait_for_news(*app, [&] { return history().sessions()->size() == 3u; });  // the folder watch tells
  EXPECT_EQ(history().sessions()->size(), 3u);
}

TEST_F(GuiTest, TheProgressScreenDeletesAndUndoesAndSetsTheGoal) {
  {
    HistoryStore store = history();
    testing::write_sample_history(store, today(), 30);
  }
  const std::size_t recorded = history().sessions()->size();
  options_.open_progress = true;
  auto app = open();
  ASSERT_EQ(app->screen(), Screen::progress);
  const ProgressModel& model = app->progress().model();
  EXPECT_EQ(model.stats.goal_days, 5);
  tap(*app, app->progress().view().buttons(), "+");
  EXPECT_EQ(model.stats.goal_days, 6);
  EXPECT_EQ(load_settings(scratch_ / "config" / "limber").weekly_goal_days, 6);
  ASSERT_FALSE(model.sessions.empty());
  const std::string newest = model.sessions.front().routine;
  // The session list is below the charts: a finger drags the page up to it.
  const auto delete_button = [&]() -> DrawnButton {
    const auto& buttons = app->progress().view().buttons();
    const auto found = std::find_if(buttons.begin(), buttons.end(), [](const DrawnButton& b) { return b.label == "Delete"; });
    EXPECT_NE(found, buttons.end()) << "no Delete button";
    return found == buttons.end() ? DrawnButton{} : *found;
  };
  ASSERT_GT(delete_button().min.y, 800.0f);
  for (int drag = 0; drag < 4 && delete_button().max.y > 760.0f; ++drag) {
    const float distance = std::min(delete_button().max.y - 600.0f, 560.0f) / 800.0f;
    push_finger(SDL_FINGERDOWN, 0.5f, 0.85f);
    steps(*app, 1);
    for (int i = 1; i <= 8; ++i) {
      push_finger(SDL_FINGERMOTION, 0.5f, 0.85f - distance * static_cast<float>(i) / 8.0f);
      steps(*app, 1);
    }
    push_finger(SDL_FINGERUP, 0.5f, 0.85f - distance);
    steps(*app, 4);
  }
  ASSERT_LT(delete_button().max.y, 780.0f) << "dragging did not scroll the page";
  ASSERT_GT(delete_button().min.y, 150.0f) << "dragging scrolled past the list";
  // Two quick taps where Delete was: the second lands on the deleted row's Undo, never on the
  // next row's Delete sliding up.
  const DrawnButton first = delete_button();
  tap(*app, app->progress().view().buttons(), "Delete");
  EXPECT_EQ(history().sessions()->size(), recorded - 1);
  ASSERT_TRUE(model.sessions.front().deleted);
  EXPECT_EQ(model.sessions.front().routine, newest);
  tap_at(*app, first.centre());
  EXPECT_EQ(history().sessions()->size(), recorded);
  EXPECT_FALSE(model.sessions.front().deleted);
  // Two rows deleted, each brought back by its own Undo.
  tap(*app, app->progress().view().buttons(), "Delete");
  tap(*app, app->progress().view().buttons(), "Delete");  // the first Delete left is the second row's
  EXPECT_EQ(history().sessions()->size(), recorded - 2);
  ASSERT_GE(model.sessions.size(), 2u);
  EXPECT_TRUE(model.sessions[0].deleted);
  EXPECT_TRUE(model.sessions[1].deleted);
  tap(*app, app->progress().view().buttons(), "Undo");
  tap(*app, app->progress().view().buttons(), "Undo");
  EXPECT_EQ(history().sessions()->size(), recorded);
  press(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  EXPECT_EQ(app->screen(), Screen::library);
}

TEST_F(GuiTest, ATapOnPausePausesTheSession) {
  auto app = open("morning-calf-stretch");
  ASSERT_EQ(app->screen(), Screen::session);
  tap(*app, app->session().view().buttons(), "Pause");
  ASSERT_NE(app->session().driver(), nullptr);
  EXPECT_EQ(app->session().driver()->engine().status(), SessionStatus::paused);
}

TEST_F(GuiTest, KeysControlTheSessionAndTheStopQuestionPausesIt) {
  auto app = open("morning-calf-stretch");
  const SessionEngine& engine = app->session().driver()->engine();
  press(*app, SDLK_SPACE, SDL_SCANCODE_SPACE);
  EXPECT_EQ(engine.status(), SessionStatus::paused);
  push_key(SDLK_SPACE, SDL_SCANCODE_SPACE);
  press(*app, SDLK_RIGHT, SDL_SCANCODE_RIGHT);
  EXPECT_EQ(engine.status(), SessionStatus::running);
  EXPECT_EQ(engine.current_index(), 1);  // skipped the get-ready countdown
  press(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  EXPECT_TRUE(app->session().confirming_stop());
  EXPECT_EQ(engine.status(), SessionStatus::paused);  // nothing runs on behind the question
  steps(*app, 20, 1s);
  EXPECT_EQ(engine.current_index(), 1);
  press(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);  // keep going
  EXPECT_FALSE(app->session().confirming_stop());
  EXPECT_EQ(engine.status(), SessionStatus::running);
  press(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  press(*app, SDLK_RETURN, SDL_SCANCODE_RETURN);
  EXPECT_EQ(app->screen(), Screen::summary);
  EXPECT_EQ(engine.status(), SessionStatus::stopped);
}

TEST_F(GuiTest, F11TogglesFullScreenAndItIsRemembered) {
  auto app = open();
  EXPECT_FALSE(app->window().fullscreen());
  press(*app, SDLK_F11, SDL_SCANCODE_F11);
  EXPECT_TRUE(app->window().fullscreen());
  EXPECT_NE(testing::read_file(scratch_ / "config" / "limber" / "settings.json").find("\"fullscreen\": true"),
            std::string::npos);
  press(*app, SDLK_F11, SDL_SCANCODE_F11);
  EXPECT_FALSE(app->window().fullscreen());
}

// On the real clock: the loop blocks in SDL while nothing happens.
TEST_F(GuiTest, TheLibraryDrawsNothingWhileIdle) {
  GuiApp app(context_, options_);
  ASSERT_TRUE(app.open());
  for (int i = 0; i < 5; ++i) app.step(20ms);
  const std::uint64_t before = app.frames_drawn();
  const auto start = std::chrono::steady_clock::now();
  int turns = 0;
  while (std::chrono::steady_clock::now() - start < 600ms) {
    app.step(100ms);
    ++turns;
  }
  // It waited: a turn per 100 ms asked for, and nothing else (the folders are watched, not
  // polled); a spinning loop would turn thousands of times.
  EXPECT_LE(turns, 7);
  EXPECT_EQ(app.frames_drawn(), before);
  EXPECT_FALSE(app.next_wake()) << "an idle library has nothing to wake for";
}

// Only as often as the ring visibly moves: 1/30 of the 5 s countdown, so 6 frames a second.
TEST_F(GuiTest, ASessionDrawsOnlyAsOftenAsTheRingMoves) {
  auto app = open("morning-calf-stretch");
  steps(*app, 20, 50ms);  // past the first flash
  const std::uint64_t before = app->frames_drawn();
  run_until(*app, [] { return false; }, 2s);
  const auto frames = app->frames_drawn() - before;
  EXPECT_GE(frames, 11u);
  EXPECT_LE(frames, 13u);
}

// A routine file changed in a text editor shows in the library as soon as the folder watch tells
// (the folder did not exist when the window opened); one made invalid shows its problem instead
// of vanishing.
TEST_F(GuiTest, TheLibraryPicksUpExternalEdits) {
  const auto file = scratch_ / "data" / "routines" / "mine.yaml";
  auto app = open();
  testing::write_file(file, "limber: 1\nname: Mine\nexercises:\n  - {name: Reach, duration: 30s}\n");
  ASSERT_TRUE(wait_for_news(*app, [&] { return card_named(*app, "Mine") != nullptr; })) << "a new folder's file";
  testing::write_file(file, "limber: 1\nname: Mine, renamed\nexercises:\n  - {name: Reach, duration: 45s}\n");
  ASSERT_TRUE(wait_for_news(*app, [&] { return card_named(*app, "Mine, renamed") != nullptr; })) << "not picked up";
  testing::write_file(file, "limber: 1\nname: Mine\nexercises:\n  - {name: Reach, duration: five}\n");
  wait_for_news(*app, [&] { return card_named(*app, "mine") != nullptr; });
  ASSERT_TRUE(card_named(*app, "mine"));
  EXPECT_NE(card_named(*app, "mine")->problem.find("`five` is not a duration"), std::string::npos)
      << card_named(*app, "mine")->problem;
}

// Try it is a rehearsal: nothing goes into the history, and the summary says it goes back to the editor.
TEST_F(GuiTest, TryingARoutineFromTheEditorRecordsNothing) {
  options_.edit_routine = "morning-calf-stretch";
  auto app = open();
  ASSERT_EQ(app->screen(), Screen::editor);
  tap(*app, app->editor().view().buttons(), "Try it");
  ASSERT_EQ(app->screen(), Screen::session);
  press(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  press(*app, SDLK_RETURN, SDL_SCANCODE_RETURN);
  ASSERT_EQ(app->screen(), Screen::summary);
  EXPECT_EQ(app->summary().model().back_label, "Back to the editor");
  tap(*app, app->summary().view().buttons(), "Back to the editor");
  EXPECT_EQ(app->screen(), Screen::editor);
  const auto sessions = history().sessions();
  ASSERT_TRUE(sessions);
  EXPECT_TRUE(sessions->empty()) << sessions->size() << " sessions recorded from a try";
}

// `limber edit FILE`: a routine file anywhere, not only a name from the library.
TEST_F(GuiTest, TheEditorOpensOnAFileGivenByItsPath) {
  const auto file = scratch_ / "elsewhere" / "stretch.yaml";
  testing::write_file(file, "limber: 1\nname: Somewhere else\nexercises:\n  - {name: Reach, duration: 30s}\n");
  options_.edit_routine = file.string();
  auto app = open();
  ASSERT_EQ(app->screen(), Screen::editor);
  const RoutineEditor* editor = app->editor().editor();
  ASSERT_NE(editor, nullptr);
  if (editor == nullptr) return;  // (GCC's null-dereference analysis does not see the ASSERT)
  EXPECT_EQ(editor->draft().name, "Somewhere else");
  EXPECT_EQ(editor->file(), file);
}

// Pixels near `colour` in a screenshot of the window as it is now.
std::size_t pixels_near(const std::filesystem::path& png, int r, int g, int b, int tolerance) {
  int width = 0;
  int height = 0;
  int channels = 0;
  unsigned char* data = stbi_load(png.c_str(), &width, &height, &channels, 3);
  if (data == nullptr) return 0;
  std::size_t near = 0;
  for (std::size_t i = 0; i + 2 < static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 3; i += 3) {
    if (std::abs(data[i] - r) <= tolerance && std::abs(data[i + 1] - g) <= tolerance && std::abs(data[i + 2] - b) <= tolerance) {
      ++near;
    }
  }
  stbi_image_free(data);
  return near;
}

// The editor in a real window: a problem shows in the danger colour next to its field (counted in
// the screenshot's pixels, against the same screen without the problem).
TEST_F(GuiTest, TheEditorShowsAProblemNextToItsField) {
  options_.edit_routine = "morning-calf-stretch";
  auto app = open();
  ASSERT_EQ(app->screen(), Screen::editor);
  RoutineEditor* open_editor = app->editor().editor();
  ASSERT_NE(open_editor, nullptr);
  const std::filesystem::path out_dir(LIMBER_SCREENSHOT_DIR);
  std::filesystem::create_directories(out_dir);
  const auto shoot = [&](const std::string& name) {
    const auto png = out_dir / name;
    EXPECT_TRUE(app->window().save_screenshot(png)) << png;
    return pixels_near(png, 237, 84, 79, 16);  // the dark theme's danger colour
  };
  const std::size_t danger_before = shoot("editor-valid-1280x800.png");
  RoutineEditor& editor = *open_editor;
  editor.draft().exercises[0].hold = "five";
  editor.changed(false);
  press(*app, SDLK_F5, SDL_SCANCODE_F5);  // any input draws frames
  ASSERT_FALSE(editor.check().routine);
  const std::size_t danger_after = shoot("editor-problem-1280x800.png");
  EXPECT_GE(danger_after, 300u) << "the problem is not drawn in the danger colour";
  EXPECT_GE(danger_after, danger_before + 300u);
  // Save is refused while invalid; the built-in file is untouched either way.
  EXPECT_TRUE(app->editor().handle({EditorIntent::Kind::save}).is_none());
  EXPECT_FALSE(std::filesystem::exists(scratch_ / "data" / "routines"));
}

// A step until Done in the window: Skip's place says Done (greyed during its minimum), the big
// number counts up while it waits, Space ends it, and the history keeps its real length.
TEST_F(GuiTest, AStepUntilDoneWaitsForSpaceAndIsRecordedAtItsRealLength) {
  const auto routine = scratch_ / "walk.yaml";
  testing::write_file(routine, "limber: 1\nname: Walk it off\nget_ready: 0\nexercises:\n"
                               "  - {name: Walk, duration: until-done, at_least: 3s, rest_after: 0}\n"
                               "  - {name: Breathe, duration: 4s}\n");
  auto app = open(routine.string());
  ASSERT_EQ(app->screen(), Screen::session);
  const auto done_button = [&]() -> const DrawnButton* {
    for (const DrawnButton& b : app->session().view().buttons()) {
      if (b.label == "Done") return &b;
    }
    return nullptr;
  };
  steps(*app, 5, 100ms);
  ASSERT_NE(done_button(), nullptr) << "no Done in Skip's place";
  EXPECT_FALSE(app->session().driver()->engine().waiting_for_done());
  run_until(*app, [&] { return app->session().driver()->engine().waiting_for_done(); }, 10s);
  ASSERT_TRUE(app->session().driver()->engine().waiting_for_done());
  steps(*app, 70, 100ms);  // seven seconds past the minimum
  EXPECT_EQ(app->session().driver()->engine().current_index(), 0) << "it must wait for Done";
  press(*app, SDLK_SPACE, SDL_SCANCODE_SPACE);
  EXPECT_EQ(app->session().driver()->engine().current_index(), 1);
  run_until(*app, [&] { return app->screen() == Screen::summary; }, 20s);
  ASSERT_EQ(app->screen(), Screen::summary);
  const auto sessions = history().sessions();
  ASSERT_TRUE(sessions);
  ASSERT_EQ(sessions->size(), 1u);
  // 3 s of minimum, about 7 s of waiting, 4 s of breathing: not the plan's 7 s.
  EXPECT_GE(sessions->front().active_seconds, 14);
  EXPECT_LE(sessions->front().active_seconds, 15);
  EXPECT_EQ(sessions->front().planned_seconds, 7);
}

}  // namespace
}  // namespace limber
