#pragma once
// The windowed app: library, session and summary screens in one SDL/OpenGL window.

#include <SDL.h>

#include <deque>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

#include "app/app_context.hpp"
#include "app/session_driver.hpp"
#include "app/editor_screen.hpp"
#include "app/progress_screen.hpp"
#include "app/session_recorder.hpp"
#include "app/session_voice.hpp"
#include "app/settings_store.hpp"
#include "app/trace_writer.hpp"
#include "audio/cue_player.hpp"
#include "platform/window.hpp"
#include "ui/library_view.hpp"
#include "ui/progress_view.hpp"
#include "ui/session_view.hpp"
#include "ui/summary_view.hpp"
#include "ui/view_fonts.hpp"

namespace limber {

struct GuiOptions {
  std::string routine;  // non-empty: open the session screen on it directly
  std::optional<int> reps{};
  std::optional<bool> fullscreen{};  // --fullscreen / --windowed; otherwise as last time
  int width = 1280;
  int height = 800;
  std::string screenshot{};  // write the last frame here before quitting
  std::optional<double> quit_after_seconds{};
  bool mute = false;
  std::optional<int> volume{};
  std::string trace{};
  bool open_progress = false;  // open on the progress screen
  std::string edit_routine{};  // non-empty: open the editor on this routine (a name, stem or file)
};

// The exit code of run_gui when there is no display (the caller may fall back to the terminal).
inline constexpr int kExitNoDisplay = 3;

int run_gui(const AppContext& context, const GuiOptions& options);

enum class Screen { library, session, summary, progress, editor };

class GuiApp {
 public:
  GuiApp(const AppContext& context, const GuiOptions& options) : context_(context), options_(options) {}

  // Opens the window (and sound), and the session screen if options name a routine.
  [[nodiscard]] bool open();
  [[nodiscard]] bool no_display() const { return no_display_; }
  int run();
  // One turn of the loop: waits for input or the next deadline (at most `max_wait`), handles it,
  // draws if needed. Returns false once the app wants to quit.
  bool step(std::optional<Nanos> max_wait = std::nullopt);

  [[nodiscard]] Screen screen() const { return screen_; }
  [[nodiscard]] const SessionDriver* session() const { return session_.get(); }
  [[nodiscard]] const SessionView& session_view() const { return session_view_; }
  [[nodiscard]] const LibraryView& library_view() const { return library_view_; }
  [[nodiscard]] const ProgressView& progress_view() const { return progress_view_; }
  [[nodiscard]] const SummaryView& summary_view() const { return summary_view_; }
  [[nodiscard]] const ProgressModel& progress_model() const { return progress_.model(); }
  [[nodiscard]] EditorScreen& editor_screen() { return editor_screen_; }
  [[nodiscard]] const std::vector<LibraryCard>& cards() const { return cards_; }
  [[nodiscard]] AppWindow& window() { return *window_; }
  [[nodiscard]] std::uint64_t frames_drawn() const { return frames_drawn_; }

 private:
  void reload_library();
  [[nodiscard]] std::optional<int> remembered_reps(const std::string& routine_name) const;
  void start_session(const ResolvedRoutine& routine, std::optional<int> reps);
  void end_session();
  void handle_event(const SDL_Event& event);
  void handle_key(SDL_Keycode key, Uint16 mods);
  void open_editor(RoutineEditor editor);
  void handle_editor_outcome(const EditorOutcome& outcome);
  [[nodiscard]] SaveTarget save_target() const;
  void poll_library(Nanos now);
  void apply_session_intent(SessionIntent intent);
  void apply_library_intent(const LibraryIntent& intent);
  void apply_summary_intent(const SummaryIntent& intent);
  void apply_progress_intent(const ProgressIntent& intent);
  void show_progress();
  void save_last_night(int cramps, int severity);
  void handle_session_events(const SessionEvents& events);
  void draw_frame();
  void update_fonts_if_needed();
  void apply_touch();
  void toggle_fullscreen();
  void toggle_mute();
  void toggle_voice();
  [[nodiscard]] std::optional<Nanos> next_wake(Nanos now) const;
  [[nodiscard]] ThemeKind theme() const { return theme_from_key(settings_.theme); }
  // Muted by the user, or no sound at all (--mute, no device).
  [[nodiscard]] bool sound_off() const { return settings_.muted || !player_; }

  struct TouchPoint {
    ImVec2 position;
    bool down;
  };

  const AppContext& context_;
  GuiOptions options_;
  std::optional<std::filesystem::path> config_dir_;
  AppSettings settings_;
  SteadyClock clock_;
  std::unique_ptr<AppWindow> window_;
  std::unique_ptr<CuePlayer> player_;
  std::unique_ptr<SessionVoice> voice_;  // made at the first session with the voice on
  bool voice_failed_ = false;            // said once; tones from then on
  std::unique_ptr<TraceWriter> trace_;
  ViewFonts fonts_;
  bool touch_seen_ = false;
  std::deque<TouchPoint> touches_;
  std::optional<TouchPoint> touch_;

  Screen screen_ = Screen::library;
  RoutineLibrary library_;
  std::vector<LibraryCard> cards_;
  std::vector<const LibraryEntry*> card_entries_;
  LibraryView library_view_;

  std::unique_ptr<SessionRecorder> recorder_;
  std::unique_ptr<SessionDriver> session_;
  std::optional<ResolvedRoutine> session_routine_;
  std::optional<int> session_reps_;
  std::optional<Nanos> phase_started_at_;
  SessionView session_view_;

  SummaryModel summary_;
  SummaryView summary_view_;

  ProgressScreen progress_;
  ProgressView progress_view_;

  EditorScreen editor_screen_;
  bool return_to_editor_ = false;   // a session tried from the editor goes back to it
  std::optional<int> confirm_delete_card_;
  std::string library_signature_;   // the routine folders as last read
  Nanos next_library_poll_{};
  static constexpr Nanos kLibraryPollInterval = std::chrono::seconds(1);

  static constexpr int kFramesAfterInput = 3;  // frames drawn after any input, so ImGui settles
  int frames_to_draw_ = kFramesAfterInput;
  std::uint64_t frames_drawn_ = 0;
  Nanos last_draw_{};
  std::optional<Nanos> next_frame_at_;  // when the session screen next changes visibly
  std::optional<Nanos> quit_at_;
  bool quit_ = false;
  bool no_display_ = false;
};

}  // namespace limber
