#pragma once
// The routine editor: every field of a routine as a form, each problem shown under its field in
// the same words as `limber check`, the total time and a timeline bar that follow every change,
// and the exercise list with add, duplicate, remove and reorder. The view edits the draft's
// fields in place; everything else comes back as an intent.

#include <optional>
#include <string>
#include <vector>

#include "core/pose/pose.hpp"
#include "core/routine/plan.hpp"
#include "core/routine/routine_draft.hpp"
#include "core/routine/routine_draft_check.hpp"
#include "ui/figure_picker.hpp"
#include "ui/editor_intent.hpp"
#include "ui/theme.hpp"
#include "ui/view_fonts.hpp"
#include "ui/widgets.hpp"

namespace limber {

struct EditorModel {
  std::string title;                        // "New routine", "Morning calf stretch"
  const DraftCheck* check = nullptr;        // the draft's problems
  const std::optional<Plan>* plan = nullptr;  // set when the draft is valid
  int selected = 0;                         // the exercise being edited
  bool can_undo = false;
  bool can_redo = false;
  bool dirty = false;
  std::string save_label = "Save";          // "Save a copy" for built-in or commented files
  std::string save_and_close_label = "Save and close";
  std::string notice{};                     // "Saved as ...", why saving failed, about comments
  bool confirming_leave = false;            // unsaved changes: ask before closing
  const Pose* preview = nullptr;            // the selected exercise's figure, shown moving
  double preview_toward_hold = 0;           // where the preview is between rest (0) and hold (1)
  std::vector<FigureChoice> figures{};      // None, then each built-in pose (and the exercise's own)
};

class EditorView {
 public:
  std::optional<EditorIntent> draw(RoutineDraft& draft, const EditorModel& model, ThemeKind theme,
                                   const ViewFonts& fonts);
  [[nodiscard]] const DrawnButtons& buttons() const { return buttons_; }
  // True while a text field has the keyboard: typing is not yet an undo step.
  [[nodiscard]] bool typing() const { return typing_; }
  // True when a field changed this frame.
  [[nodiscard]] bool edited() const { return edited_; }
  // True while a dropdown's list is open (Esc closes it, not the editor).
  [[nodiscard]] bool popup_open() const { return popup_open_; }
  // Ends typing in the field that has the keyboard before the next frame draws, so the draft as
  // changed outside the field (undo, redo) is what the field shows: ImGui's own field keeps its
  // text while active.
  void stop_typing() { stop_typing_ = true; }

  // The moving figure was on screen in the last frame (not scrolled away).
  [[nodiscard]] bool preview_shown() const { return preview_shown_; }

 private:
  DrawnButtons buttons_;
  bool preview_shown_ = false;
  bool typing_ = false;
  bool edited_ = false;
  bool popup_open_ = false;
  bool stop_typing_ = false;
  bool first_frame_ = true;
};

}  // namespace limber
