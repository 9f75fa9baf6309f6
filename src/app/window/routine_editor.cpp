#include "app/window/routine_editor.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/base/translate.hpp"
#include "core/routine/routine_draft_check.hpp"
#include "core/routine/routine_file_name.hpp"
#include "core/routine/routine_yaml.hpp"

namespace limber {

RoutineEditor::RoutineEditor(RoutineDraft draft, std::optional<std::filesystem::path> file, bool builtin,
                             bool has_comments)
    : draft_(std::move(draft)), saved_(draft_), history_{draft_}, file_(std::move(file)), builtin_(builtin),
      has_comments_(has_comments) {
  recheck();
}

RoutineEditor RoutineEditor::for_new(const std::string& name) {
  return RoutineEditor(new_routine_draft(name), std::nullopt, false, false);
}

RoutineEditor RoutineEditor::for_file(const std::filesystem::path& file, const Routine& routine, RoutineOrigin origin,
                                      const RoutineFileFacts& facts) {
  return RoutineEditor(draft_from_routine(routine), file, origin == RoutineOrigin::builtin, facts.has_comments);
}

RoutineEditor RoutineEditor::for_copy(const Routine& routine) {
  RoutineDraft draft = draft_from_routine(routine);
  draft.name = format(tr("{0} (copy)"), routine.name);
  RoutineEditor editor(draft, std::nullopt, false, false);
  editor.starts_unsaved_ = true;
  return editor;
}

void RoutineEditor::recheck() {
  if (checked_ == draft_) return;
  check_ = check_draft(draft_);
  checked_ = draft_;
  plan_.reset();
  if (check_.routine) plan_ = expand_plan(*check_.routine);
}

void RoutineEditor::commit() {
  if (draft_ == history_[position_]) return;
  history_.resize(position_ + 1);
  history_.push_back(draft_);
  ++position_;
}

void RoutineEditor::changed(bool typing) {
  recheck();
  if (!typing) commit();
}

bool RoutineEditor::undo() {
  commit();  // an edit still being typed is undone as a whole
  if (position_ == 0) return false;
  draft_ = history_[--position_];
  selected = std::clamp(selected, 0, std::max(0, static_cast<int>(draft_.exercises.size()) - 1));
  recheck();
  return true;
}

bool RoutineEditor::redo() {
  if (!can_redo()) return false;
  draft_ = history_[++position_];
  selected = std::clamp(selected, 0, std::max(0, static_cast<int>(draft_.exercises.size()) - 1));
  recheck();
  return true;
}

void RoutineEditor::add_exercise() {
  commit();
  ExerciseDraft exercise;
  exercise.name = format(tr("Exercise {0}"), draft_.exercises.size() + 1);
  const auto at = draft_.exercises.empty() ? draft_.exercises.end() : draft_.exercises.begin() + selected + 1;
  const auto inserted = draft_.exercises.insert(at, exercise);
  selected = static_cast<int>(inserted - draft_.exercises.begin());
  changed(false);
}

void RoutineEditor::duplicate_exercise() {
  if (draft_.exercises.empty()) return;
  commit();
  const ExerciseDraft copy = draft_.exercises[static_cast<std::size_t>(selected)];
  draft_.exercises.insert(draft_.exercises.begin() + selected + 1, copy);
  ++selected;
  changed(false);
}

void RoutineEditor::remove_exercise() {
  if (draft_.exercises.empty()) return;
  commit();
  draft_.exercises.erase(draft_.exercises.begin() + selected);
  selected = std::clamp(selected, 0, std::max(0, static_cast<int>(draft_.exercises.size()) - 1));
  changed(false);
}

void RoutineEditor::move_exercise(int by) {
  const int to = selected + by;
  if (to < 0 || to >= static_cast<int>(draft_.exercises.size())) return;
  commit();
  std::swap(draft_.exercises[static_cast<std::size_t>(selected)], draft_.exercises[static_cast<std::size_t>(to)]);
  selected = to;
  changed(false);
}

void RoutineEditor::add_phase() {
  if (draft_.exercises.empty()) return;
  commit();
  ExerciseDraft& exercise = draft_.exercises[static_cast<std::size_t>(selected)];
  exercise.phases.push_back({format(tr("Phase {0}"), exercise.phases.size() + 1), "4s"});
  changed(false);
}

void RoutineEditor::remove_phase(int phase) {
  if (draft_.exercises.empty()) return;
  ExerciseDraft& exercise = draft_.exercises[static_cast<std::size_t>(selected)];
  if (phase < 0 || phase >= static_cast<int>(exercise.phases.size())) return;
  commit();
  exercise.phases.erase(exercise.phases.begin() + phase);
  changed(false);
}

Expected<std::filesystem::path, std::string> RoutineEditor::save(const std::filesystem::path& user_dir,
                                                                 const std::vector<std::string>& taken_stems,
                                                                 const AtomicWriteHook& hook) {
  recheck();
  if (!check_.routine) return Unexpected{std::string(tr("the routine has problems: fix the fields marked in red first"))};
  const std::filesystem::path target =
      saves_a_copy() ? user_dir / (routine_file_stem(check_.routine->name, taken_stems) + ".yaml") : *file_;
  const auto written = write_file_atomically(target, routine_to_yaml(*check_.routine), hook);
  if (!written) return Unexpected{written.error()};
  commit();
  file_ = target;
  builtin_ = false;
  has_comments_ = false;
  starts_unsaved_ = false;
  saved_ = draft_;
  return target;
}

}  // namespace limber
