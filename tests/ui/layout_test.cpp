// Every screen in every state, at the four sizes Limber promises (a small tablet on its side, a
// tablet upright, a laptop, a 4K screen), with the longest data it can meet: measured, not looked
// at. A failure names the screen, the size and what overlaps or is cut.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <functional>

#include "core/base/translate.hpp"
#include "core/pose/pose_loader.hpp"
#include "core/routine/routine_draft.hpp"
#include "core/routine/routine_draft_check.hpp"
#include "core/routine/routine_loader.hpp"
#include "core/routine/side_words.hpp"
#include "core/session/session_display.hpp"
#include "support/fixtures.hpp"
#include "support/imgui_harness.hpp"
#include "support/layout_check.hpp"
#include "ui/editor_view.hpp"
#include "ui/import_view.hpp"
#include "ui/library_view.hpp"
#include "ui/progress_view.hpp"
#include "ui/rescue_view.hpp"
#include "ui/session_view.hpp"
#include "ui/settings_view.hpp"
#include "ui/summary_view.hpp"
#include "ui/theme.hpp"

namespace limber {
namespace {

using namespace std::chrono_literals;
using testing::ImGuiHarness;

const std::string kLongName(100, 'W');  // the longest name a routine or exercise may have, in wide letters
const std::string kLongWords =
    "Hamstring and calf stretch, sitting, with a towel around the ball of the foot and both hands";

// A size and a language: English, German (usually the longest) and the pseudo-language, every
// string 40 % longer with accents.
using LayoutCase = std::tuple<std::pair<float, float>, std::string>;

class Layout : public ::testing::TestWithParam<LayoutCase> {
 protected:
  Layout() : ui_(size().first, size().second) {
    (void)use_language(std::get<1>(GetParam()), LIMBER_BUILD_LOCALE_DIR);
    apply_style(ThemeKind::dark, ui_.fonts().body_px, true);
  }
  ~Layout() override { (void)use_language("en", LIMBER_BUILD_LOCALE_DIR); }
  static std::pair<float, float> size() { return std::get<0>(GetParam()); }

  // Draws a few frames (scrolling and sizes settle) and checks the last one.
  template <class Draw>
  void check(const std::string& state, Draw draw, const std::function<const DrawnButtons&()>& controls) {
    for (int i = 0; i < 3; ++i) ui_.frame(draw);
    const auto problems =
        testing::layout_problems(controls(), fmt::format("{} at {}x{} in {}", state, size().first, size().second, std::get<1>(GetParam())));
    for (std::size_t i = 0; i < problems.size() && i < 5; ++i) ADD_FAILURE() << problems[i];
  }

  static SessionEngine engine_for(const std::string& stem, Nanos at) {
    auto routine = load_routine_file(testing::routines_dir() / (stem + ".yaml"));
    EXPECT_TRUE(routine);
    SessionEngine engine(std::make_shared<const Plan>(expand_plan(routine ? *routine : Routine{})));
    (void)engine.start(0s);
    while (auto deadline = engine.next_deadline()) {
      if (*deadline > at) break;
      (void)engine.update(*deadline);
    }
    (void)engine.update(at);
    return engine;
  }

  ImGuiHarness ui_;
};

TEST_P(Layout, Library) {
  LibraryView view;
  LibraryModel model;
  const auto pose = load_pose_file(testing::poses_dir() / "calf-ledge.yaml");  // a card's still
  ASSERT_TRUE(pose);
  model.cards = {
      {.name = "Bedtime stretches", .details = "6:10 \u00b7 bedtime, calves, hamstrings, evidence-based \u00b7 built-in"},
      {.name = "Morning calf stretch", .details = "2:00 \u00b7 morning, calves \u00b7 built-in \u00b7 last done yesterday",
       .reps_min = 6, .reps_max = 8, .reps = 7, .editable = true, .pose = &*pose},
      {.name = kLongName, .details = std::string(300, 'x'), .reps_min = 1, .reps_max = 500, .reps = 250,
       .editable = true, .deletable = true, .pose = &*pose},
      {.name = "broken", .problem = "Invalid: line 3: " + kLongWords + " " + kLongWords, .deletable = true},
  };
  const auto controls = [&]() -> const DrawnButtons& { return view.buttons(); };
  const auto draw = [&] { return view.draw(model, ThemeKind::dark, ui_.fonts()); };
  check("library", draw, controls);
  model.notice = kLongName + " was renamed or removed outside Limber: nothing was deleted.";
  check("library with a notice", draw, controls);
  model.notice.clear();
  model.confirm_delete = kLongName;
  check("library asking to delete", draw, controls);
}

TEST_P(Layout, Session) {
  SessionView view;
  const auto controls = [&]() -> const DrawnButtons& { return view.buttons(); };
  for (const auto& [stem, at, state] : std::vector<std::tuple<std::string, Nanos, std::string>>{
           {"morning-calf-stretch", 1s, "get ready"},
           {"morning-calf-stretch", 6s, "hold"},
           {"morning-calf-stretch", 11s, "relax"},
           {"bedtime-stretches", 12s, "bedtime hold"},
           {"evening-wind-down", 20s, "breathing"}}) {
    SessionEngine engine = engine_for(stem, at);
    SessionChrome chrome;
    bool& confirming = chrome.confirming_stop;
    const auto draw = [&] {
      return view.draw(describe_session(engine, at, std::nullopt), ThemeKind::dark, ui_.fonts(), chrome);
    };
    check("session, " + state, draw, controls);
    // With its pose figure: shown, as large as the layout allows, over nothing else.
    const std::string pose_name = describe_session(engine, at, std::nullopt).figure.pose;
    const auto pose = load_pose_file(testing::poses_dir() / (pose_name + ".yaml"));
    ASSERT_TRUE(pose) << pose_name;
    chrome.pose = &*pose;
    check("session with its figure, " + state, draw, controls);
    const ImRect figure = view.figure_rect();
    const std::string where = fmt::format("{} at {}x{} in {}", state, size().first, size().second, std::get<1>(GetParam()));
    EXPECT_GT(figure.GetHeight(), ui_.fonts().body_px * 5) << "no room for the figure: " << where;
    EXPECT_FALSE(figure.Overlaps(view.ring_rect())) << "the figure covers the ring: " << where;
    EXPECT_TRUE(ImRect(ImVec2(0, 0), ImGui::GetIO().DisplaySize).Contains(figure)) << where;
    for (const DrawnButton& b : view.buttons()) {
      EXPECT_FALSE(figure.Overlaps(ImRect(b.visible_min, b.visible_max))) << "the figure covers " << b.label << ": " << where;
    }
    chrome.pose = nullptr;
    chrome.notice = "Not in your history yet: kept aside until the history can be written.";
    check("session kept aside, " + state, draw, controls);
    chrome.notice.clear();
    (void)engine.pause(at);
    check("session paused, " + state, draw, controls);
    confirming = true;
    check("session asking to stop, " + state, draw, controls);
  }
}

TEST_P(Layout, Summary) {
  SummaryView view;
  SummaryModel model;
  model.completed = true;
  model.routine = "Bedtime stretches";
  model.time = "6:10 of 6:10";
  for (const char* row : {"Calf stretch, standing \u00b7 Left leg: 3 of 3 reps", "Calf stretch, standing \u00b7 Right leg: 3 of 3 reps",
                          "Hamstring stretch, standing \u00b7 Left leg: 3 of 3 reps", "Hamstring stretch, standing \u00b7 Right leg: 3 of 3 reps",
                          "Hamstring and calf stretch, sitting \u00b7 Left leg: 3 of 3 reps",
                          "Hamstring and calf stretch, sitting \u00b7 Right leg: 3 of 3 reps"}) {
    model.rows.push_back(row);
  }
  model.diary.night = "Wed 25 Nov";
  const auto controls = [&]() -> const DrawnButtons& { return view.buttons(); };
  const auto draw = [&] { return view.draw(model, ThemeKind::dark, ui_.fonts()); };
  check("bedtime summary, diary", draw, controls);
  model.diary.saved = "2 cramps";
  model.diary.cramps = 2;
  check("bedtime summary, severity", draw, controls);
  model.diary.error = "the disk holding /home/someone/.local/share/limber is full: " + kLongWords;
  check("bedtime summary, not saved", draw, controls);
  model.diary.error.clear();
  model.diary.cramps.reset();
  model.diary.saved = "5 cramps, worst 10 of 10";
  check("bedtime summary, saved", draw, controls);
  model.diary.changing = true;
  check("bedtime summary, changing", draw, controls);
  model.history_notice = "This session is not in your history yet: the history could not be written, so it is kept "
                         "aside and added the next time Limber can write it.";
  check("bedtime summary, kept aside", draw, controls);
  model.history_notice.clear();
  model.diary.counted = "02:10, left leg; 03:45, right leg; 05:02, left leg";
  model.diary.tonight = true;
  model.tried_day = "Wed 25 Nov";
  for (const std::string& key : default_tried_things()) model.tried.push_back({key, tried_thing_label(key), key == "water"});
  for (int i = static_cast<int>(model.tried.size()); i < static_cast<int>(kMostTriedThings); ++i) {
    model.tried.push_back({fmt::format("own-{}", i), std::string(kLongestTriedThing, 'W'), false});
  }
  check("summary with the button's cramps and the ticks", draw, controls);
  model.routine = kLongName;
  model.rows = {kLongName + " \u00b7 Right leg: 500 of 500 reps"};
  check("summary with the longest names", draw, controls);
}

TEST_P(Layout, Progress) {
  ProgressView view;
  std::vector<SessionRecord> sessions;
  std::vector<DiaryEntry> diary;
  const DayNumber today = *parse_date("2026-11-26");
  for (int back = 0; back < 120; ++back) {
    SessionRecord s;
    s.local_date = format_date(today - back);
    s.routine_name = back % 3 == 0 ? kLongName : "Morning calf stretch";
    s.active_seconds = 200;
    s.outcome = back % 5 == 0 ? SessionOutcome::stopped : SessionOutcome::completed;
    sessions.push_back(s);
    diary.push_back({format_date(today - back), back % 4, back % 4 == 0 ? 0 : back % 10 + 1, ""});
  }
  ProgressModel model;
  model.stats = compute_progress(sessions, diary, today, GoalSettings{7});
  for (int i = 0; i < 8; ++i) {
    model.sessions.push_back({"Thu 26 Nov", i % 2 == 0 ? kLongName : "Morning calf stretch", "interrupted", "59:59", i == 1});
  }
  const auto controls = [&]() -> const DrawnButtons& { return view.buttons(); };
  const auto draw = [&] { return view.draw(model, ThemeKind::dark, ui_.fonts()); };
  check("progress", draw, controls);
  model.notice = "The history cannot be read: " + kLongWords;
  check("progress with a notice", draw, controls);
  model.undo = "Changed the night of Wed 25 Nov";
  model.night = NightEditor{today - 1, "The night of Wed 25 Nov", 7, 10, false, "the history is read-only: " + kLongWords};
  check("progress with a night open", draw, controls);
  // The night the Cramp-now button met three cramps, and every thing tried ticked (the most a list holds).
  model.night->counted = "02:10, left leg; 03:45, right leg; 05:02, left leg";
  for (const std::string& key : default_tried_things()) model.night->tried.push_back({key, tried_thing_label(key), true});
  for (int i = static_cast<int>(model.night->tried.size()); i < static_cast<int>(kMostTriedThings); ++i) {
    model.night->tried.push_back({fmt::format("own-{}", i), std::string(kLongestTriedThing, 'W'), i % 2 == 0});
  }
  check("progress with a night open, its ticks and the button's cramps", draw, controls);
  std::vector<CrampEvent> rescues;
  TriedDays tried;
  for (int back = 0; back < 100; back += 3) {
    rescues.push_back(CrampEvent{fmt::format("e{}", back), "", "", format_date(today - back), Side::left});
    tried[format_date(today - back)] = {"magnesium", "water"};
  }
  add_night_marks(model.stats, rescues, tried);
  model.night.reset();
  check("progress with the button's cramps and ticks on the chart", draw, controls);
  ProgressModel empty;
  empty.stats = compute_progress({}, {}, today);
  const auto draw_empty = [&] { return view.draw(empty, ThemeKind::dark, ui_.fonts()); };
  check("progress, nothing yet", draw_empty, controls);
}

TEST_P(Layout, Editor) {
  EditorView view;
  const auto controls = [&]() -> const DrawnButtons& { return view.buttons(); };
  auto routine = load_routine_file(testing::routines_dir() / "bedtime-stretches.yaml");
  ASSERT_TRUE(routine);
  RoutineDraft draft = draft_from_routine(*routine);
  draft.name = kLongName;
  DraftCheck check_result = check_draft(draft);
  std::optional<Plan> plan;
  if (check_result.routine) plan = expand_plan(*check_result.routine);
  EditorModel model{.title = "Edit: " + kLongName, .check = &check_result, .plan = &plan, .can_undo = true,
                    .dirty = true, .save_label = "Save a copy",
                    .notice = "A built-in routine: saving makes your own copy, and the original stays as it is."};
  const auto draw = [&] { return view.draw(draft, model, ThemeKind::dark, ui_.fonts()); };
  check("editor", draw, controls);
  draft.exercises[0].hold = "five";
  draft.exercises[0].reps = "0";
  check_result = check_draft(draft);
  plan.reset();
  check("editor with problems", draw, controls);
  model.confirming_leave = true;
  check("editor asking to leave", draw, controls);
}

TEST_P(Layout, Settings) {
  SettingsView view;
  SettingsModel model;
  model.sound_sets = {"Built-in tones", "Plucked", kLongName + " (yours)", "Bells (yours)"};
  model.sound_set = 2;
  model.sound_notice = "no tick sound in " + kLongName + ": the built-in tone plays.";
  model.voice = "Portuguese (Brazil) " + kLongName;
  model.voice_notice = "This voice cannot speak here: " + kLongWords;
  model.theme = ThemeChoice::desktop;
  model.desktop_says = "The desktop does not say which it prefers: the last theme stays.";
  model.reminders = {{"07:30 every day", "Morning calf stretch"}, {"22:15 on Mon, Wed and Fri", kLongName},
                     {"08:00 on weekdays", "Cramp diary"}};
  model.new_what = kLongName;
  for (const std::string& key : default_tried_things()) model.tried_builtins.push_back({key, tried_thing_label(key), key != "massage"});
  model.tried_own = {std::string(kLongestTriedThing, 'W'), "Stretch socks"};
  model.tried_notice = "Leave out commas: they separate things on the command line.";
  model.reminder_notice = "Added, but it will not ring by itself: no systemd user manager is running here "
                          "(systemctl --user: Failed to connect to bus: No medium found). To have cron ring it, add "
                          "this line with `crontab -e`:";
  model.crontab_line = "15 22 * * 1,3,5 DISPLAY=:0 DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/1000/bus "
                       "/usr/bin/limber --data-dir /home/someone/.local/share/limber notify bedtime";
  const auto controls = [&]() -> const DrawnButtons& { return view.buttons(); };
  const auto draw = [&] { return view.draw(model, ThemeKind::dark, ui_.fonts()); };
  // The whole page, scrolled through a wheel's turn at a time until its last control shows.
  ImGuiIO& io = ImGui::GetIO();
  for (int turn = 0; turn < 60; ++turn) {
    check(fmt::format("settings scrolled {} turns", turn), draw, controls);
    const auto last = ImGuiHarness::find(view.buttons(), tr("Copy the crontab line"));
    ASSERT_TRUE(last);
    if (last->visible_max.y >= last->max.y - 0.5f && last->is_visible()) break;
    io.MousePos = ImVec2(io.DisplaySize.x / 2, io.DisplaySize.y / 2);
    io.MouseWheel = -2;
    ASSERT_LT(turn, 59) << "the page never showed its end";
  }
  io.MousePos = ImVec2(-1e9f, -1e9f);
  model.reminders.clear();
  model.suggestions = {{"07:30 every day", "Morning calf stretch"}, {"22:00 every day", "Bedtime stretches"}};
  model.crontab_line.clear();
  check("settings with suggestions", draw, controls);
}

TEST_P(Layout, Import) {
  ImportView view;
  ImportModel model;
  const auto controls = [&]() -> const DrawnButtons& { return view.buttons(); };
  const auto draw = [&] { return view.draw(model, ThemeKind::dark, ui_.fonts()); };
  check("import, nothing found", draw, controls);
  model.found = {{"exercises.xml", "Workrave's own, /usr/share/workrave/exercises"},
                 {kLongName + ".feeel", "/home/someone/Downloads/" + kLongName},
                 {"Feeel 2024-07-05 12-17-09.zip", "/home/someone/Downloads"}};
  model.errors = {"/home/someone/Downloads/x.json was not imported: " + kLongWords};
  model.report = {"exercises.xml (Workrave): 10 routines",
                  "  Shoulder-arm stretch -> /home/someone/.local/share/limber/routines/shoulder-arm-stretch.yaml",
                  "    approximated: the other side shows the same picture, not mirrored"};
  model.export_where = "Each file is saved in your Downloads folder.";
  check("import with files found and a report", draw, controls);
  // In a page: the file picker and Export only.
  model.browse_files = false;
  model.found.clear();
  model.export_where = "Your browser downloads each file, as it downloads any other.";
  model.report = {"Your browser downloads limber-history-2026-12-07.sqlite3."};
  check("import and export in a page", draw, controls);
}

TEST_P(Layout, Rescue) {
  RescueView view;
  RescueModel model;
  const auto controls = [&]() -> const DrawnButtons& { return view.buttons(); };
  const auto draw = [&] { return view.draw(model, ThemeKind::night, ui_.fonts()); };
  check("rescue, which leg", draw, controls);
  model.problem = "The rescue routine cannot be read (/usr/share/limber/assets/rescue/cramp-rescue.yaml). " + kLongWords;
  check("rescue that cannot start", draw, controls);
  // The two legs fill the screen: nothing a finger could miss.
  for (const DrawnButton& b : view.buttons()) {
    if (b.label == side_label(Side::left, SideOf::leg) || b.label == side_label(Side::right, SideOf::leg)) {
      EXPECT_GE(b.max.y - b.min.y, std::min(size().second * 0.25f, 200.0f)) << b.label;
    }
  }
}

std::string layout_case_name(const ::testing::TestParamInfo<LayoutCase>& info) {
  const auto& screen = std::get<0>(info.param);
  std::string name = fmt::format("{}x{}_{}", screen.first, screen.second, std::get<1>(info.param));
  std::replace(name.begin(), name.end(), '-', '_');
  return name;
}

INSTANTIATE_TEST_SUITE_P(Sizes, Layout,
                         ::testing::Combine(::testing::Values(std::pair{800.0f, 480.0f}, std::pair{800.0f, 1280.0f},
                                                              std::pair{1280.0f, 800.0f}, std::pair{3840.0f, 2160.0f}),
                                            ::testing::Values(std::string("en"), std::string("de"),
                                                              std::string(kPseudoLanguage))),
                         layout_case_name);

}  // namespace
}  // namespace limber
