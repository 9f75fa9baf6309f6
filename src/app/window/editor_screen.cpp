#include "app/window/editor_screen.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "app/services/pose_library.hpp"
#include "core/session/pose_motion.hpp"

#include "core/base/text.hpp"
#include "core/base/translate.hpp"
#include "core/pose/pose_names.hpp"

namespace limber {
namespace {

// None, each built-in pose, and the exercise's own pose file if it names one.
std::vector<FigureChoice> figure_choices(const std::string& current, const Pose* own) {
  std::vector<FigureChoice> choices{{"", trc("no figure", "None"), nullptr}};
  for (const std::string_view key : kBuiltInPoses) choices.push_back({std::string(key), pose_display_name(key), find_pose({}, key)});
  if (!current.empty() && is_pose_file_name(current)) choices.push_back({current, current, own});
  return choices;
}

}  // namespace

void EditorScreen::open(RoutineEditor editor, SaveTarget target) {
  editor_ = std::move(editor);
  target_ = std::move(target);
  view_ = EditorView{};
  confirming_leave_ = false;
  notice_.clear();
  saved_notice_ = false;
  refused_draft_.reset();
  if (editor_->builtin()) {
    notice_ = tr("A built-in routine: saving makes your own copy, and the original stays as it is.");
  } else if (editor_->has_comments()) {
    notice_ = tr("This file has comments, which the editor cannot keep: saving writes a copy, and the original "
                 "file stays as it is.");
  }
}

std::string EditorScreen::title() const {
  if (editor_->is_new()) return editor_->draft().name.empty() ? std::string(tr("New routine")) : editor_->draft().name;
  return format(tr("Edit: {0}"), editor_->draft().name);
}

std::optional<EditorIntent> EditorScreen::draw(ThemeKind theme, const ViewFonts& fonts, Nanos now) {
  animating_ = false;
  if (!editor_) return std::nullopt;
  EditorModel model;
  model.title = title();
  model.check = &editor_->check();
  model.plan = &editor_->plan();
  model.selected = editor_->selected;
  model.can_undo = editor_->can_undo();
  model.can_redo = editor_->can_redo();
  model.dirty = editor_->dirty();
  // "Saved x.yaml." is true until the next change, not beside "unsaved changes".
  if (saved_notice_ && model.dirty) {
    notice_.clear();
    saved_notice_ = false;
  }
  // "Not saved: ..." is about the draft as it was then: gone with the first change after it.
  if (refused_draft_ && *refused_draft_ != editor_->draft()) {
    notice_.clear();
    refused_draft_.reset();
  }
  const bool copy = editor_->saves_a_copy() && !editor_->is_new();
  model.save_label = copy ? tr("Save a copy") : tr("Save");
  model.save_and_close_label = copy ? tr("Save a copy and close") : tr("Save and close");
  model.notice = notice_;
  model.confirming_leave = confirming_leave_;
  const auto& exercises = editor_->draft().exercises;
  if (!exercises.empty()) {
    const auto& selected = exercises[static_cast<std::size_t>(std::clamp(editor_->selected, 0, static_cast<int>(exercises.size()) - 1))];
    if (!selected.pose.empty()) model.preview = find_pose(editor_->file().value_or(std::filesystem::path()), selected.pose);
  }
  if (model.preview != nullptr) model.preview_toward_hold = preview_toward_hold(now);
  model.figures = figure_choices(exercises.empty() ? std::string() : exercises[static_cast<std::size_t>(
                                     std::clamp(editor_->selected, 0, static_cast<int>(exercises.size()) - 1))].pose,
                                 model.preview);
  auto intent = view_.draw(editor_->draft(), model, theme, fonts);
  animating_ = view_.preview_shown();
  if (view_.edited() || !view_.typing()) editor_->changed(view_.typing());
  return intent;
}

AppRequest EditorScreen::handle(const EditorIntent& intent) {
  if (!editor_) return {};
  RoutineEditor& e = *editor_;
  switch (intent.kind) {
    case EditorIntent::Kind::save: return save();
    case EditorIntent::Kind::try_it:
      e.changed(false);
      if (!e.check().routine) return {};
      return {.kind = AppRequest::Kind::start_session,
              .session = SessionRequest{.routine = ResolvedRoutine{e.file().value_or(std::filesystem::path()), *e.check().routine},
                                        .from_editor = true}};
    case EditorIntent::Kind::close:
      if (e.dirty()) {
        confirming_leave_ = true;
        return {};
      }
      editor_.reset();
      return {AppRequest::Kind::show_library};
    case EditorIntent::Kind::keep_editing: confirming_leave_ = false; return {};
    case EditorIntent::Kind::discard:
      editor_.reset();
      return {AppRequest::Kind::show_library};
    case EditorIntent::Kind::save_and_close: {
      AppRequest saved = save();
      if (saved.kind != AppRequest::Kind::routine_saved) {
        confirming_leave_ = false;
        return saved;
      }
      editor_.reset();
      return {.kind = AppRequest::Kind::show_library, .file = saved.file};
    }
    case EditorIntent::Kind::undo: e.undo(); return {};
    case EditorIntent::Kind::redo: e.redo(); return {};
    case EditorIntent::Kind::select_exercise: e.changed(false); e.selected = intent.index; return {};
    case EditorIntent::Kind::add_exercise: e.add_exercise(); return {};
    case EditorIntent::Kind::duplicate_exercise: e.duplicate_exercise(); return {};
    case EditorIntent::Kind::remove_exercise: e.remove_exercise(); return {};
    case EditorIntent::Kind::move_up: e.move_exercise(-1); return {};
    case EditorIntent::Kind::move_down: e.move_exercise(+1); return {};
    case EditorIntent::Kind::add_phase: e.add_phase(); return {};
    case EditorIntent::Kind::remove_phase: e.remove_phase(intent.index); return {};
  }
  return {};
}

AppRequest EditorScreen::save() {
  editor_->changed(false);
  const bool was_copy = editor_->saves_a_copy();
  // One name, one routine: the library, `limber run NAME` and the history tell routines apart by it.
  const std::filesystem::path own = was_copy ? std::filesystem::path() : editor_->file().value_or(std::filesystem::path());
  for (const auto& [file, name] : target_.names) {
    if (file != own && equal_ignoring_case(name, editor_->draft().name)) {
      notice_ = format(tr("Not saved: there is already a routine called \u201c{0}\u201d ({1}). Give this one a name of "
                            "its own."),
                            name, file.filename().string());
      refused_draft_ = editor_->draft();
      return {};
    }
  }
  const auto saved = editor_->save(target_.user_dir, target_.taken_stems);
  if (!saved) {
    notice_ = format(tr("Not saved: {0}"), saved.error());
    refused_draft_ = editor_->draft();
    return {};
  }
  notice_ = was_copy ? format(tr("Saved as {0}."), saved->string()) : format(tr("Saved {0}."), saved->filename().string());
  saved_notice_ = true;
  refused_draft_.reset();
  return {.kind = AppRequest::Kind::routine_saved, .file = *saved};
}

AppRequest EditorScreen::handle_key(SDL_Keycode key, SDL_Keymod mods) {
  if (!editor_) return {};
  const bool ctrl = (mods & KMOD_CTRL) != 0;
  const bool shift = (mods & KMOD_SHIFT) != 0;
  if (key == SDLK_ESCAPE) {
    if (confirming_leave_) return handle({EditorIntent::Kind::keep_editing});
    // Esc first closes an open dropdown or ends typing in a field (ImGui does both); only an
    // Esc with neither leaves the editor.
    if (view_.popup_open() || view_.typing()) return {};
    return handle({EditorIntent::Kind::close});
  }
  if (!ctrl) return {};
  const auto undo_or_redo = [&](EditorIntent::Kind kind) -> AppRequest {
    // One undo history for the whole draft, typing included: what was typed in the field so far
    // becomes a step, the field lets go of its text, and the draft goes back (or forward).
    if (view_.typing()) {
      editor_->changed(false);
      view_.stop_typing();
    }
    return handle({kind});
  };
  switch (key) {
    case SDLK_s: return handle({EditorIntent::Kind::save});
    case SDLK_d: return handle({EditorIntent::Kind::duplicate_exercise});
    case SDLK_z: return undo_or_redo(shift ? EditorIntent::Kind::redo : EditorIntent::Kind::undo);
    case SDLK_y: return undo_or_redo(EditorIntent::Kind::redo);
    default: return {};
  }
}

}  // namespace limber
