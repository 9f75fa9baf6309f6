#pragma once
// What a screen asks of the window after it handled an intent or a key. The screens never switch
// screens or touch the window themselves: they say what should happen, and the shell does it.

#include <filesystem>
#include <optional>

#include "app/services/app_context.hpp"
#include "app/window/routine_editor.hpp"
#include "core/history/cramp_events.hpp"

namespace limber {

// A session to start: the routine and, when the user asked for a number, its reps (otherwise the
// session starter in core chooses them, session_start.hpp).
struct SessionRequest {
  ResolvedRoutine routine;
  std::optional<int> asked_reps{};
  bool from_editor = false;  // tried from the editor: its summary goes back to the editor
  bool night = false;        // a rescue: in night mode (cramp_rescue.hpp)
  std::optional<CrampEvent> cramp{};  // a rescue's: the cramp it was started for
};

struct AppRequest {
  enum class Kind {
    none,
    show_library,
    show_progress,
    show_settings,
    show_rescue,        // the Cramp-now button: which leg?
    show_import,        // routines from other apps
    start_rescue,       // `leg` holds it
    back_to_editor,     // the summary of a session tried from the editor
    open_editor,        // `editor` holds it
    start_session,      // `session` holds it
    again,              // the last session once more, with the same reps
    routine_saved,      // the editor saved `file`: the library reads its folder again
    toggle_fullscreen,
    restyle,  // the theme was chosen: draw in it from the next frame
    quit,
  };
  Kind kind = Kind::none;
  std::optional<SessionRequest> session{};
  std::optional<RoutineEditor> editor{};
  std::optional<std::filesystem::path> file{};
  std::optional<Side> leg{};

  [[nodiscard]] bool is_none() const { return kind == Kind::none; }
};

}  // namespace limber
