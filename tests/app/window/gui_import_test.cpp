// The library's Import, as a user does it: Workrave's exercises found on this computer, one tap, a
// Feeel file typed in, back to the library with them, and one of them run as a session, its
// picture on screen. "Choose a file": the desktop's file chooser where an XDG portal answers (a
// stand-in for it on a private bus), Limber's own folder browser where none does.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include "support/gui_fixture.hpp"
#include "support/notification_server.hpp"
#include "support/portal_stand_in.hpp"
#include "support/run_command.hpp"
#include "support/sample_history.hpp"

namespace limber {
namespace {

using namespace std::chrono_literals;
using testing::GuiTest;

TEST_F(GuiTest, ImportedWorkraveExercisesComeIntoTheLibraryAndRunAsSessions) {
  const std::filesystem::path workrave = "/usr/share/workrave/exercises/exercises.xml";
  ASSERT_TRUE(std::filesystem::exists(workrave)) << "scripts/install-deps installs workrave-data";
  ::setenv("HOME", scratch_.path().c_str(), 1);  // no Downloads: only Workrave's own is offered
  auto app = open();
  tap(*app, app->library().view().buttons(), "Import");
  ASSERT_EQ(app->screen(), Screen::importer);
  ASSERT_FALSE(app->importer().model().found.empty());
  EXPECT_EQ(app->importer().model().found[0].name, "exercises.xml");
  tap(*app, app->importer().view().buttons(), "Import##found0");
  ASSERT_FALSE(app->importer().model().report.empty());
  EXPECT_NE(app->importer().model().report[0].find("Imported 10 routines from Workrave (exercises.xml)."), std::string::npos)
      << app->importer().model().report[0];
  EXPECT_TRUE(app->importer().model().errors.empty());
  const std::filesystem::path shots(LIMBER_SCREENSHOT_DIR);
  std::filesystem::create_directories(shots);
  EXPECT_TRUE(app->window().save_screenshot(shots / "import-workrave-1280x800.png"));
  // A path typed into the field and Enter: imported as the Import button beside it would.
  tap(*app, app->importer().view().buttons(), "##import-path");
  type_text(*app, std::string(LIMBER_TESTS_DIR) + "/app/import-fixtures/feeel-stretch.feeel");
  type_key(*app, SDLK_RETURN, SDL_SCANCODE_RETURN);
  ASSERT_FALSE(app->importer().model().report.empty());
  EXPECT_NE(app->importer().model().report[0].find("Imported 1 routine from Feeel (feeel-stretch.feeel)."), std::string::npos)
      << app->importer().model().report[0];
  EXPECT_TRUE(app->importer().model().errors.empty());
  // The field keeps the keyboard after Enter: the next path typed replaces the last.
  type_text(*app, "/nowhere/next.feeel");
  type_key(*app, SDLK_RETURN, SDL_SCANCODE_RETURN);
  ASSERT_EQ(app->importer().model().errors.size(), 1u);
  EXPECT_EQ(app->importer().model().errors[0].rfind("next.feeel was not imported", 0), 0u)
      << app->importer().model().errors[0];
  tap(*app, app->importer().view().buttons(), "Back");
  ASSERT_EQ(app->screen(), Screen::library);
  EXPECT_GE(testing::card_index(*app, "Evening stretch"), 0);
  const int card = testing::card_index(*app, "Shoulder-arm stretch");
  ASSERT_GE(card, 0) << "the imported routine is not in the library";
  // The Workrave exercises' pictures came with them, and each card shows its routine's own.
  const auto& cards = app->library().cards();
  const auto pictured = std::count_if(cards.begin(), cards.end(), [](const LibraryCard& c) { return c.picture != nullptr; });
  EXPECT_GE(pictured, 10) << "the ten Workrave routines' cards show their pictures";
  EXPECT_NE(cards[static_cast<std::size_t>(card)].picture, nullptr);
  EXPECT_TRUE(app->window().save_screenshot(shots / "library-workrave-pictures-1280x800.png"));
  // Far down the list: the keyboard brings its Start into view, as Tab does for anyone.
  ASSERT_TRUE(tab_to(*app, [&]() -> const DrawnButtons& { return app->library().view().buttons(); },
                     "Start##" + std::to_string(card), 200));
  type_key(*app, SDLK_RETURN, SDL_SCANCODE_RETURN);
  ASSERT_EQ(app->screen(), Screen::session);
  // Into the first side's step, its picture beside the countdown.
  run_until(*app, [&] {
    const PlannedPhase* phase = app->session().driver()->engine().current_phase();
    return phase != nullptr && phase->kind == PhaseKind::timed;
  }, 20s);
  steps(*app, 20, 100ms);
  EXPECT_FALSE(app->session().routine()->routine.exercises[0].image.empty());
  EXPECT_GT(app->session().view().figure_rect().GetWidth(), 0.0f) << "no picture shown";
  EXPECT_TRUE(app->window().save_screenshot(shots / "workrave-shoulder-arm-stretch-session-1280x800.png"));
  run_until(*app, [&] { return app->screen() == Screen::summary; }, 5min);
  ASSERT_EQ(app->screen(), Screen::summary);
  const auto sessions = history().sessions();
  ASSERT_EQ(sessions->size(), 1u);
  EXPECT_EQ(sessions->at(0).routine_name, "Shoulder-arm stretch");
  EXPECT_EQ(sessions->at(0).outcome, SessionOutcome::completed);
  // Workrave shows it for 40 s: 20 s a side.
  EXPECT_EQ(sessions->at(0).active_seconds, 5 + 40);
}

TEST_F(GuiTest, ChooseAFileAsksTheDesktopsChooserOrBrowsesFoldersWhereThereIsNone) {
  namespace fs = std::filesystem;
  const fs::path fixtures = fs::path(LIMBER_TESTS_DIR) / "app" / "import-fixtures";
  const fs::path home = scratch_ / "home";
  fs::create_directories(home / "Downloads" / "from phone");
  fs::copy_file(fixtures / "jawt-shared.json", home / "Downloads" / "from phone" / "workout.json");
  testing::write_file(home / "Downloads" / "notes.txt", "not a routine");
  fs::create_directories(scratch_ / "picked");
  fs::copy_file(fixtures / "feeel-stretch.feeel", scratch_ / "picked" / "my stretch.feeel");
  ::setenv("HOME", home.c_str(), 1);
  testing::NotificationServer bus(scratch_ / "bus");
  ASSERT_TRUE(bus.start(false));
  ::setenv("DBUS_SESSION_BUS_ADDRESS", bus.address().c_str(), 1);
  const fs::path shots(LIMBER_SCREENSHOT_DIR);
  fs::create_directories(shots);
  const auto choose = [&](GuiApp& app) {
    press(app, SDLK_i, SDL_SCANCODE_I);
    ASSERT_EQ(app.screen(), Screen::importer);
    tap(app, app.importer().view().buttons(), "Choose a file\u2026##choose-file");
  };
  {
    // The user picks a file in the desktop's dialog: it is imported, its name unescaped from the URI.
    testing::PortalStandIn portal(bus.address(), "file://" + (scratch_ / "picked").string() + "/my%20stretch.feeel");
    ASSERT_TRUE(portal.ready());
    auto app = open();
    choose(*app);
    const ImportModel& model = app->importer().model();
    ASSERT_TRUE(wait_for_news(*app, [&] { return !model.report.empty() || !model.errors.empty(); }));
    ASSERT_FALSE(model.report.empty()) << (model.errors.empty() ? "" : model.errors[0]);
    EXPECT_NE(model.report[0].find("Imported 1 routine from Feeel (my stretch.feeel)."), std::string::npos) << model.report[0];
    EXPECT_FALSE(model.browser.has_value());
    const auto asked = portal.asked();
    ASSERT_TRUE(asked.has_value());
    EXPECT_EQ(asked->title, "Import");
    EXPECT_EQ(asked->accept_label, "Import");
    EXPECT_TRUE(asked->modal);
    EXPECT_EQ(asked->parent_window.rfind("x11:", 0), 0u) << "the dialog stays above Limber's window: " << asked->parent_window;
    EXPECT_EQ(asked->patterns, (std::vector<std::string>{"*.yaml", "*.sqlite3", "*.xml", "*.json", "*.feeel", "*.zip"}));
  }
  {
    // Cancelled in the dialog: nothing happens, nothing is said.
    testing::PortalStandIn portal(bus.address(), "");
    ASSERT_TRUE(portal.ready());
    auto app = open();
    choose(*app);
    ASSERT_TRUE(wait_for_news(*app, [&] { return app->importer().model().waiting.empty(); }));
    EXPECT_TRUE(app->importer().model().report.empty());
    EXPECT_TRUE(app->importer().model().errors.empty());
    EXPECT_FALSE(app->importer().model().browser.has_value());
  }
  // No portal on the bus: Limber's own browser, on Downloads, folders and importable files only.
  auto app = open();
  choose(*app);
  const ImportModel& model = app->importer().model();
  ASSERT_TRUE(wait_for_news(*app, [&] { return model.browser.has_value(); }));
  const auto buttons = [&]() -> const DrawnButtons& { return app->importer().view().buttons(); };
  EXPECT_EQ(model.browser->folder, (home / "Downloads").string());
  ASSERT_EQ(model.browser->entries.size(), 1u) << "notes.txt is not offered";
  EXPECT_TRUE(model.browser->entries[0].folder);
  EXPECT_TRUE(app->window().save_screenshot(shots / "import-folder-browser-1280x800.png"));
  tap(*app, buttons(), "Up##folder-up");
  EXPECT_EQ(model.browser->folder, home.string());
  tap(*app, buttons(), "Downloads##place1");
  tap(*app, buttons(), "from phone/##entry0");
  ASSERT_EQ(model.browser->entries.size(), 1u);
  EXPECT_EQ(model.browser->entries[0].name, "workout.json");
  tap(*app, buttons(), "workout.json##entry0");
  EXPECT_FALSE(model.browser.has_value()) << "a file picked closes the browser";
  ASSERT_FALSE(model.report.empty()) << (model.errors.empty() ? "" : model.errors[0]);
  EXPECT_NE(model.report[0].find("(workout.json)"), std::string::npos) << model.report[0];
  // Escape leaves the browser for the Import screen, not the screen itself.
  choose(*app);
  ASSERT_TRUE(wait_for_news(*app, [&] { return model.browser.has_value(); }));
  press(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  EXPECT_FALSE(model.browser.has_value());
  EXPECT_EQ(app->screen(), Screen::importer);
  ::unsetenv("DBUS_SESSION_BUS_ADDRESS");
}

}  // namespace
}  // namespace limber

namespace limber {
namespace {

using testing::GuiTest;

// A tablet and a PC without a server: the other device's history merged through Import (and a
// file that is no history refused, saying why), then this one's history and routines exported to
// Downloads, and each export taken in by another data folder's `limber history import` and
// `limber import`, as the other device would.
TEST_F(GuiTest, ExportedHistoryAndRoutinesMoveToAnotherDeviceAndItsHistoryComesIn) {
  namespace fs = std::filesystem;
  const fs::path home = scratch_ / "home";
  fs::create_directories(home / "Downloads");
  ::setenv("HOME", home.c_str(), 1);
  {
    fs::create_directories(scratch_ / "tablet");
    auto tablet = HistoryStore::open(scratch_ / "tablet" / "history.sqlite3");
    ASSERT_TRUE(tablet);
    testing::write_sample_history(*tablet, today(), 10);
  }
  testing::write_file(scratch_ / "not-history.sqlite3", std::string("SQLite format 3\0", 16) + std::string(4080, '\x7f'));
  fs::create_directories(scratch_ / "data" / "routines");
  testing::write_file(scratch_ / "data" / "routines" / "desk-calves.yaml",
                      "limber: 1\nname: Desk calves\nexercises:\n  - name: Calf raise\n    hold: 5s\n    rest: 5s\n    reps: 4\n");
  auto app = open();
  press(*app, SDLK_i, SDL_SCANCODE_I);
  ASSERT_EQ(app->screen(), Screen::importer);
  const ImportModel& model = app->importer().model();
  const auto import_typed = [&](const fs::path& file) {
    tap(*app, app->importer().view().buttons(), "##import-path");
    type_text(*app, file.string());
    type_key(*app, SDLK_RETURN, SDL_SCANCODE_RETURN);
    return wait_for_news(*app, [&] { return model.waiting.empty() && (!model.report.empty() || !model.errors.empty()); }, 20s);
  };
  ASSERT_TRUE(import_typed(scratch_ / "tablet" / "history.sqlite3"));
  ASSERT_FALSE(model.report.empty()) << (model.errors.empty() ? "" : model.errors[0]);
  EXPECT_EQ(model.report[0].rfind("Imported ", 0), 0u) << model.report[0];
  EXPECT_NE(model.report[0].find("new sessions and "), std::string::npos) << model.report[0];
  const auto merged = history().sessions();
  ASSERT_TRUE(merged);
  ASSERT_GT(merged->size(), 5u);
  // The same file again adds nothing.
  ASSERT_TRUE(import_typed(scratch_ / "tablet" / "history.sqlite3"));
  ASSERT_FALSE(model.report.empty()) << (model.errors.empty() ? "" : model.errors[0]);
  EXPECT_NE(model.report[0].find("0 new sessions and 0 diary nights"), std::string::npos) << model.report[0];
  ASSERT_TRUE(import_typed(scratch_ / "not-history.sqlite3"));
  ASSERT_EQ(model.errors.size(), 1u);
  EXPECT_EQ(model.errors[0].rfind("not-history.sqlite3 was not imported: ", 0), 0u) << model.errors[0];
  EXPECT_EQ(history().sessions()->size(), merged->size());

  tap(*app, app->importer().view().buttons(), "Export history##export-history");
  ASSERT_EQ(model.report.size(), 1u) << (model.errors.empty() ? "" : model.errors[0]);
  const fs::path history_file = home / "Downloads" / ("limber-history-" + format_date(today()) + ".sqlite3");
  EXPECT_EQ(model.report[0], "Saved as " + history_file.string() + ".");
  ASSERT_TRUE(fs::exists(history_file));
  tap(*app, app->importer().view().buttons(), "Export my routines##export-routines");
  const fs::path routines_file = home / "Downloads" / ("limber-routines-" + format_date(today()) + ".yaml");
  ASSERT_FALSE(model.report.empty()) << (model.errors.empty() ? "" : model.errors[0]);
  EXPECT_EQ(model.report[0], "Saved as " + routines_file.string() + ".");
  // A second export is named as a browser names a second download.
  tap(*app, app->importer().view().buttons(), "Export history##export-history");
  EXPECT_TRUE(fs::exists(home / "Downloads" / ("limber-history-" + format_date(today()) + " (2).sqlite3")));
  const fs::path shots(LIMBER_SCREENSHOT_DIR);
  fs::create_directories(shots);
  EXPECT_TRUE(app->window().save_screenshot(shots / "import-export-1280x800.png"));

  // The other device: a data folder of its own.
  const std::string env = "LIMBER_DATA_DIR=" + testing::shell_quote((scratch_ / "pc").string()) +
                          " XDG_CONFIG_HOME=" + testing::shell_quote((scratch_ / "pc-config").string());
  const auto history_in = testing::run_command(LIMBER_BINARY, {"history", "import", history_file.string()}, env);
  EXPECT_EQ(history_in.exit_code, 0) << history_in.err;
  EXPECT_NE(history_in.out.find(fmt::format("Imported {} new sessions", merged->size())), std::string::npos) << history_in.out;
  const auto routines_in = testing::run_command(LIMBER_BINARY, {"import", routines_file.string()}, env);
  EXPECT_EQ(routines_in.exit_code, 0) << routines_in.err;
  EXPECT_NE(routines_in.out.find("Imported 1 routine from Limber"), std::string::npos) << routines_in.out;
  EXPECT_NE(routines_in.out.find("\u201cDesk calves\u201d is in your library (desk-calves.yaml)."), std::string::npos)
      << routines_in.out;
  const auto checked = testing::run_command(LIMBER_BINARY, {"check", (scratch_ / "pc" / "routines" / "desk-calves.yaml").string()}, env);
  EXPECT_EQ(checked.exit_code, 0) << checked.out << checked.err;
}

}  // namespace
}  // namespace limber
