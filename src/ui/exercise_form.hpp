#pragma once
// The selected exercise in the editor: its name, instructions and cue, sides, what each rep is
// with its timings, sets, and its figure (a built-in pose, moving as the session will show it)
// or the user's own picture.

#include <optional>

#include "core/pose/pose.hpp"
#include "core/routine/routine_draft.hpp"
#include "ui/figure_picker.hpp"
#include "ui/editor_form.hpp"
#include "ui/editor_intent.hpp"
#include "ui/theme.hpp"
#include "ui/view_fonts.hpp"

namespace limber {

struct ExerciseFormLook {
  ThemeKind theme;
  const ViewFonts& fonts;
  float column;  // a field's width
  float gap;
  float row_h;   // a button row's height
  const Pose* preview = nullptr;  // the exercise's figure, if it has one
  double preview_toward_hold = 0;
  const std::vector<FigureChoice>* figures = nullptr;  // the figures to choose from
};

struct ExerciseFormResult {
  std::optional<EditorIntent> intent;  // add or remove a phase
  bool preview_shown = false;          // the moving figure was on screen
};

ExerciseFormResult draw_exercise_form(ExerciseDraft& e, int index, EditorForm& form, const ExerciseFormLook& look);

}  // namespace limber
