// The window in German and in the pseudo-language (every string 40 % longer, accented), one
// window per language, resized in place to 800x480, 1280x800 and 800x1280: library, session
// (hold, then the switch), summary, progress, Settings and its voice list, import and its folder
// browser, the night's rescue, the editor (and its figures), each measured at each size (no
// text out of its box, no text under a control it does not belong to) and kept as a screenshot.
// The same screens are measured in every state, without a window, in tests/ui/layout_test.cpp.
// In the pseudo-language every drawn string (read back from ImGui's draw data) must carry the
// pseudo-language's marks: a string without them bypassed translation.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <utility>

#include "core/base/translate.hpp"
#include "support/drawn_text.hpp"
#include "support/gui_fixture.hpp"
#include "support/layout_check.hpp"

namespace limber {
namespace {

using namespace std::chrono_literals;

class LanguageGui : public testing::GuiTest, public ::testing::WithParamInterface<std::string> {
 protected:
  void TearDown() override { (void)use_language("en", LIMBER_BUILD_LOCALE_DIR); }
  // Letters without a mark of the pseudo-language: its brackets, its padding, or an accented
  // letter (every vowel is accented, so every word of a translated line carries one).
  static bool untranslated(const std::string& text) {
    bool letters = false;
    for (const char ch : text) {
      const auto c = static_cast<unsigned char>(ch);
      if (c == '[' || c == ']' || c == '~' || c >= 0x80) return false;
      if (std::isalpha(c) != 0) letters = true;
    }
    return letters;
  }
  // Words no language changes: the app's name, each language's own name in the language list,
  // a file's name ("exercises.xml") or a folder's path, and what the user (or the routine file) wrote, shown in a
  // text field.
  static bool kept_as_is(const testing::DrawnRun& run, const DrawnButtons& controls) {
    for (const char* name : {"Limber", "English", "Deutsch", "Nederlands"}) {
      if (run.text == name) return true;
    }
    if (run.text.find(' ') == std::string::npos && run.text.find('.') != std::string::npos) return true;
    if (!run.text.empty() && run.text[0] == '/') return true;  // a folder's path
    return std::any_of(controls.begin(), controls.end(), [&](const DrawnButton& c) {
      return c.label.rfind("##", 0) == 0 && run.at.x >= c.min.x && run.at.x <= c.max.x && run.at.y >= c.min.y && run.at.y <= c.max.y;
    });
  }
  // The screen at each size in turn, the window resized as a desktop would, measured and kept.
  void measure_and_keep(GuiApp& app, const std::function<const DrawnButtons&()>& buttons, const std::string& screen) {
    const std::filesystem::path shots(LIMBER_SCREENSHOT_DIR);
    std::filesystem::create_directories(shots);
    for (const auto& [w, h] : {std::pair{800, 480}, std::pair{1280, 800}, std::pair{800, 1280}}) {
      SDL_SetWindowSize(app.window().sdl(), w, h);
      steps(app, 4);
      ASSERT_EQ(app.window().width(), w);
      ASSERT_EQ(app.window().height(), h);
      const std::string size = fmt::format("{}x{}", w, h);
      const std::string where = fmt::format("{} in {} at {}", screen, GetParam(), size);
      for (const auto& problem : testing::layout_problems(buttons(), where)) ADD_FAILURE() << problem;
      if (GetParam() == kPseudoLanguage) {
        for (const auto& run : testing::drawn_text()) {
          if (kept_as_is(run, buttons())) continue;
          EXPECT_FALSE(untranslated(run.text)) << where << ": \"" << run.text << "\" at (" << run.at.x << ", " << run.at.y
                                               << ") bypassed translation";
        }
      }
      EXPECT_TRUE(app.window().save_screenshot(shots / fmt::format("{}-{}-{}.png", screen, GetParam(), size)));
    }
    SDL_SetWindowSize(app.window().sdl(), 800, 480);
    steps(app, 4);
  }
};

TEST_P(LanguageGui, EveryScreenFitsAtEverySize) {
  ASSERT_EQ(use_language(GetParam(), LIMBER_BUILD_LOCALE_DIR), GetParam());
  const auto routine = scratch_ / "sides.yaml";
  // With its own German, as the built-in routines have.
  testing::write_file(routine, "limber: 1\nname: Both sides\nget_ready: 1s\ntranslations: {de: {name: Beide Seiten}}\n"
                               "exercises:\n"
                               "  - {name: Calf stretch, sides: [left, right], reps: 1, hold: 2s, rest: 2s, switch: 2s,\n"
                               "     translations: {de: {name: Wadendehnung an der Wand}}}\n");
  options_.width = 800;
  options_.height = 480;
  auto app = open();
  measure_and_keep(*app, [&]() -> const DrawnButtons& { return app->library().view().buttons(); }, "library");
  app.reset();
  app = open(routine.string());
  ASSERT_EQ(app->screen(), Screen::session);
  const auto in_phase = [&](PhaseKind kind) {
    const SessionDriver* driver = app->session().driver();
    const PlannedPhase* phase = driver != nullptr ? driver->engine().current_phase() : nullptr;
    return phase != nullptr && phase->kind == kind;
  };
  run_until(*app, [&] { return in_phase(PhaseKind::hold); }, 10s);
  steps(*app, 10, 50ms);
  const auto session_buttons = [&]() -> const DrawnButtons& { return app->session().view().buttons(); };
  if (GetParam() == "de") {
    EXPECT_EQ(app->session().driver()->engine().plan().exercises[0].name, "Wadendehnung an der Wand");
  }
  measure_and_keep(*app, session_buttons, "session-hold");
  run_until(*app, [&] { return in_phase(PhaseKind::switch_sides); }, 10s);
  steps(*app, 10, 50ms);
  measure_and_keep(*app, session_buttons, "session-switch");
  run_until(*app, [&] { return app->screen() == Screen::summary; }, 20s);
  ASSERT_EQ(app->screen(), Screen::summary);
  measure_and_keep(*app, [&]() -> const DrawnButtons& { return app->summary().view().buttons(); }, "summary");
  press(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  press(*app, SDLK_p, SDL_SCANCODE_P);
  ASSERT_EQ(app->screen(), Screen::progress);
  measure_and_keep(*app, [&]() -> const DrawnButtons& { return app->progress().view().buttons(); }, "progress");
  press(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  press(*app, SDLK_s, SDL_SCANCODE_S);
  ASSERT_EQ(app->screen(), Screen::settings);
  const auto settings_buttons = [&]() -> const DrawnButtons& { return app->settings().view().buttons(); };
  measure_and_keep(*app, settings_buttons, "settings");
  // The voice list: every voice and language named in the user's language.
  const auto which = std::find_if(settings_buttons().begin(), settings_buttons().end(), [](const DrawnButton& b) {
    return b.label.size() > 7 && b.label.compare(b.label.size() - 7, 7, "##which") == 0;
  });
  ASSERT_NE(which, settings_buttons().end());
  tap_at(*app, which->centre());
  ASSERT_TRUE(app->settings().model().voice_list_open);
  measure_and_keep(*app, settings_buttons, "voice-list");
  press(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  press(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  press(*app, SDLK_i, SDL_SCANCODE_I);
  ASSERT_EQ(app->screen(), Screen::importer);
  const auto import_buttons = [&]() -> const DrawnButtons& { return app->importer().view().buttons(); };
  measure_and_keep(*app, import_buttons, "import");
  // Limber's own file chooser (no portal on a bus that is not there), in an empty home folder.
  ::setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/limber-test-bus", 1);
  std::filesystem::create_directories(scratch_ / "home");
  ::setenv("HOME", (scratch_ / "home").c_str(), 1);
  const auto choose = std::find_if(import_buttons().begin(), import_buttons().end(),
                                   [](const DrawnButton& b) { return b.label.find("##choose-file") != std::string::npos; });
  ASSERT_NE(choose, import_buttons().end());
  tap_at(*app, choose->centre());
  ASSERT_TRUE(wait_for_news(*app, [&] { return app->importer().model().browser.has_value(); }));
  ::unsetenv("DBUS_SESSION_BUS_ADDRESS");
  measure_and_keep(*app, import_buttons, "folder-browser");
  press(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  press(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  // The night's rescue: which leg.
  press(*app, SDLK_c, SDL_SCANCODE_C);
  ASSERT_EQ(app->screen(), Screen::rescue);
  measure_and_keep(*app, [&]() -> const DrawnButtons& { return app->rescue().view().buttons(); }, "rescue");
  press(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  if (app->screen() != Screen::library) press(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  ASSERT_EQ(app->screen(), Screen::library);
  type_key(*app, SDLK_n, SDL_SCANCODE_N, KMOD_LCTRL);
  ASSERT_EQ(app->screen(), Screen::editor);
  const auto editor_buttons = [&]() -> const DrawnButtons& { return app->editor().view().buttons(); };
  measure_and_keep(*app, editor_buttons, "editor");
  // Down at the figures, as Tab brings them into view.
  const auto tile = std::find_if(editor_buttons().begin(), editor_buttons().end(),
                                 [](const DrawnButton& b) { return b.label.find("##figure-calf-ledge") != std::string::npos; });
  ASSERT_NE(tile, editor_buttons().end());
  ASSERT_TRUE(tab_to(*app, editor_buttons, tile->label));
  measure_and_keep(*app, editor_buttons, "editor-figures");
  // A new routine, once changed, is unsaved work: the editor asks.
  RoutineEditor* editor = app->editor().editor();
  ASSERT_NE(editor, nullptr);
  editor->draft().name += "!";
  editor->changed(false);
  type_key(*app, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
  ASSERT_EQ(app->screen(), Screen::editor);
  measure_and_keep(*app, editor_buttons, "editor-leave");
}

INSTANTIATE_TEST_SUITE_P(Languages, LanguageGui, ::testing::Values(std::string("de"), std::string(kPseudoLanguage)),
                         [](const auto& test) { return test.param == "de" ? std::string("German") : std::string("Pseudo"); });

}  // namespace
}  // namespace limber
