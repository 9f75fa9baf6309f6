#pragma once
// The editor screen's controller: one RoutineEditor at a time, its view, and what the window must
// do next (close it, try the routine, read the library again after a save).

#include <SDL.h>

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/window/app_request.hpp"
#include "app/window/routine_editor.hpp"
#include "core/base/clock.hpp"
#include "ui/editor_view.hpp"

namespace limber {

// Where a save goes: the user routines folder, and the file stems already taken there or
// among the built-in routines.
struct SaveTarget {
  std::filesystem::path user_dir;
  std::vector<std::string> taken_stems;
  // Every routine's name and file: a routine is saved under a name no other routine has.
  std::vector<std::pair<std::filesystem::path, std::string>> names{};
};

class EditorScreen {
 public:
  // Opens the editor on a routine; `target` says where a save goes.
  void open(RoutineEditor editor, SaveTarget target);
  // The library changed (a save, an edit outside): the stems taken now.
  void set_target(SaveTarget target) { target_ = std::move(target); }
  void close() { editor_.reset(); }
  [[nodiscard]] bool is_open() const { return editor_.has_value(); }
  [[nodiscard]] RoutineEditor* editor() { return editor_ ? &*editor_ : nullptr; }
  [[nodiscard]] const EditorView& view() const { return view_; }
  [[nodiscard]] const std::string& notice() const { return notice_; }

  // `now` moves the selected exercise's figure between its rest and its hold.
  std::optional<EditorIntent> draw(ThemeKind theme, const ViewFonts& fonts, Nanos now);
  // The last frame showed a moving figure: the window draws again soon.
  [[nodiscard]] bool animating() const { return animating_; }
  // Saving asks for nothing from the window (routine_saved tells it to read the folder again);
  // closing shows the library; Try it starts a session that goes back to the editor.
  AppRequest handle(const EditorIntent& intent);
  // Ctrl+S, Ctrl+D, Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y, Esc. Other keys typed into a field stay the field's.
  AppRequest handle_key(SDL_Keycode key, SDL_Keymod mods);

 private:
  AppRequest save();
  [[nodiscard]] std::string title() const;

  std::optional<RoutineEditor> editor_;
  SaveTarget target_;
  EditorView view_;
  bool animating_ = false;
  std::string notice_;
  bool saved_notice_ = false;  // notice_ says the draft was saved
  std::optional<RoutineDraft> refused_draft_;  // notice_ says why this draft was not saved
  bool confirming_leave_ = false;
};

}  // namespace limber
