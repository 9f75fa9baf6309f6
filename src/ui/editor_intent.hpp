#pragma once
// What a tap in the routine editor asks for (editor_view.hpp draws it; the exercise's own form,
// exercise_form.hpp, asks for phases).

namespace limber {

struct EditorIntent {
  enum class Kind {
    save, try_it, close, undo, redo, select_exercise, add_exercise, duplicate_exercise, remove_exercise,
    move_up, move_down, add_phase, remove_phase, keep_editing, discard, save_and_close
  };
  Kind kind = Kind::close;
  int index = -1;  // select_exercise: the exercise; remove_phase: the phase
};

}  // namespace limber
