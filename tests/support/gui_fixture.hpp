#pragma once
// A real window under Xvfb on injected clocks, for GUI tests: each test steps the loop on virtual
// time (a two-minute session takes no two minutes of waiting), taps buttons where they were drawn,
// presses keys, and reads the history file the app writes.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <memory>
#include <string>

#include "app/window/gui_app.hpp"
#include "core/base/calendar.hpp"
#include "core/base/record_ids.hpp"
#include "core/history/history_store.hpp"
#include "support/fixtures.hpp"

namespace limber::testing {

using namespace std::chrono_literals;

class GuiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ::setenv("XDG_CONFIG_HOME", (scratch_ / "config").c_str(), 1);
    ::setenv("XDG_CACHE_HOME", (scratch_ / "cache").c_str(), 1);
    context_.data_dir = scratch_ / "data";
    options_.mute = true;
    options_.fullscreen = false;
    options_.size_given = true;  // the sizes the tests ask for, whatever the virtual screen's
  }

  std::unique_ptr<GuiApp> open(const std::string& routine = "") {
    options_.routine = routine;
    auto app = std::make_unique<GuiApp>(context_, options_, clock_, wall_);
    EXPECT_TRUE(app->open());
    steps(*app, 5);
    return app;
  }

  // Turns of the loop, each `by` later on the virtual clock; nothing waits in real time.
  void steps(GuiApp& app, int count, Nanos by = 20ms) {
    for (int i = 0; i < count; ++i) {
      clock_.advance(by);
      app.step(0ns);
    }
  }
  // Runs the loop on virtual time, jumping to each moment it must wake, until `done` (or `limit`).
  void run_until(GuiApp& app, const std::function<bool()>& done, Nanos limit) {
    const Nanos end = clock_.now() + limit;
    while (!done() && clock_.now() < end) {
      const Nanos wake = std::min(app.next_wake().value_or(end), end);
      clock_.set(std::max(clock_.now() + 1ms, wake));
      app.step(0ns);
    }
  }

  // On the real clock, for news from outside the loop (a folder watch's event): turns of the
  // loop, each blocking up to 20 ms in SDL, until `done` or `limit`.
  static bool wait_for_news(GuiApp& app, const std::function<bool()>& done, std::chrono::milliseconds limit = 3s) {
    const auto end = std::chrono::steady_clock::now() + limit;
    while (!done() && std::chrono::steady_clock::now() < end) app.step(20ms);
    return done();
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
  void press(GuiApp& app, SDL_Keycode key, SDL_Scancode scancode) {
    push_key(key, scancode);
    steps(app, 4);
  }
  // A key held for a couple of frames, as a person presses it (ImGui sees keys only while down).
  void type_key(GuiApp& app, SDL_Keycode key, SDL_Scancode scancode, Uint16 mods = KMOD_NONE) {
    SDL_Event event{};
    event.type = SDL_KEYDOWN;
    event.key.keysym.sym = key;
    event.key.keysym.scancode = scancode;
    event.key.keysym.mod = mods;
    SDL_PushEvent(&event);
    steps(app, 2);
    event.type = SDL_KEYUP;
    SDL_PushEvent(&event);
    steps(app, 3);
  }
  // Text as the keyboard types it: SDL's text events, at most 31 bytes each.
  void type_text(GuiApp& app, const std::string& text) {
    for (std::size_t at = 0; at < text.size(); at += 31) {
      SDL_Event event{};
      event.type = SDL_TEXTINPUT;
      const std::string part = text.substr(at, 31);
      std::copy(part.begin(), part.end(), event.text.text);
      SDL_PushEvent(&event);
      steps(app, 1);
    }
    steps(app, 2);
  }
  // Tab until the button labelled `label` has the keyboard focus (at most `limit` presses).
  bool tab_to(GuiApp& app, const std::function<const DrawnButtons&()>& buttons, const std::string& label,
              int limit = 60) {
    for (int i = 0; i < limit; ++i) {
      for (const DrawnButton& b : buttons()) {
        if (b.focused && b.label == label) return true;
      }
      type_key(app, SDLK_TAB, SDL_SCANCODE_TAB);
    }
    return false;
  }

  // A finger tap at a point of the window, in pixels.
  void tap_at(GuiApp& app, ImVec2 at) {
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    push_finger(SDL_FINGERDOWN, at.x / size.x, at.y / size.y);
    push_finger(SDL_FINGERUP, at.x / size.x, at.y / size.y);
    steps(app, 6);
  }
  // A finger tap on the button with this label, as drawn in the last frame.
  void tap(GuiApp& app, const DrawnButtons& buttons, const std::string& label) {
    const auto button = std::find_if(buttons.begin(), buttons.end(), [&](const DrawnButton& b) { return b.label == label; });
    ASSERT_NE(button, buttons.end()) << "no button " << label;
    tap_at(app, button->centre());
  }

  HistoryStore history() {
    std::filesystem::create_directories(scratch_ / "data");
    auto store = HistoryStore::open(scratch_ / "data" / "history.sqlite3");
    EXPECT_TRUE(store) << store.error().message;
    return std::move(store.value());
  }
  [[nodiscard]] DayNumber today() const { return *parse_date(local_date(wall_.now())); }

  ScratchDir scratch_;
  AppContext context_;
  GuiOptions options_;
  ManualClock clock_{Nanos{std::chrono::hours{1}}};
  ManualWallClock wall_{std::chrono::system_clock::now()};
};

inline const LibraryCard* card_named(GuiApp& app, const std::string& name) {
  const auto& cards = app.library().cards();
  const auto found = std::find_if(cards.begin(), cards.end(), [&](const LibraryCard& c) { return c.name == name; });
  return found == cards.end() ? nullptr : &*found;
}

inline int card_index(GuiApp& app, const std::string& name) {
  const auto& cards = app.library().cards();
  const auto found = std::find_if(cards.begin(), cards.end(), [&](const LibraryCard& c) { return c.name == name; });
  return found == cards.end() ? -1 : static_cast<int>(found - cards.begin());
}

}  // namespace limber::testing
