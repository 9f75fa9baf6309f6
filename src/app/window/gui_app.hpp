#pragma once
// The window's shell: owns the window, the fonts, touch input, the frame pacing and which screen
// is showing, and carries out what the screens ask (AppRequest). Each screen is a controller of
// its own (library, session, summary, progress, editor: `*_screen.hpp`) with the same shape:
// state, `draw` returning the user's intent, `handle(intent)` and `handle_key` returning a request.

#include <SDL.h>

#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/services/app_context.hpp"
#include "app/window/app_request.hpp"
#include "app/window/editor_screen.hpp"
#include "app/window/folder_events.hpp"
#include "app/window/import_screen.hpp"
#include "app/window/library_screen.hpp"
#include "app/window/progress_screen.hpp"
#include "app/window/rescue_screen.hpp"
#include "app/window/session_screen.hpp"
#include "app/window/settings_screen.hpp"
#include "app/window/startup_timer.hpp"
#include "app/window/summary_screen.hpp"
#include "app/window/key_releases.hpp"
#include "app/window/touch_input.hpp"
#include "app/window/window_services.hpp"
#include "platform/window.hpp"
#include "ui/view_fonts.hpp"

namespace limber {

struct GuiOptions {
  std::string routine;  // non-empty: open the session screen on it directly
  std::optional<int> reps{};
  std::optional<bool> fullscreen{};  // --fullscreen / --windowed; otherwise as last time
  int width = 1280;
  int height = 800;
  bool size_given = false;  // --window-size: exactly that; otherwise fitted to the display
  std::string screenshot{};  // write the last frame here before quitting
  std::optional<double> quit_after_seconds{};
  bool mute = false;
  std::optional<int> volume{};
  std::string trace{};
  bool open_progress = false;  // open on the progress screen
  bool open_settings = false;  // open on the settings screen
  std::string edit_routine{};  // non-empty: open the editor on this routine (a name, stem or file)
  std::optional<RendererChoice> renderer{};  // this time only; otherwise as in the settings
  bool rescue = false;           // `limber sos`: open on the rescue's leg question
  std::optional<Side> rescue_leg{};  // `limber sos --leg`: straight into the rescue for that leg
};

// The exit code of run_gui when there is no display (the caller may fall back to the terminal).
inline constexpr int kExitNoDisplay = 3;

int run_gui(const AppContext& context, const GuiOptions& options);

// The window's screens: each is one entry of GuiApp's screen table (screen_table.cpp).
enum class Screen { library, session, summary, progress, editor, settings, rescue, importer };

class GuiApp {
 public:
  // On the real clocks.
  GuiApp(const AppContext& context, const GuiOptions& options);
  // On injected clocks: tests step whole sessions on virtual time (see next_wake()).
  GuiApp(const AppContext& context, const GuiOptions& options, const MonotonicClock& clock, const WallClock& wall);
  GuiApp(const GuiApp&) = delete;  // its screen table points at its own screens
  GuiApp& operator=(const GuiApp&) = delete;

  // Opens the window (and sound), and the first screen the options ask for.
  [[nodiscard]] bool open();
  [[nodiscard]] bool no_display() const { return no_display_; }
  int run();
  // One turn of the loop: waits for input or the next deadline (at most `max_wait`), handles it,
  // draws if needed. Returns false once the app wants to quit.
  bool step(std::optional<Nanos> max_wait = std::nullopt);
  // When the loop must next do something without input (nullopt: only input wakes it).
  [[nodiscard]] std::optional<Nanos> next_wake() const;

  [[nodiscard]] Screen screen() const { return screen_; }
  [[nodiscard]] LibraryScreen& library() { return library_; }
  [[nodiscard]] SessionScreen& session() { return session_; }
  [[nodiscard]] SummaryScreen& summary() { return summary_; }
  [[nodiscard]] ProgressScreen& progress() { return progress_; }
  [[nodiscard]] EditorScreen& editor() { return editor_; }
  [[nodiscard]] SettingsScreen& settings() { return settings_; }
  [[nodiscard]] RescueScreen& rescue() { return rescue_; }
  [[nodiscard]] ImportScreen& importer() { return importer_; }
  [[nodiscard]] AppWindow& window() { return *window_; }
  [[nodiscard]] std::uint64_t frames_drawn() const { return frames_drawn_; }
  // The controls the showing screen drew in its last frame, in order.
  [[nodiscard]] const DrawnButtons& drawn_buttons() const;
  [[nodiscard]] bool sound_open() const { return services_.sound && services_.sound->is_open(); }
  // How the window draws, and why (known once open() has run).
  [[nodiscard]] const RenderDecision& render_decision() const { return render_decision_; }

 private:
  // What the shell does with a screen: hand it a key, draw it (what the user asked for is carried
  // out by the screen, and what it asks of the shell comes back), and list the controls it drew.
  struct ScreenEntry {
    Screen screen;
    std::function<AppRequest(SDL_Keycode, Uint16)> key;
    std::function<std::optional<AppRequest>()> draw;
    std::function<const DrawnButtons&()> buttons;
  };
  // One entry per screen: a new screen is its member, its Screen, and its entry here.
  [[nodiscard]] std::vector<ScreenEntry> screen_table();
  [[nodiscard]] const ScreenEntry& entry(Screen screen) const;

  void open_first_screen();
  void act(AppRequest request);
  void show(Screen screen);
  void start_session(const SessionRequest& request);
  // Records the cramp and starts the rescue routine for `leg` in night mode (cramp_rescue.hpp).
  void start_rescue(Side leg);
  void end_session();
  [[nodiscard]] SaveTarget save_target() const;
  void handle_event(const SDL_Event& event);
  void handle_key(SDL_Keycode key, Uint16 mods);
  // What changed in the watched folders (or, unwatched, what a look on the timer found).
  void take_folder_news();
  void draw_frame();
  void draw_screen();
  void finish_frame(Nanos now);
  void update_fonts_if_needed();
  void toggle_fullscreen();

  // The --screenshot PNG, written on another thread while the last frame is shown.
  std::future<void> screenshot_written_;
  const AppContext& context_;
  GuiOptions options_;
  SteadyClock steady_clock_;       // used unless a clock is injected
  SystemWallClock system_clock_;
  WindowServices services_;
  std::unique_ptr<AppWindow> window_;
  FolderEvents folder_events_;  // after the window: its threads stop before SDL does
  ViewFonts fonts_;
  TouchInput touch_;
  KeyReleases key_releases_;

  Screen screen_ = Screen::library;
  LibraryScreen library_{services_};
  SessionScreen session_{services_};
  SummaryScreen summary_{services_};
  ProgressScreen progress_{services_};
  SettingsScreen settings_{services_};
  RescueScreen rescue_;
  ImportScreen importer_{services_};
  EditorScreen editor_;
  RenderDecision render_decision_;
  StartupTimer startup_;
  std::optional<SessionRequest> last_session_;  // "Do it again" repeats it
  std::vector<ScreenEntry> screens_ = screen_table();  // after the screens it points at

  static constexpr int kFramesAfterInput = 3;  // frames drawn after any input, so ImGui settles
  int frames_to_draw_ = kFramesAfterInput;
  std::uint64_t frames_drawn_ = 0;
  Nanos last_frame_at_{};
  // How often the editor's moving figure is drawn: smooth enough, and no more.
  static constexpr Nanos kFigureFrame = std::chrono::milliseconds{66};
  std::optional<Nanos> quit_at_;
  bool quit_ = false;
  bool no_display_ = false;
  bool keyboard_focus_shown_ = false;  // a control wore the keyboard focus in the last frame
};

}  // namespace limber
