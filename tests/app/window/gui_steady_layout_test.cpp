// Nothing moves under the finger: on each screen, every control is tapped in turn (each in the
// state the taps before it left), and no other control that is on the screen before and after the
// tap may have moved. A tap aimed at the next control must land on it. Controls a tap shows or
// hides on purpose, and a change of screen, are the only exceptions.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <set>

#include "support/gui_fixture.hpp"

namespace limber {
namespace {

using namespace std::chrono_literals;
using testing::GuiTest;

struct ScreenWalk {
  const char* name;
  Screen screen;
  std::function<void(GuiApp&)> enter;               // from anywhere to this screen
  std::function<const DrawnButtons&(GuiApp&)> buttons;
  // Taps that leave the app, change the language or the window, or rearrange the screen on
  // purpose (an exercise added to the editor's list): not taps "elsewhere".
  std::set<std::string> skip_prefixes;
};

class SteadyLayout : public GuiTest {
 protected:
  // Each control's rectangle, by its label, where the whole of it can be seen and tapped.
  static std::map<std::string, std::pair<ImVec2, ImVec2>> rects(const DrawnButtons& buttons) {
    std::map<std::string, std::pair<ImVec2, ImVec2>> out;
    for (const DrawnButton& b : buttons) {
      if (b.question || !b.is_visible()) continue;
      if (b.visible_min.x != b.min.x || b.visible_min.y != b.min.y || b.visible_max.x != b.max.x ||
          b.visible_max.y != b.max.y) {
        continue;  // partly scrolled out of its region
      }
      out.emplace(b.label, std::make_pair(b.min, b.max));
    }
    return out;
  }

  // Taps every control of the screen once; returns how many taps were checked. A tap that leaves
  // the screen is a change of screen, moving everything on purpose: the walk goes on in a window
  // opened again on the screen.
  int walk(const ScreenWalk& s) {
    auto app = open();
    s.enter(*app);
    EXPECT_EQ(app->screen(), s.screen) << s.name;
    std::vector<std::string> labels;
    for (const auto& [label, rect] : rects(s.buttons(*app))) labels.push_back(label);
    int checked = 0;
    for (const std::string& label : labels) {
      const bool skipped = std::any_of(s.skip_prefixes.begin(), s.skip_prefixes.end(),
                                       [&](const std::string& prefix) { return label.rfind(prefix, 0) == 0; });
      if (skipped) continue;
      if (app->screen() != s.screen) {
        app.reset();
        app = open();
        s.enter(*app);
      }
      const auto before = rects(s.buttons(*app));
      const auto found = before.find(label);
      if (found == before.end()) continue;  // hidden by an earlier tap
      const ImVec2 at((found->second.first.x + found->second.second.x) / 2, (found->second.first.y + found->second.second.y) / 2);
      tap_at(*app, at);
      steps(*app, 3);
      if (app->screen() != s.screen) continue;
      ++checked;
      const auto after = rects(s.buttons(*app));
      for (const auto& [other, rect] : before) {
        if (other == label) continue;
        const auto now = after.find(other);
        if (now == after.end()) continue;  // hidden by this tap, on purpose
        const float moved = std::max({std::abs(now->second.first.x - rect.first.x), std::abs(now->second.first.y - rect.first.y),
                                      std::abs(now->second.second.x - rect.second.x),
                                      std::abs(now->second.second.y - rect.second.y)});
        EXPECT_LE(moved, 1.0f) << s.name << ": tapping \"" << label << "\" moved \"" << other << "\" from (" << rect.first.x
                               << ", " << rect.first.y << ")-(" << rect.second.x << ", " << rect.second.y << ") to ("
                               << now->second.first.x << ", " << now->second.first.y << ")-(" << now->second.second.x
                               << ", " << now->second.second.y << ")";
      }
    }
    return checked;
  }
};

// A tablet held upright, where rows wrap and a moved control is most likely.
TEST_F(SteadyLayout, NoTapMovesAnotherControlOnAnyScreen) {
  options_.width = 800;
  options_.height = 1280;
  ::setenv("HOME", scratch_.path().c_str(), 1);
  const std::vector<ScreenWalk> screens = {
      {"library", Screen::library, [](GuiApp&) {},
       [](GuiApp& a) -> const DrawnButtons& { return a.library().view().buttons(); },
       {"Quit", "Delete", "Full screen"}},
      {"settings", Screen::settings,
       [&](GuiApp& a) {
         press(a, SDLK_s, SDL_SCANCODE_S);
       },
       [](GuiApp& a) -> const DrawnButtons& { return a.settings().view().buttons(); },
       // A language changes every word on the screen, on purpose.
       {"Back", "English", "Deutsch", "Nederlands", "Fran", "Espa", "System", "Remove", "Full screen"}},
      {"progress", Screen::progress,
       [&](GuiApp& a) {
         press(a, SDLK_p, SDL_SCANCODE_P);
       },
       [](GuiApp& a) -> const DrawnButtons& { return a.progress().view().buttons(); },
       {"Back", "Delete", "Report"}},
      {"editor", Screen::editor,
       [&](GuiApp& a) {
         type_key(a, SDLK_n, SDL_SCANCODE_N, KMOD_LCTRL);
       },
       [](GuiApp& a) -> const DrawnButtons& { return a.editor().view().buttons(); },
       // Adding, copying, removing and moving exercises or phases rearranges the list on purpose.
       // Undo and Redo bring back an earlier form, whatever it held.
       {"Add", "Copy", "Remove", "Up", "Down", "Undo", "Redo"}},
      {"summary", Screen::summary,
       [&](GuiApp& a) {
         tap(a, a.library().view().buttons(), "Start##" + std::to_string(testing::card_index(a, "Morning calf stretch")));
         type_key(a, SDLK_ESCAPE, SDL_SCANCODE_ESCAPE);
         type_key(a, SDLK_RETURN, SDL_SCANCODE_RETURN);
       },
       [](GuiApp& a) -> const DrawnButtons& { return a.summary().view().buttons(); },
       {"Back", "Do it again", "Close Limber"}},
  };
  for (const ScreenWalk& s : screens) {
    const int checked = walk(s);
    EXPECT_GE(checked, 3) << s.name << ": too few taps checked to mean anything";
    std::cout << s.name << ": " << checked << " taps checked\n";
  }
}

}  // namespace
}  // namespace limber
