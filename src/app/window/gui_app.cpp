#include "app/window/gui_app.hpp"

#include <SDL.h>
#include <backends/imgui_impl_sdl.h>
#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>
#include <future>

#include "platform/png_file.hpp"
#include "platform/screen_awake.hpp"
#include "platform/threads.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace limber {

GuiApp::GuiApp(const AppContext& context, const GuiOptions& options)
    : context_(context), options_(options), services_(context, steady_clock_, system_clock_) {}

GuiApp::GuiApp(const AppContext& context, const GuiOptions& options, const MonotonicClock& clock, const WallClock& wall)
    : context_(context), options_(options), services_(context, clock, wall) {}

void GuiApp::handle_key(SDL_Keycode key, Uint16 mods) {
  if (key == SDLK_F11) {
    toggle_fullscreen();
    return;
  }
  // While a text field has the keyboard its keys are the field's: Backspace deletes a letter and
  // never means Back, the arrows move in the text. Escape, Tab and shortcuts with Ctrl still act.
  const bool typing = ImGui::GetCurrentContext() != nullptr && ImGui::GetIO().WantTextInput;
  if (typing && key != SDLK_ESCAPE && key != SDLK_TAB && (mods & (KMOD_CTRL | KMOD_GUI)) == 0) return;
  // While a control shows the keyboard focus, Space and Enter press it (ImGui does, in the next
  // frame); the screens' own meanings for them (pause, back) wait until the focus is gone.
  const bool activates = key == SDLK_SPACE || key == SDLK_RETURN || key == SDLK_KP_ENTER;
  if (activates && keyboard_focus_shown_) return;
  if (key == SDLK_TAB) {
    request_focus(next_in_tab_order(drawn_buttons(), (mods & KMOD_SHIFT) != 0));
    return;
  }
  // In a session the arrows skip and go back, except while a control wears the focus ring: then
  // they move it, as everywhere else.
  const bool arrow = key == SDLK_LEFT || key == SDLK_RIGHT || key == SDLK_UP || key == SDLK_DOWN;
  if (arrow && keyboard_focus_shown_ && screen_ == Screen::session) return;
  act(entry(screen_).key(key, mods));
}

const DrawnButtons& GuiApp::drawn_buttons() const { return entry(screen_).buttons(); }

void GuiApp::handle_event(const SDL_Event& event) {
  if (folder_events_.take(event)) return;  // not input: nothing to redraw unless something changed
  // In a session the arrows are its own keys (skip, back) until a control wears the focus ring:
  // ImGui does not see them, or they would wake its focus on a control instead.
  const bool session_arrow = screen_ == Screen::session && !keyboard_focus_shown_ &&
                             (event.type == SDL_KEYDOWN || event.type == SDL_KEYUP) &&
                             (event.key.keysym.sym == SDLK_LEFT || event.key.keysym.sym == SDLK_RIGHT ||
                              event.key.keysym.sym == SDLK_UP || event.key.keysym.sym == SDLK_DOWN);
  if (!TouchInput::is_synthetic_mouse(event) && !TouchInput::is_touch(event) && !session_arrow &&
      !key_releases_.hold(event)) {
    ImGui_ImplSDL2_ProcessEvent(&event);
  }
  if (event.type == SDL_QUIT) quit_ = true;
  if (event.type == SDL_KEYDOWN && event.key.repeat == 0) handle_key(event.key.keysym.sym, event.key.keysym.mod);
  if (TouchInput::is_touch(event)) {
    const bool first = !touch_.seen();
    touch_.push(event, ImGui::GetIO().DisplaySize);
    if (first) {
      ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_IsTouchScreen;
      apply_style(services_.theme(), fonts_.body_px, true);
    }
  }
  frames_to_draw_ = kFramesAfterInput;
}

// Each screen draws and says what the user asked for; the screen carries it out and the shell
// does what it asks in return.
void GuiApp::draw_screen() {
  if (const auto request = entry(screen_).draw()) {
    act(*request);
    frames_to_draw_ = kFramesAfterInput;
  }
}

void GuiApp::draw_frame() {
  update_fonts_if_needed();
  window_->begin_frame();
  ImGuiIO& io = ImGui::GetIO();
  frames_to_draw_ = std::max(frames_to_draw_, touch_.apply(io));
  // ImGui 1.86 presses the focused control with Space only; Enter does it too, except in a text field.
  if (!io.WantTextInput && (io.KeysDown[SDL_SCANCODE_RETURN] || io.KeysDown[SDL_SCANCODE_KP_ENTER])) {
    io.NavInputs[ImGuiNavInput_Activate] = 1.0f;
  }
  ImGui::NewFrame();
  ImGui::PushFont(fonts_.body);
  draw_screen();
  ImGui::PopFont();
  keyboard_focus_shown_ = take_focus_shown();
  window_->end_frame();
  // Keys let go of since this frame began are up for the next one, which then saw them down.
  for (SDL_Event& up : key_releases_.after_frame()) ImGui_ImplSDL2_ProcessEvent(&up);
  startup_.mark("first frame");
  ++frames_drawn_;
  last_frame_at_ = services_.clock.now();
  finish_frame(services_.clock.now());
}

void GuiApp::finish_frame(Nanos now) {
  if (quit_at_ && now >= *quit_at_) {
    if (!options_.screenshot.empty()) {
      // Encoded on another thread while the frame is shown (the loop waits for it as it quits).
      auto pixels = window_->read_pixels();
      if (pixels) {
        screenshot_written_ = in_background([path = options_.screenshot, shot = std::move(pixels.value())] {
          if (auto saved = save_xrgb_png(path, shot.width, shot.height, shot.xrgb.data()); !saved) {
            fmt::print(stderr, "limber: {}\n", saved.error());
          }
        });
      } else {
        fmt::print(stderr, "limber: {}\n", pixels.error());
      }
      startup_.mark("screenshot read");
    }
    quit_ = true;
  }
  window_->present();
  startup_.mark("shown");
  startup_.finish();
}

std::optional<Nanos> GuiApp::next_wake() const {
  const Nanos now = services_.clock.now();
  std::optional<Nanos> wake;
  const auto earliest = [&wake](Nanos at) { wake = wake ? std::min(*wake, at) : at; };
  if (frames_to_draw_ > 0) earliest(now);
  if (screen_ == Screen::session) {
    if (auto at = session_.wake_at()) earliest(*at);
  }
  if (quit_at_) earliest(*quit_at_);
  if (screen_ == Screen::library && !folder_events_.watching_routines()) earliest(std::max(now, library_.next_poll()));
  if (screen_ == Screen::editor && editor_.animating()) earliest(last_frame_at_ + kFigureFrame);
  if (auto at = services_.history.next_sync_poll(now);
      at && screen_ != Screen::session && (!folder_events_.watching_sync() || services_.history.merging())) {
    earliest(std::max(now, *at));
  }
  if (services_.history.importing()) earliest(now + WindowHistory::kMergeLook);
  if (auto at = session_.sound_release_at()) earliest(std::max(now, *at));
  if (auto at = services_.sound ? services_.sound->close_at() : std::nullopt) earliest(std::max(now, *at));
  return wake;
}

void GuiApp::take_folder_news() {
  const Nanos now = services_.clock.now();
  if (frames_drawn_ > 0 && screen_ != Screen::session && services_.history.finish_opening()) {
    if (screen_ == Screen::library) library_.reload();  // its suggestions come from the history
    frames_to_draw_ = kFramesAfterInput;
  }
  // A change seen while another screen shows waits for the library (which reads the folders
  // when it shows anyway).
  if (screen_ == Screen::library) {
    const bool reloaded = folder_events_.watching_routines()
                              ? folder_events_.routines_changed() && library_.reload_if_changed()
                              : library_.poll(now);
    if (reloaded) frames_to_draw_ = kFramesAfterInput;
  }
  // Another device's sessions and diary, merged between sessions (never while one runs).
  if (screen_ != Screen::session) {
    const bool merged = !folder_events_.watching_sync()   ? services_.history.poll_sync(now)
                        : folder_events_.sync_changed() ? services_.history.merge_if_changed()
                                                        : services_.history.take_merge();
    if (merged) frames_to_draw_ = kFramesAfterInput;
  }
  if (importer_.take_history_import()) frames_to_draw_ = kFramesAfterInput;
}

int GuiApp::run() {
  if (!open()) return no_display_ ? kExitNoDisplay : 1;
  while (step()) {
  }
  return 0;
}

bool GuiApp::step(std::optional<Nanos> max_wait) {
  if (!window_) return false;  // open() failed: there is nothing to run
  const Nanos now = services_.clock.now();
  auto wake = next_wake();
  if (max_wait) wake = wake ? std::min(*wake, now + *max_wait) : now + *max_wait;
  SDL_Event event;
  // Idle costs nothing: block until input or the next thing that must happen.
  const auto wait_ms = [&] {
    return static_cast<int>(std::max<std::int64_t>(0, std::chrono::ceil<std::chrono::milliseconds>(*wake - now).count()));
  };
  const bool got = !wake ? SDL_WaitEvent(&event) == 1 : SDL_WaitEventTimeout(&event, wait_ms()) == 1;
  if (got) {
    handle_event(event);
    while (SDL_PollEvent(&event) == 1) handle_event(event);
  }
  session_.tick();
  if (screen_ == Screen::session && !session_.running()) end_session();
  session_.release_sound_if_quiet(services_.clock.now());
  if (services_.sound) services_.sound->close_if_quiet(services_.clock.now());
  take_folder_news();
  const Nanos after = services_.clock.now();
  const bool session_frame = (screen_ == Screen::session && session_.frame_due(after)) ||
                             (screen_ == Screen::editor && editor_.animating() && after >= last_frame_at_ + kFigureFrame);
  if (frames_to_draw_ > 0 || session_frame || (quit_at_ && after >= *quit_at_)) {
    if (frames_to_draw_ > 0) --frames_to_draw_;
    draw_frame();
    if (screen_ == Screen::session && !session_.running()) end_session();
  }
  if (!quit_) return true;
  if (screenshot_written_.valid()) screenshot_written_.wait();  // written while the frame was shown
  session_.stop();
  keep_screen_awake(false);
  return false;
}

int run_gui(const AppContext& context, const GuiOptions& options) {
  GuiApp app(context, options);
  return app.run();
}

}  // namespace limber
