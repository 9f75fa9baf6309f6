// The library in a real window: deletion keyed by the routine's file while the folder changes
// behind the window's back, and the reps a session starts with, the same from the window and the
// terminal.
#include <gtest/gtest.h>

#include "app/services/session_driver.hpp"
#include "app/services/session_recorder.hpp"
#include "core/base/translate.hpp"
#include "support/drawn_text.hpp"
#include "support/gui_fixture.hpp"
#include "support/run_command.hpp"

namespace limber {
namespace {

using namespace std::chrono_literals;
using testing::card_index;
using testing::card_named;
using testing::GuiTest;

std::string routine_text(const std::string& name) {
  return "limber: 1\nname: " + name + "\nexercises:\n  - {name: Reach, duration: 30s}\n";
}

TEST_F(GuiTest, DeletingARoutineRenamedBehindTheWindowDeletesNothing) {
  const auto folder = scratch_ / "data" / "routines";
  testing::write_file(folder / "zz-keep.yaml", routine_text("Zed, keep me"));  // listed after Mine
  testing::write_file(folder / "mine.yaml", routine_text("Mine"));
  options_.width = 600;  // narrow, so the text is small and every card fits without scrolling
  options_.height = 1280;
  auto app = open();
  const auto delete_label = [&](const std::string& name) { return "Delete##" + std::to_string(card_index(*app, name)); };

  // Renamed while the question is open: the folder watch's news closes the question, with a notice.
  tap(*app, app->library().view().buttons(), delete_label("Mine"));
  ASSERT_EQ(app->library().model().confirm_delete, "Mine");
  std::filesystem::rename(folder / "mine.yaml", folder / "renamed.yaml");
  wait_for_news(*app, [&] { return app->library().model().confirm_delete.empty(); });
  EXPECT_TRUE(app->library().model().confirm_delete.empty()) << "the question stayed open on a file that is gone";
  EXPECT_NE(app->library().model().notice.find("nothing was deleted"), std::string::npos) << app->library().model().notice;

  // Renamed just before "Delete it", before any news of it: the file it was asked about is gone.
  tap(*app, app->library().view().buttons(), delete_label("Mine"));
  ASSERT_EQ(app->library().model().confirm_delete, "Mine");
  std::filesystem::rename(folder / "renamed.yaml", folder / "mine-again.yaml");
  tap(*app, app->library().view().buttons(), "Delete it");
  EXPECT_NE(app->library().model().notice.find("nothing was deleted"), std::string::npos) << app->library().model().notice;

  // A new file sorted before it while the question is open shifts every card: the one asked
  // about is still the one deleted.
  tap(*app, app->library().view().buttons(), delete_label("Mine"));
  testing::write_file(folder / "aaa.yaml", routine_text("First of all"));
  ASSERT_TRUE(wait_for_news(*app, [&] { return card_named(*app, "First of all") != nullptr; }));
  tap(*app, app->library().view().buttons(), "Delete it");
  EXPECT_FALSE(std::filesystem::exists(folder / "mine-again.yaml"));
  EXPECT_TRUE(std::filesystem::exists(folder / "zz-keep.yaml"));
  EXPECT_TRUE(std::filesystem::exists(folder / "aaa.yaml"));
  EXPECT_FALSE(card_named(*app, "Mine"));
}

// Three completed sessions at 6 reps, run in the window on virtual time, move the history's
// suggestion to 7; then the window's `limber run` and `limber run --headless` both start with 7.
// Records a whole session the way the terminal does (driver and recorder, no window), on a
// clock that jumps from deadline to deadline.
void record_a_session(const AppContext& context, const WallClock& wall, const std::string& routine, int reps) {
  const auto resolved = resolve_routine(context, routine);
  ASSERT_TRUE(resolved) << resolved.error();
  const auto plan = std::make_shared<const Plan>(expand_plan(resolved->routine, reps));
  ManualClock clock{Nanos{std::chrono::hours{2}}};
  SessionDriver driver(plan, clock, nullptr, nullptr);
  const auto recorder = SessionRecorder::open(context.data_dir, wall);
  ASSERT_NE(recorder, nullptr);
  recorder->start(*resolved, *plan, reps);
  driver.set_recorder(recorder.get());
  (void)driver.start();
  while (const auto wake = driver.wake_at()) {
    clock.set(*wake);
    (void)driver.tick();
  }
  recorder->flush();
}

// Three completed sessions at 6 reps move the history's suggestion to 7; from then on the
// library, the window's `limber run` and `limber run --headless` all start with 7.
TEST_F(GuiTest, TheWindowAndTheTerminalChooseTheSameReps) {
  options_.width = 800;
  options_.height = 480;
  {
    // The first in the window, run to its end on virtual time.
    auto app = open("morning-calf-stretch");
    ASSERT_EQ(app->screen(), Screen::session);
    EXPECT_EQ(app->session().reps(), (RepsChoice{6, RepsReason::minimum}));
    run_until(*app, [&] { return app->screen() == Screen::summary; }, 5min);
    ASSERT_EQ(app->screen(), Screen::summary);
  }
  {
    // Then the history suggests its last target, 6, until it was completed three times.
    auto app = open("morning-calf-stretch");
    EXPECT_EQ(app->session().reps(), (RepsChoice{6, RepsReason::suggested}));
  }
  auto stopped = history().sessions();
  ASSERT_EQ(stopped->size(), 2u);  // the second window's session, stopped when it closed
  ASSERT_TRUE(history().delete_session(stopped->back().uuid));
  for (int i = 0; i < 2; ++i) record_a_session(context_, wall_, "morning-calf-stretch", 6);
  auto sessions = history().sessions();
  ASSERT_EQ(sessions->size(), 3u);
  for (const SessionRecord& s : *sessions) {
    EXPECT_EQ(s.outcome, SessionOutcome::completed);
    EXPECT_EQ(s.reps_target, 6);
    EXPECT_EQ(s.active_seconds, s.planned_seconds);  // the whole plan, on virtual time
  }
  // The library offers what a session would start with.
  options_.height = 1280;
  auto app = open();
  const LibraryCard* card = card_named(*app, "Morning calf stretch");
  ASSERT_NE(card, nullptr);
  EXPECT_EQ(card->reps, 7);
  app.reset();

  // The window, opened straight on the routine.
  auto direct = open("morning-calf-stretch");
  EXPECT_EQ(direct->session().reps(), (RepsChoice{7, RepsReason::suggested}));
  direct.reset();

  // The terminal: the same choice, in the same words, and recorded with it.
  const auto run = testing::run_command(
      "timeout", {"-s", "INT", "2", LIMBER_BINARY, "run", "morning-calf-stretch", "--headless", "--mute"},
      "XDG_CONFIG_HOME=" + testing::shell_quote((scratch_ / "config").string()) +
          " LIMBER_DATA_DIR=" + testing::shell_quote((scratch_ / "data").string()));
  EXPECT_NE(run.out.find("Morning calf stretch: 7 reps, as your history suggests."), std::string::npos) << run.out << run.err;
  // In the user's language, the routine's name too, from the window as from the terminal.
  const std::string env = "XDG_CONFIG_HOME=" + testing::shell_quote((scratch_ / "config").string()) +
                          " LIMBER_DATA_DIR=" + testing::shell_quote((scratch_ / "data").string());
  const auto in_german = testing::run_command(
      LIMBER_BINARY, {"--lang", "de", "run", "morning-calf-stretch", "--mute", "--windowed", "--window-size", "800x480", "--quit-after", "0.3"},
      env);
  EXPECT_NE(in_german.out.find("Wadendehnung am Morgen: 7 Wiederholungen"), std::string::npos) << in_german.out << in_german.err;
  sessions = history().sessions();
  ASSERT_EQ(sessions->size(), 6u);  // the window's direct session too, stopped when it closed
  EXPECT_EQ(sessions->back().reps_target, 7);
}

// Start is as wide as its word in every language: "Commencer" is drawn at the font's own size,
// not squeezed smaller into a button made for "Start".
TEST_F(GuiTest, StartIsDrawnAtFullSizeInEveryLanguage) {
  for (const char* language : {"fr", "de", "nl", "es", kPseudoLanguage}) {
    ASSERT_EQ(use_language(language, LIMBER_BUILD_LOCALE_DIR), language);
    options_.width = 800;
    options_.height = 480;
    auto app = open();
    int starts = 0;
    for (const DrawnButton& b : app->library().view().buttons()) {
      if (b.label.rfind(std::string(tr("Start")) + "##", 0) != 0 || !b.is_visible()) continue;
      ++starts;
      EXPECT_GE(testing::label_scale(b.list, b.vertices_begin, b.vertices_end), 0.99f) << language << ": " << b.label << " is squeezed";
    }
    EXPECT_GT(starts, 0) << language;
  }
  (void)use_language("en", LIMBER_BUILD_LOCALE_DIR);
}

}  // namespace
}  // namespace limber
