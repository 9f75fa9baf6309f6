#include "app/web_keyboard.hpp"

#include <SDL.h>
#include <emscripten.h>
#include <imgui.h>

#include <algorithm>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "app/window/gui_app.hpp"

namespace limber {
namespace {

const GuiApp* g_keyboard_app = nullptr;

// The device's keyboard (index.html's hidden input) follows ImGui's: shown while a text field
// has the keyboard, put away when none has. The keys the page presses for a field (limber_press_key)
// go down one turn and up the next, one key at a time, so each frame sees each press, however
// quickly the keyboard sent them.
bool g_keyboard_wanted = false;
// What the page typed, in order: a key to press, or text (which waits behind keys still to press).
struct Typed {
  std::optional<SDL_Scancode> key;
  std::string text;
};
std::deque<Typed> g_typed;
std::optional<SDL_Scancode> g_key_down;

// Text as SDL's own text events (32 bytes each, cut between characters).
void push_text(std::string_view rest) {
  while (!rest.empty()) {
    std::size_t take = std::min(rest.size(), static_cast<std::size_t>(SDL_TEXTINPUTEVENT_TEXT_SIZE - 1));
    while (take < rest.size() && take > 0 && (static_cast<unsigned char>(rest[take]) & 0xC0) == 0x80) --take;
    SDL_Event event{};
    event.type = SDL_TEXTINPUT;
    rest.substr(0, take).copy(event.text.text, take);
    SDL_PushEvent(&event);
    rest.remove_prefix(take);
  }
}

void push_key(Uint32 type, SDL_Scancode scancode) {
  SDL_Event event{};
  event.type = type;
  event.key.state = type == SDL_KEYDOWN ? SDL_PRESSED : SDL_RELEASED;
  event.key.keysym.scancode = scancode;
  event.key.keysym.sym = SDL_GetKeyFromScancode(scancode);
  SDL_PushEvent(&event);
}

// After a turn: the key down is let go of; else the text waiting goes in, up to the next key,
// which goes down.
void press_next_key() {
  if (const auto down = std::exchange(g_key_down, std::nullopt)) {
    push_key(SDL_KEYUP, *down);
    return;
  }
  while (!g_typed.empty() && !g_typed.front().key) {
    push_text(g_typed.front().text);
    g_typed.pop_front();
  }
  if (!g_typed.empty()) {
    g_key_down = g_typed.front().key;
    g_typed.pop_front();
    push_key(SDL_KEYDOWN, *g_key_down);
  }
}

EM_JS(void, limber_keyboard_wanted, (int wanted), {
  if (Module.limberKeyboardWanted) Module.limberKeyboardWanted(wanted !== 0);
});

}  // namespace

void set_keyboard_app(const GuiApp* app) { g_keyboard_app = app; }

void follow_text_input() {
  const bool wanted = ImGui::GetCurrentContext() != nullptr && ImGui::GetIO().WantTextInput;
  if (wanted != g_keyboard_wanted) {
    g_keyboard_wanted = wanted;
    limber_keyboard_wanted(wanted ? 1 : 0);
  }
  press_next_key();
}

}  // namespace limber

// From index.html's hidden input, which the device's keyboard types into: text as it is committed
// (a key, a dead key's accented letter, an IME's word), as SDL's own text events (32 bytes each,
// cut between characters), so ImGui takes it as it takes the desktop's.
extern "C" EMSCRIPTEN_KEEPALIVE void limber_type_text(const char* utf8) {
  if (!limber::g_key_down && limber::g_typed.empty()) {
    limber::push_text(utf8);
  } else {
    limber::g_typed.push_back({std::nullopt, utf8});
  }
}

// A key the hidden input took for a field (Enter, Backspace, the arrows; a tablet keyboard's
// Backspace, which comes only as an edit): pressed when the keys before it have been let go of.
extern "C" EMSCRIPTEN_KEEPALIVE void limber_press_key(int scancode) {
  limber::g_typed.push_back({static_cast<SDL_Scancode>(scancode), {}});
  if (!limber::g_key_down && limber::g_typed.size() == 1) limber::press_next_key();
}

// Whether a text field was drawn at (x, y) in the canvas's pixels: the page asks on a tap, and
// focuses its hidden input while the tap's gesture lasts (iPadOS opens its keyboard only then).
extern "C" EMSCRIPTEN_KEEPALIVE int limber_text_field_at(float x, float y) {
  if (limber::g_keyboard_app == nullptr) return 0;
  for (const auto& item : limber::g_keyboard_app->drawn_buttons()) {
    if (item.text_field && x >= item.visible_min.x && x < item.visible_max.x && y >= item.visible_min.y && y < item.visible_max.y) {
      return 1;
    }
  }
  return 0;
}

