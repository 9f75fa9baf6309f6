#pragma once
// The editor screen: one RoutineEditor at a time, its view, and what the app must do next
// (close it, try the routine, refresh the library after a save).

#include <SDL.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "app/routine_editor.hpp"
#include "ui/editor_view.hpp"

namespace limber {

// Where a save goes: the user routines folder, and the file stems already taken there or
// among the built-in routines.
struct SaveTarget {
  std::filesystem::path user_dir;
  std::vector<std::string> taken_stems;
};

struct EditorOutcome {
  enum class Kind { none, closed, try_it, saved };
  Kind kind = Kind::none;
  std::optional<Routine> routine{};          // try_it: the routine as it stands, saved or not
  std::optional<std::filesystem::path> file{};  // try_it, saved: its file, if it has one
};

class EditorScreen {
 public:
  void open(RoutineEditor editor);
  void close() { editor_.reset(); }
  [[nodiscard]] bool is_open() const { return editor_.has_value(); }
  [[nodiscard]] RoutineEditor* editor() { return editor_ ? &*editor_ : nullptr; }
  [[nodiscard]] const EditorView& view() const { return view_; }
  [[nodiscard]] const std::string& notice() const { return notice_; }

  EditorOutcome draw(ThemeKind theme, const ViewFonts& fonts, const SaveTarget& target);
  // Ctrl+S, Ctrl+D, Ctrl+Z, Ctrl+Shift+Z, Esc. Keys typed into a field stay the field's.
  EditorOutcome handle_key(SDL_Keycode key, SDL_Keymod mods, const SaveTarget& target);
  EditorOutcome apply(const EditorIntent& intent, const SaveTarget& target);

 private:
  EditorOutcome save(const SaveTarget& target);
  [[nodiscard]] std::string title() const;

  std::optional<RoutineEditor> editor_;
  EditorView view_;
  std::string notice_;
  bool confirming_leave_ = false;
};

}  // namespace limber
