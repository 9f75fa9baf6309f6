// The views in a Dear ImGui context without a renderer: the right buttons for each state, and
// pressing them gives the right intent.
#include <gtest/gtest.h>

#include "core/routine/routine_loader.hpp"
#include "core/session/session_display.hpp"
#include "support/fixtures.hpp"
#include "support/imgui_harness.hpp"
#include "ui/import_view.hpp"
#include "ui/library_view.hpp"
#include "ui/progress_view.hpp"
#include "ui/session_view.hpp"
#include "ui/summary_view.hpp"

namespace limber {
namespace {

using namespace std::chrono_literals;
using testing::ImGuiHarness;

// The kind of intent a tap gave, or nothing: compares against a kind without touching an empty result.
template <class Intent>
auto kind_of(const std::optional<Intent>& intent) -> std::optional<decltype(intent->kind)> {
  if (!intent) return std::nullopt;
  return intent->kind;
}

SessionEngine morning_engine() {
  auto routine = load_routine_file(testing::routines_dir() / "morning-calf-stretch.yaml");
  if (!routine) {
    ADD_FAILURE() << "the built-in morning routine does not load";
    return SessionEngine(std::make_shared<const Plan>(Plan{}));
  }
  return SessionEngine(std::make_shared<const Plan>(expand_plan(*routine)));
}

class SessionViewTest : public ::testing::TestWithParam<std::pair<float, float>> {};

TEST_P(SessionViewTest, ShowsTheControlsForEachStateAndTheyDriveTheEngine) {
  const auto [w, h] = GetParam();
  ImGuiHarness ui(w, h);
  SessionEngine engine = morning_engine();
  (void)engine.start(0s);
  SessionView view;
  Nanos now = 6s;
  while (auto deadline = engine.next_deadline()) {
    if (*deadline > now) break;
    (void)engine.update(*deadline);
  }
  (void)engine.update(now);
  bool confirming_stop = false;  // the controller's question, as SessionScreen holds it
  const auto draw = [&] {
    return view.draw(describe_session(engine, now, std::nullopt), ThemeKind::dark, ui.fonts(),
                     SessionChrome{false, false, confirming_stop, {}, nullptr});
  };
  EXPECT_FALSE(ui.frame(draw).has_value());
  for (const char* label : {"\u2190 Back", "Pause", "Skip \u2192", "Stop", "Full screen: off", "Sound: on"}) {
    const auto button = ImGuiHarness::find(view.buttons(), label);
    ASSERT_TRUE(button) << label;
    // On screen, and big enough for a finger (at least 44 px each way).
    EXPECT_GE(button->min.x, 0);
    EXPECT_LE(button->max.x, w);
    EXPECT_LE(button->max.y, h);
    EXPECT_GE(button->max.y - button->min.y, 44) << label;
  }
  EXPECT_FALSE(ImGuiHarness::find(view.buttons(), "Resume"));

  // Pause, as a tap on the button would.
  const auto pause = ui.tap_button(view.buttons(), "Pause", draw);
  ASSERT_EQ(pause, SessionIntent::toggle_pause);
  (void)engine.toggle_pause(now);
  ui.frame(draw);
  EXPECT_TRUE(ImGuiHarness::find(view.buttons(), "Resume"));

  EXPECT_EQ(ui.tap_button(view.buttons(), "Skip", draw), SessionIntent::skip);
  EXPECT_EQ(ui.tap_button(view.buttons(), "\u2190 Back", draw), SessionIntent::back);
  EXPECT_EQ(ui.tap_button(view.buttons(), "Sound: on", draw), SessionIntent::toggle_mute);

  // Stop asks first.
  EXPECT_EQ(ui.tap_button(view.buttons(), "Stop", draw), SessionIntent::request_stop);
  confirming_stop = true;
  ui.frame(draw);
  ASSERT_TRUE(ImGuiHarness::find(view.buttons(), "Stop session"));
  EXPECT_FALSE(ui.tap_button(view.buttons(), "Skip", draw)) << "a control behind the question answered";
  EXPECT_EQ(ui.tap_button(view.buttons(), "Keep going", draw), SessionIntent::cancel_stop);
  ui.frame(draw);
  EXPECT_EQ(ui.tap_button(view.buttons(), "Stop session", draw), SessionIntent::confirm_stop);
}

INSTANTIATE_TEST_SUITE_P(LandscapeAndPortrait, SessionViewTest,
                         ::testing::Values(std::pair{1280.0f, 800.0f}, std::pair{800.0f, 1280.0f},
                                           std::pair{800.0f, 600.0f}, std::pair{3840.0f, 2160.0f}));

TEST(LibraryView, OneCardPerRoutineWithARepsPickerOnlyForRanges) {
  ImGuiHarness ui(1280, 800);
  LibraryView view;
  const std::vector<LibraryCard> cards = {
      {.name = "Morning calf stretch", .details = "2:00", .reps_min = 6, .reps_max = 8, .reps = 6},
      {.name = "Bedtime stretches", .details = "6:10"},
      {.name = "Broken", .problem = "Invalid: line 3: `hold` is 0s"},
  };
  const auto draw = [&] { return view.draw(LibraryModel{.cards = cards}, ThemeKind::light, ui.fonts()); };
  ui.frame(draw);
  EXPECT_TRUE(ImGuiHarness::find(view.buttons(), "Start##0"));
  EXPECT_TRUE(ImGuiHarness::find(view.buttons(), "Start##1"));
  EXPECT_FALSE(ImGuiHarness::find(view.buttons(), "Start##2"));  // an invalid routine cannot start
  EXPECT_TRUE(ImGuiHarness::find(view.buttons(), "+##0"));
  EXPECT_FALSE(ImGuiHarness::find(view.buttons(), "+##1"));

  const auto more = ui.tap_button(view.buttons(), "+##0", draw);
  ASSERT_TRUE(more);
  EXPECT_EQ(more->kind, LibraryIntent::Kind::set_reps);
  EXPECT_EQ(more->reps, 7);
  const auto start = ui.tap_button(view.buttons(), "Start##1", draw);
  ASSERT_TRUE(start);
  EXPECT_EQ(start->kind, LibraryIntent::Kind::start);
  EXPECT_EQ(start->card, 1);
  const auto settings = ui.tap_button(view.buttons(), "Settings", draw);
  ASSERT_TRUE(settings);
  EXPECT_EQ(settings->kind, LibraryIntent::Kind::show_settings);
}

TEST(SummaryView, OffersTheLibraryAndAnotherGo) {
  ImGuiHarness ui(800, 1280);
  SummaryView view;
  const SummaryModel model{.completed = true, .routine = "Morning calf stretch", .time = "2:00 of 2:00",
                           .rows = {"Calf ledge stretch \u00b7 Left leg: 6 of 6"}};
  const auto draw = [&] { return view.draw(model, ThemeKind::dark, ui.fonts()); };
  ui.frame(draw);
  EXPECT_EQ(kind_of(ui.tap_button(view.buttons(), "Back to library", draw)),
            SummaryIntent::Kind::back_to_library);
  EXPECT_EQ(kind_of(ui.tap_button(view.buttons(), "Do it again", draw)),
            SummaryIntent::Kind::again);
}

TEST(SummaryView, LastNightsCrampsInOneTapOrTwo) {
  ImGuiHarness ui(800, 1280);
  SummaryView view;
  SummaryModel model{.completed = true, .routine = "Bedtime stretches", .time = "6:00 of 6:00"};
  model.diary.night = "Wed 25 Nov";
  const auto draw = [&] { return view.draw(model, ThemeKind::dark, ui.fonts()); };
  ui.frame(draw);
  EXPECT_FALSE(ImGuiHarness::find(view.buttons(), "1##severity"));
  const auto none = ui.tap_button(view.buttons(), "None##cramps", draw);
  ASSERT_TRUE(none);
  EXPECT_EQ(none->kind, SummaryIntent::Kind::diary_cramps);
  EXPECT_EQ(none->value, 0);
  const auto many = ui.tap_button(view.buttons(), "5+##cramps", draw);
  ASSERT_TRUE(many);
  EXPECT_EQ(many->value, 5);
  model.diary.saved = "5 cramps";  // saved with that tap; the severity may follow
  model.diary.cramps = 5;
  ui.frame(draw);
  EXPECT_FALSE(ImGuiHarness::find(view.buttons(), "None##cramps"));
  EXPECT_TRUE(ImGuiHarness::find(view.buttons(), "Change"));
  for (int s = 1; s <= 10; ++s) {
    const auto button = ImGuiHarness::find(view.buttons(), std::to_string(s) + "##severity");
    ASSERT_TRUE(button) << s;
    EXPECT_LE(button->max.x, 800.0f) << s;
    EXPECT_GE(button->max.x - button->min.x, min_touch_pixels()) << s;
  }
  const auto severity = ui.tap_button(view.buttons(), "7##severity", draw);
  ASSERT_TRUE(severity);
  EXPECT_EQ(severity->kind, SummaryIntent::Kind::diary_severity);
  EXPECT_EQ(severity->value, 7);
  model.diary.saved = "5 cramps, worst 7 of 10";
  model.diary.cramps.reset();
  ui.frame(draw);
  EXPECT_FALSE(ImGuiHarness::find(view.buttons(), "None##cramps"));
  EXPECT_FALSE(ImGuiHarness::find(view.buttons(), "1##severity"));
  EXPECT_EQ(kind_of(ui.tap_button(view.buttons(), "Change", draw)), SummaryIntent::Kind::diary_change);
  model.diary.changing = true;  // the counts again, the saved entry kept until one is tapped
  ui.frame(draw);
  EXPECT_TRUE(ImGuiHarness::find(view.buttons(), "None##cramps"));
}

ProgressModel a_progress_model() {
  std::vector<SessionRecord> sessions;
  std::vector<DiaryEntry> diary;
  const DayNumber today = *parse_date("2026-11-26");
  for (int back = 0; back < 60; ++back) {
    SessionRecord s;
    s.local_date = format_date(today - back);
    s.routine_name = "Morning calf stretch";
    s.active_seconds = 200;
    s.outcome = back % 5 == 0 ? SessionOutcome::stopped : SessionOutcome::completed;
    sessions.push_back(s);
    diary.push_back({format_date(today - back), back % 4, back % 4 * 2, ""});
  }
  ProgressModel model;
  model.stats = compute_progress(sessions, diary, today);
  for (int i = 0; i < 5; ++i) model.sessions.push_back({"Thu 26 Nov", "Morning calf stretch", "completed", "3:20"});
  return model;
}

class ProgressViewTest : public ::testing::TestWithParam<std::pair<float, float>> {};

TEST_P(ProgressViewTest, EveryButtonIsOnScreenAndBigEnoughAndDeleteNamesItsRow) {
  const auto [w, h] = GetParam();
  ImGuiHarness ui(w, h);
  ProgressView view;
  ProgressModel model = a_progress_model();
  const auto draw = [&] { return view.draw(model, ThemeKind::dark, ui.fonts()); };
  ui.frame(draw);
  for (const char* label : {"Back", "-", "+"}) {
    const auto button = ImGuiHarness::find(view.buttons(), label);
    ASSERT_TRUE(button) << label;
    EXPECT_GE(button->min.x, 0) << label;
    EXPECT_LE(button->max.x, w) << label;
    EXPECT_LE(button->max.y, h) << label;
    EXPECT_GE(button->max.y - button->min.y, min_touch_pixels() - 0.5f) << label;
    EXPECT_GE(button->max.x - button->min.x, min_touch_pixels() - 0.5f) << label;
  }
  EXPECT_EQ(kind_of(ui.tap_button(view.buttons(), "Back", draw)), ProgressIntent::Kind::back);
  EXPECT_EQ(kind_of(ui.tap_button(view.buttons(), "+", draw)), ProgressIntent::Kind::goal_up);
  EXPECT_EQ(kind_of(ui.tap_button(view.buttons(), "-", draw)), ProgressIntent::Kind::goal_down);
  int deletes = 0;
  for (const DrawnButton& b : view.buttons()) deletes += b.label == "Delete" ? 1 : 0;
  EXPECT_EQ(deletes, 5);
  EXPECT_FALSE(ImGuiHarness::find(view.buttons(), "Undo"));
  // A deleted row keeps its place, with Undo where Delete was.
  const auto delete_at = [&](std::size_t n) {
    std::vector<DrawnButton> rows;
    for (const DrawnButton& b : view.buttons()) {
      if (b.label == "Delete" || b.label == "Undo") rows.push_back(b);
    }
    return n < rows.size() ? rows[n] : DrawnButton{};
  };
  const DrawnButton second = delete_at(1);
  model.sessions[1].deleted = true;
  ui.frame(draw);
  const auto undo = ImGuiHarness::find(view.buttons(), "Undo");
  ASSERT_TRUE(undo);
  EXPECT_EQ(undo->min.y, second.min.y);
  EXPECT_EQ(undo->min.x, second.min.x);
}

INSTANTIATE_TEST_SUITE_P(Sizes, ProgressViewTest,
                         ::testing::Values(std::pair{1280.0f, 800.0f}, std::pair{800.0f, 1280.0f},
                                           std::pair{800.0f, 600.0f}, std::pair{3840.0f, 2160.0f}));

TEST(ProgressView, DeleteGivesTheRowTapped) {
  ImGuiHarness ui(1280, 4000);  // tall enough that the whole list shows without scrolling
  ProgressView view;
  const ProgressModel model = a_progress_model();
  const auto draw = [&] { return view.draw(model, ThemeKind::light, ui.fonts()); };
  ui.frame(draw);
  std::vector<DrawnButton> deletes;
  for (const DrawnButton& b : view.buttons()) {
    if (b.label == "Delete") deletes.push_back(b);
  }
  ASSERT_EQ(deletes.size(), 5u);
  const auto third = ui.tap(deletes[2].centre(), draw);
  ASSERT_TRUE(third);
  EXPECT_EQ(third->kind, ProgressIntent::Kind::delete_session);
  EXPECT_EQ(third->row, 2);
}

// A history merges on a thread while the path field has the keyboard again (Enter keeps it there).
// When the merge is done the path is cleared: the field shows it cleared, and a tap in it and the
// next path typed give that path alone, not the two run together.
TEST(ImportView, APathClearedWhileItsFieldHasTheKeyboardIsGoneWhenTheNextIsTyped) {
  ImGuiHarness ui(1280, 800);
  ImGuiIO& io = ImGui::GetIO();
  constexpr int kEnter = 13;
  io.KeyMap[ImGuiKey_Enter] = kEnter;
  ImportView view;
  const ImportModel model;
  const auto draw = [&] { return view.draw(model, ThemeKind::light, ui.fonts()); };
  const auto enter = [&] {
    io.KeysDown[kEnter] = true;
    auto intent = ui.frame(draw);
    io.KeysDown[kEnter] = false;
    ui.frame(draw);
    return intent;
  };
  ui.frame(draw);
  const auto field = ImGuiHarness::find(view.buttons(), "##import-path");
  ASSERT_TRUE(field);
  ui.tap(field->centre(), draw);
  io.AddInputCharactersUTF8("/tablet/history.sqlite3");
  ui.frame(draw);
  const auto first = enter();
  ASSERT_EQ(kind_of(first), ImportIntent::Kind::import_typed);
  EXPECT_EQ(first->path, "/tablet/history.sqlite3");
  for (int i = 0; i < 3; ++i) ui.frame(draw);
  ASSERT_NE(ImGui::GetActiveID(), 0u) << "Enter keeps the keyboard in the field";
  view.clear_typed();
  for (int i = 0; i < 3; ++i) ui.frame(draw);
  ui.tap(field->centre(), draw);
  io.AddInputCharactersUTF8("/tablet/again.sqlite3");
  ui.frame(draw);
  const auto second = enter();
  ASSERT_EQ(kind_of(second), ImportIntent::Kind::import_typed);
  EXPECT_EQ(second->path, "/tablet/again.sqlite3");
}

}  // namespace
}  // namespace limber
