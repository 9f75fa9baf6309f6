// The session screen's instructions, for every built-in routine and Workrave's ten (imported as a
// user would), in English and German: at 1280x800 and 800x1280 every exercise's whole
// instruction shows without scrolling; at 800x480 it may scroll, but its box holds whole lines
// and a new exercise opens at its first line.
#include <gtest/gtest.h>

#include <cmath>

#include "core/base/translate.hpp"
#include "support/gui_fixture.hpp"
#include "support/run_command.hpp"

namespace limber {
namespace {

using namespace std::chrono_literals;

class SessionTextGui : public testing::GuiTest {
 protected:
  void TearDown() override { (void)use_language("en", LIMBER_BUILD_LOCALE_DIR); }

  // Every phase of the routine in `file`, skipped through with the Right key, each frame judged.
  void walk(const std::filesystem::path& file, const std::string& where, bool must_fit) {
    auto app = open(file.string());
    ASSERT_EQ(app->screen(), Screen::session) << where;
    std::string last_instructions;
    for (int phase = 0; phase < 400 && app->screen() == Screen::session; ++phase) {
      const auto& box = app->session().view().instructions();
      if (box.line > 0) {
        const std::string context = fmt::format("{}, phase {}", where, phase);
        if (must_fit) {
          EXPECT_LE(box.text_height, box.box_height + 0.5f) << context << ": the instruction needs scrolling";
        }
        const float lines = box.box_height / box.line;
        EXPECT_NEAR(lines, std::round(lines), 0.01f) << context << ": a line is cut at the box's edge";
        const float scrolled = box.scroll / box.line;
        EXPECT_NEAR(scrolled, std::round(scrolled), 0.01f) << context << ": scrolled to half a line";
        ++judged_;
      }
      // A new exercise's words start at their first line.
      const std::string& now = app->session().driver() ? current_instructions(*app) : last_instructions;
      if (now != last_instructions) {
        EXPECT_EQ(box.scroll, 0.0f) << where << ", phase " << phase;
      }
      last_instructions = now;
      push_key(SDLK_RIGHT, SDL_SCANCODE_RIGHT);
      steps(*app, 2);
    }
  }
  static std::string current_instructions(GuiApp& app) {
    const PlannedPhase* phase = app.session().driver()->engine().current_phase();
    if (phase == nullptr || phase->exercise < 0) return "";
    return app.session().driver()->engine().plan().exercises[static_cast<std::size_t>(phase->exercise)].instructions;
  }
  int judged_ = 0;
};

TEST_F(SessionTextGui, EveryInstructionIsWholeAtTabletSizesAndOpensAtItsFirstLine) {
  const std::filesystem::path workrave = "/usr/share/workrave/exercises/exercises.xml";
  ASSERT_TRUE(std::filesystem::exists(workrave)) << "scripts/install-deps installs workrave-data";
  const auto imported = testing::run_command(
      LIMBER_BINARY, {"--data-dir", (scratch_ / "data").string(), "import", workrave.string()},
      fmt::format("XDG_CONFIG_HOME={}", testing::shell_quote((scratch_ / "config").string())));
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  const RoutineLibrary library = context_.load_library();
  int routines = 0;
  for (const std::string language : {"en", "de"}) {
    ASSERT_EQ(use_language(language, LIMBER_BUILD_LOCALE_DIR), language);
    for (const auto& [width, height, must_fit] : {std::tuple{1280, 800, true}, std::tuple{800, 1280, true},
                                                  std::tuple{800, 480, false}}) {
      options_.width = width;
      options_.height = height;
      for (const LibraryEntry& entry : library.entries) {
        if (!entry.routine) continue;
        walk(entry.file, fmt::format("{} in {} at {}x{}", entry.routine->name, language, width, height), must_fit);
        ++routines;
      }
    }
  }
  EXPECT_GE(routines, 2 * 3 * 14) << "the built-in routines and Workrave's ten";
  EXPECT_GT(judged_, 500);
}

}  // namespace
}  // namespace limber
