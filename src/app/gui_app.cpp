#include "app/gui_app.hpp"

#include <SDL.h>
#include <backends/imgui_impl_sdl.h>
#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "app/session_outputs.hpp"
#include "core/session_start.hpp"
#include "platform/fonts.hpp"
#include "platform/paths.hpp"
#include "platform/screenshot.hpp"
#include "ui/theme.hpp"

namespace limber {

GuiApp::GuiApp(const AppContext& context, const GuiOptions& options)
    : context_(context), options_(options), services_(context, steady_clock_, system_clock_) {}

GuiApp::GuiApp(const AppContext& context, const GuiOptions& options, const MonotonicClock& clock, const WallClock& wall)
    : context_(context), options_(options), services_(context, clock, wall) {}

bool GuiApp::open() {
  services_.config_dir = resolve_config_dir();
  AppSettings& settings = services_.settings;
  settings = load_settings(services_.config_dir);
  if (options_.fullscreen) settings.fullscreen = *options_.fullscreen;
  if (options_.volume) settings.volume = *options_.volume;
  WindowOptions window_options{.width = options_.width, .height = options_.height, .fullscreen = settings.fullscreen};
  if (services_.config_dir) {
    std::error_code ec;
    std::filesystem::create_directories(*services_.config_dir, ec);
    if (!ec) window_options.imgui_ini_path = (*services_.config_dir / "imgui.ini").string();
  }
  auto window = AppWindow::open(window_options);
  if (!window) {
    no_display_ = window.error() == kNoDisplayError;
    if (!no_display_) {
      fmt::print(stderr, "limber: {}; `limber run ROUTINE --headless` runs a session in the terminal.\n",
                 window.error());
    }
    return false;
  }
  window_ = std::move(window.value());
  SDL_EnableScreenSaver();  // SDL turns it off by default; only a running session needs the screen awake

  auto outputs = open_session_outputs(
      options_.trace, options_.mute,
      AudioSettings{.volume = static_cast<float>(settings.volume) / 100.0f, .muted = settings.muted}, services_.clock);
  if (!outputs) {
    fmt::print(stderr, "limber: {}\n", outputs.error());
    return false;
  }
  services_.player = std::move(outputs->player);
  services_.trace = std::move(outputs->trace);
  update_fonts_if_needed();
  services_.history.open(context_.data_dir, services_.wall.now());
  if (options_.quit_after_seconds) {
    quit_at_ = services_.clock.now() + Nanos{static_cast<std::int64_t>(*options_.quit_after_seconds * 1e9)};
  }
  show(Screen::library);
  open_first_screen();
  return !quit_;
}

void GuiApp::open_first_screen() {
  if (options_.open_progress) show(Screen::progress);
  if (!options_.edit_routine.empty()) {
    const LibraryEntry* entry = library_.library().find(options_.edit_routine);
    if (entry == nullptr || !entry->routine) {
      fmt::print(stderr, "limber: no valid routine named `{}` to edit (see `limber list`)\n", options_.edit_routine);
      quit_ = true;
      return;
    }
    act({.kind = AppRequest::Kind::open_editor,
         .editor = RoutineEditor::for_file(entry->file, *entry->routine, entry->origin, entry->facts)});
  }
  if (!options_.routine.empty()) {
    const auto resolved = resolve_routine(context_, options_.routine);
    if (!resolved) {
      fmt::print(stderr, "{}", resolved.error());
      quit_ = true;
      return;
    }
    start_session(SessionRequest{*resolved, options_.reps});
    // The same words `limber run --headless` prints, so both paths say which reps they chose.
    if (const std::string reps = reps_choice_text(session_.reps()); !reps.empty()) {
      fmt::print("{}: {}.\n", resolved->routine.name, reps);
    }
  }
}

void GuiApp::act(AppRequest request) {
  switch (request.kind) {
    case AppRequest::Kind::none: return;
    case AppRequest::Kind::show_library: show(Screen::library); break;
    case AppRequest::Kind::show_progress: show(Screen::progress); break;
    case AppRequest::Kind::back_to_editor: show(editor_.is_open() ? Screen::editor : Screen::library); break;
    case AppRequest::Kind::open_editor:
      editor_.open(std::move(*request.editor), save_target());
      show(Screen::editor);
      break;
    case AppRequest::Kind::start_session: start_session(*request.session); break;
    case AppRequest::Kind::again:
      if (last_session_) {
        SessionRequest again = *last_session_;
        again.asked_reps = session_.reps().reps;
        start_session(again);
      }
      break;
    case AppRequest::Kind::routine_saved:
      library_.reload();
      editor_.set_target(save_target());
      break;
    case AppRequest::Kind::toggle_fullscreen: toggle_fullscreen(); break;
    case AppRequest::Kind::toggle_theme: toggle_theme(); break;
    case AppRequest::Kind::quit: quit_ = true; break;
  }
  frames_to_draw_ = kFramesAfterInput;
}

void GuiApp::show(Screen screen) {
  if (screen == Screen::library || screen == Screen::progress) services_.history.refresh();
  if (screen == Screen::library) library_.reload();
  if (screen == Screen::progress) progress_.refresh();
  screen_ = screen;
  frames_to_draw_ = kFramesAfterInput;
}

void GuiApp::start_session(const SessionRequest& request) {
  const Routine& routine = request.routine.routine;
  const RepsChoice choice =
      choose_reps(routine, services_.history.sessions(), request.asked_reps, services_.last_pick(routine.name));
  last_session_ = request;
  // A try from the editor is a rehearsal, not a session of the user's: it is not recorded.
  session_.start(request.routine, choice, /*record=*/!request.from_editor);
  screen_ = Screen::session;
  frames_to_draw_ = kFramesAfterInput;
}

void GuiApp::end_session() {
  session_.flush_history();  // the summary reads what it wrote
  summary_.open(session_.driver()->engine(), services_.clock.now(), last_session_ && last_session_->from_editor);
  show(Screen::summary);
}

SaveTarget GuiApp::save_target() const {
  SaveTarget target;
  target.user_dir = context_.data_dir ? *context_.data_dir / "routines" : std::filesystem::path("routines");
  for (const LibraryEntry& entry : library_.library().entries) target.taken_stems.push_back(entry.stem());
  return target;
}

void GuiApp::toggle_fullscreen() {
  services_.settings.fullscreen = !window_->fullscreen();
  window_->set_fullscreen(services_.settings.fullscreen);
  services_.save_settings();
}

void GuiApp::toggle_theme() {
  services_.settings.theme = services_.theme() == ThemeKind::dark ? ThemeKind::light : ThemeKind::dark;
  services_.save_settings();
  apply_style(services_.theme(), fonts_.body_px, touch_.seen());
}

void GuiApp::handle_key(SDL_Keycode key, Uint16 mods) {
  if (key == SDLK_F11) {
    toggle_fullscreen();
    return;
  }
  switch (screen_) {
    case Screen::library: act(library_.handle_key(key, mods)); break;
    case Screen::session: act(session_.handle_key(key)); break;
    case Screen::summary: act(summary_.handle_key(key)); break;
    case Screen::progress: act(progress_.handle_key(key)); break;
    case Screen::editor: act(editor_.handle_key(key, static_cast<SDL_Keymod>(mods))); break;
  }
}

void GuiApp::handle_event(const SDL_Event& event) {
  if (!TouchInput::is_synthetic_mouse(event) && !TouchInput::is_touch(event)) ImGui_ImplSDL2_ProcessEvent(&event);
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

void GuiApp::update_fonts_if_needed() {
  const float wanted = body_pixels_for(window_->width(), window_->height());
  if (fonts_.body != nullptr && std::abs(wanted - fonts_.body_px) < fonts_.body_px * 0.08f) return;
  fonts_ = load_fonts(wanted);
  window_->refresh_font_texture();
  apply_style(services_.theme(), fonts_.body_px, touch_.seen());
}

// Each screen draws and says what the user asked for; the screen carries it out and the shell
// does what it asks in return.
void GuiApp::draw_screen() {
  const auto respond = [this](auto& screen, auto intent) {
    if (!intent) return;
    act(screen.handle(*intent));
    frames_to_draw_ = kFramesAfterInput;
  };
  switch (screen_) {
    case Screen::library: respond(library_, library_.draw(fonts_, window_->fullscreen())); break;
    case Screen::session: respond(session_, session_.draw(fonts_, window_->fullscreen())); break;
    case Screen::summary: respond(summary_, summary_.draw(fonts_)); break;
    case Screen::progress: respond(progress_, progress_.draw(fonts_)); break;
    case Screen::editor: respond(editor_, editor_.draw(services_.theme(), fonts_)); break;
  }
}

void GuiApp::draw_frame() {
  update_fonts_if_needed();
  window_->begin_frame();
  frames_to_draw_ = std::max(frames_to_draw_, touch_.apply(ImGui::GetIO()));
  ImGui::NewFrame();
  ImGui::PushFont(fonts_.body);
  draw_screen();
  ImGui::PopFont();
  window_->end_frame();
  ++frames_drawn_;
  finish_frame(services_.clock.now());
}

void GuiApp::finish_frame(Nanos now) {
  if (quit_at_ && now >= *quit_at_) {
    if (!options_.screenshot.empty()) {
      auto saved = save_screenshot(options_.screenshot, window_->width(), window_->height());
      if (!saved) fmt::print(stderr, "limber: {}\n", saved.error());
    }
    quit_ = true;
  }
  SDL_GL_SwapWindow(window_->sdl());
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
  if (screen_ == Screen::library) earliest(std::max(now, library_.next_poll()));
  return wake;
}

int GuiApp::run() {
  if (!open()) return no_display_ ? kExitNoDisplay : 1;
  while (step()) {
  }
  return 0;
}

bool GuiApp::step(std::optional<Nanos> max_wait) {
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
  if (screen_ == Screen::library && library_.poll(services_.clock.now())) frames_to_draw_ = kFramesAfterInput;
  const Nanos after = services_.clock.now();
  const bool session_frame = screen_ == Screen::session && session_.frame_due(after);
  if (frames_to_draw_ > 0 || session_frame || (quit_at_ && after >= *quit_at_)) {
    if (frames_to_draw_ > 0) --frames_to_draw_;
    draw_frame();
    if (screen_ == Screen::session && !session_.running()) end_session();
  }
  if (!quit_) return true;
  session_.stop();
  SDL_EnableScreenSaver();
  return false;
}

int run_gui(const AppContext& context, const GuiOptions& options) {
  GuiApp app(context, options);
  return app.run();
}

}  // namespace limber
