// The diary for any night from the progress screen: a tap on a day of the calendar or the cramp
// chart opens that night; its cramps and severity are written with a tap each, the night can be
// deleted, the nights stepped through, and the last change undone. By touch and by keyboard.
#include <gtest/gtest.h>

#include <thread>

#include "support/gui_fixture.hpp"
#include "support/run_command.hpp"
#include "support/sample_history.hpp"

namespace limber {
namespace {

using namespace std::chrono_literals;

class DiaryGui : public testing::GuiTest {
 protected:
  std::optional<DiaryEntry> entry(DayNumber night) {
    const auto diary = history().diary();
    if (!diary) return std::nullopt;
    for (const DiaryEntry& e : *diary) {
      if (e.date == format_date(night)) return e;
    }
    return std::nullopt;
  }
  const DrawnButtons& buttons(GuiApp& app) { return app.progress().view().buttons(); }
};

TEST_F(DiaryGui, ATapOnTheCalendarOrTheChartEditsThatNightWithUndo) {
  std::filesystem::create_directories(scratch_ / "data");
  const DayNumber night = today() - 10;
  options_.open_progress = true;
  auto app = open();
  ASSERT_EQ(app->screen(), Screen::progress);
  ASSERT_FALSE(entry(night));
  // The calendar's square for that day.
  tap_at(*app, app->progress().view().calendar().centre_of(night));
  ASSERT_TRUE(app->progress().model().night) << "the tap opened no night";
  EXPECT_EQ(app->progress().model().night->night, night);
  tap(*app, buttons(*app), "2##night-cramps");
  EXPECT_EQ(entry(night), (DiaryEntry{format_date(night), 2, 0, ""}));
  tap(*app, buttons(*app), "7##night-severity");
  EXPECT_EQ(entry(night), (DiaryEntry{format_date(night), 2, 7, ""}));
  const std::filesystem::path shots(LIMBER_SCREENSHOT_DIR);
  std::filesystem::create_directories(shots);
  EXPECT_TRUE(app->window().save_screenshot(shots / "progress-night-1280x800.png"));
  // Undo takes back the last change only.
  tap(*app, buttons(*app), "Undo##night-editor");
  EXPECT_EQ(entry(night), (DiaryEntry{format_date(night), 2, 0, ""}));
  tap(*app, buttons(*app), "Night before");
  EXPECT_EQ(app->progress().model().night->night, night - 1);
  tap(*app, buttons(*app), "None##night-cramps");
  EXPECT_EQ(entry(night - 1), (DiaryEntry{format_date(night - 1), 0, 0, ""}));
  tap(*app, buttons(*app), "Done##night");
  EXPECT_FALSE(app->progress().model().night);
  // The cramp chart's slot for the first night, then Delete and its Undo from the page.
  tap_at(*app, app->progress().view().cramp_days().centre_of(night));
  ASSERT_TRUE(app->progress().model().night);
  EXPECT_EQ(app->progress().model().night->night, night);
  tap(*app, buttons(*app), "Delete night");
  EXPECT_FALSE(entry(night));
  tap(*app, buttons(*app), "Done##night");
  tap(*app, buttons(*app), "Undo##night");
  EXPECT_EQ(entry(night), (DiaryEntry{format_date(night), 2, 0, ""}));
}

// Earlier weeks are a tap away: the calendar and the chart page back 16 weeks at a time to the
// first record, its nights can be opened there, and Later comes back.
TEST_F(DiaryGui, EarlierWeeksAreShownAPageAtATimeAndTheirNightsOpen) {
  const DayNumber long_ago = today() - 25 * 7;
  {
    auto store = history();
    ASSERT_TRUE(store.save_diary_entry(DiaryEntry{format_date(long_ago), 3, 5, ""}));
    ASSERT_TRUE(store.save_diary_entry(DiaryEntry{format_date(today() - 2), 1, 2, ""}));
  }
  options_.open_progress = true;
  auto app = open();
  const auto& stats = app->progress().model().stats;
  ASSERT_TRUE(stats.earlier);
  EXPECT_FALSE(app->progress().view().calendar().day_at(app->progress().view().calendar().centre_of(long_ago), stats));
  tap(*app, buttons(*app), "\u2190 Earlier weeks");
  EXPECT_EQ(stats.weeks_back, kProgressWeeks);
  EXPECT_FALSE(stats.earlier) << "the first record is on this page";
  const std::filesystem::path shots(LIMBER_SCREENSHOT_DIR);
  std::filesystem::create_directories(shots);
  EXPECT_TRUE(app->window().save_screenshot(shots / "progress-earlier-weeks-1280x800.png"));
  tap_at(*app, app->progress().view().cramp_days().centre_of(long_ago));
  ASSERT_TRUE(app->progress().model().night) << "the night long ago did not open";
  EXPECT_EQ(app->progress().model().night->night, long_ago);
  EXPECT_EQ(app->progress().model().night->cramps, 3);
  tap(*app, buttons(*app), "Done##night");
  tap(*app, buttons(*app), "Later weeks \u2192");
  EXPECT_EQ(stats.weeks_back, 0);
}

TEST_F(DiaryGui, TheKeyboardOpensLastNightAndStepsThroughTheNights) {
  std::filesystem::create_directories(scratch_ / "data");
  options_.open_progress = true;
  auto app = open();
  ASSERT_TRUE(tab_to(*app, [&]() -> const DrawnButtons& { return buttons(*app); }, "A night's diary"));
  type_key(*app, SDLK_RETURN, SDL_SCANCODE_RETURN);
  ASSERT_TRUE(app->progress().model().night);
  EXPECT_EQ(app->progress().model().night->night, today() - 1);
  press(*app, SDLK_LEFT, SDL_SCANCODE_LEFT);
  EXPECT_EQ(app->progress().model().night->night, today() - 2);
  ASSERT_TRUE(tab_to(*app, [&]() -> const DrawnButtons& { return buttons(*app); }, "3##night-cramps"));
  type_key(*app, SDLK_RETURN, SDL_SCANCODE_RETURN);
  EXPECT_EQ(entry(today() - 2), (DiaryEntry{format_date(today() - 2), 3, 0, ""}));
  press(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  EXPECT_FALSE(app->progress().model().night);
  EXPECT_EQ(app->screen(), Screen::progress) << "Escape closed the night, not the screen";
}

TEST_F(DiaryGui, ADragOverTheChartsScrollsAndOpensNothing) {
  {
    HistoryStore store = history();
    testing::write_sample_history(store, today(), 30);
  }
  options_.open_progress = true;
  auto app = open();
  const ImVec2 from = app->progress().view().calendar().centre_of(today() - 20);
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  push_finger(SDL_FINGERDOWN, from.x / size.x, from.y / size.y);
  steps(*app, 1);
  for (int i = 1; i <= 8; ++i) {
    push_finger(SDL_FINGERMOTION, from.x / size.x, (from.y - 30.0f * static_cast<float>(i)) / size.y);
    steps(*app, 1);
  }
  push_finger(SDL_FINGERUP, from.x / size.x, (from.y - 240.0f) / size.y);
  steps(*app, 4);
  EXPECT_FALSE(app->progress().model().night);
  EXPECT_LT(app->progress().view().calendar().centre_of(today() - 20).y, from.y - 100) << "the page did not scroll";
}

// Save a report: the last six weeks as a PDF in the documents folder (xdg-user-dirs' one), said
// on the page. The PDF's contents are tested in tests/app/cli/report_test.cpp.
TEST_F(DiaryGui, SaveAReportPutsTheLastSixWeeksInTheDocumentsFolder) {
  {
    HistoryStore store = history();
    testing::write_sample_history(store, today(), 42);
  }
  const auto documents = scratch_ / "Dokumente";
  std::filesystem::create_directories(documents);
  testing::write_file(scratch_ / "config" / "user-dirs.dirs", "XDG_DOCUMENTS_DIR=\"" + documents.string() + "\"\n");
  options_.open_progress = true;
  auto app = open();
  // Below the charts: Tab brings it into view, Enter presses it, as from a keyboard.
  ASSERT_TRUE(tab_to(*app, [&]() -> const DrawnButtons& { return buttons(*app); }, "Save a report for the doctor", 120));
  type_key(*app, SDLK_RETURN, SDL_SCANCODE_RETURN);
  const auto file = documents / ("limber-report-" + format_date(today()) + ".pdf");
  ASSERT_TRUE(std::filesystem::exists(file)) << app->progress().model().report_saved;
  EXPECT_EQ(app->progress().model().report_saved, "Saved the last six weeks in " + file.string());
  const testing::CommandResult info = testing::run_command("pdfinfo", {file.string()});
  EXPECT_NE(info.out.find("\nPages: "), std::string::npos) << info.out;
  EXPECT_NE(info.out.find("Title:           Leg cramps and stretching"), std::string::npos) << info.out;
  // Open hands the file to the desktop's opener (here a stand-in for xdg-open, which has no desktop
  // to ask in this test, that writes down what it was given).
  const auto bin = scratch_ / "bin";
  std::filesystem::create_directories(bin);
  const auto opened = scratch_ / "opened.txt";
  testing::write_file(bin / "xdg-open", "#!/bin/sh\nprintf '%s' \"$1\" > " + testing::shell_quote(opened.string()) + "\n");
  std::filesystem::permissions(bin / "xdg-open", std::filesystem::perms::owner_all);
  const std::string path = std::getenv("PATH") != nullptr ? std::getenv("PATH") : "/usr/bin:/bin";
  ::setenv("PATH", (bin.string() + ":" + path).c_str(), 1);
  ASSERT_TRUE(app->progress().model().report_openable);
  tap(*app, buttons(*app), "Open the report");
  for (int i = 0; i < 100 && !std::filesystem::exists(opened); ++i) std::this_thread::sleep_for(20ms);
  ::setenv("PATH", path.c_str(), 1);
  EXPECT_EQ(testing::read_file(opened), file.string());
}

}  // namespace
}  // namespace limber
