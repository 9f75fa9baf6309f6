// The window's screens in one table (gui_app.hpp): the shell's key, draw and focus code reads it,
// so a new screen is one entry here, its Screen, and its member.
#include "app/window/gui_app.hpp"

#include <algorithm>

namespace limber {
namespace {

// A screen's draw as the table holds it: what the user asked for, carried out by the screen;
// what the screen asks of the shell in return.
template <class ScreenT, class Intent>
std::optional<AppRequest> carried_out(ScreenT& screen, const std::optional<Intent>& intent) {
  if (!intent) return std::nullopt;
  return screen.handle(*intent);
}

}  // namespace

std::vector<GuiApp::ScreenEntry> GuiApp::screen_table() {
  return {
      {Screen::library, [this](SDL_Keycode k, Uint16 m) { return library_.handle_key(k, m); },
       [this] { return carried_out(library_, library_.draw(fonts_, window_->fullscreen())); },
       [this]() -> const DrawnButtons& { return library_.view().buttons(); }},
      {Screen::session, [this](SDL_Keycode k, Uint16) { return session_.handle_key(k); },
       [this] { return carried_out(session_, session_.draw(fonts_, window_->fullscreen())); },
       [this]() -> const DrawnButtons& { return session_.view().buttons(); }},
      {Screen::summary, [this](SDL_Keycode k, Uint16) { return summary_.handle_key(k); },
       [this] { return carried_out(summary_, summary_.draw(fonts_)); },
       [this]() -> const DrawnButtons& { return summary_.view().buttons(); }},
      {Screen::progress, [this](SDL_Keycode k, Uint16) { return progress_.handle_key(k); },
       [this] { return carried_out(progress_, progress_.draw(fonts_)); },
       [this]() -> const DrawnButtons& { return progress_.view().buttons(); }},
      {Screen::editor, [this](SDL_Keycode k, Uint16 m) { return editor_.handle_key(k, static_cast<SDL_Keymod>(m)); },
       [this] { return carried_out(editor_, editor_.draw(services_.theme(), fonts_, services_.clock.now())); },
       [this]() -> const DrawnButtons& { return editor_.view().buttons(); }},
      {Screen::settings, [this](SDL_Keycode k, Uint16) { return settings_.handle_key(k); },
       [this] { return carried_out(settings_, settings_.draw(fonts_)); },
       [this]() -> const DrawnButtons& { return settings_.view().buttons(); }},
      {Screen::rescue, [this](SDL_Keycode k, Uint16) { return rescue_.handle_key(k); },
       [this] { return carried_out(rescue_, rescue_.draw(services_.theme(), fonts_)); },
       [this]() -> const DrawnButtons& { return rescue_.view().buttons(); }},
      {Screen::importer, [this](SDL_Keycode k, Uint16) { return importer_.handle_key(k); },
       [this] {
         auto request = carried_out(importer_, importer_.draw(fonts_));
         return request ? request : importer_.take_pending();  // a file the desktop's chooser gave
       },
       [this]() -> const DrawnButtons& { return importer_.view().buttons(); }},
  };
}

const GuiApp::ScreenEntry& GuiApp::entry(Screen screen) const {
  const auto found = std::find_if(screens_.begin(), screens_.end(), [screen](const ScreenEntry& e) { return e.screen == screen; });
  return found != screens_.end() ? *found : screens_.front();
}

}  // namespace limber
