#include "ui/editor_view.hpp"

#include <fmt/format.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <array>
#include <utility>

#include "core/base/translate.hpp"
#include "core/routine/routine_draft_check.hpp"
#include "ui/editor_form.hpp"
#include "ui/exercise_form.hpp"

namespace limber {
namespace {


// The whole session as a bar, each phase in its colour, so a change shows as you type.
void timeline(const Plan& plan, const Palette& p, float width, float height) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, height));
  const double total = static_cast<double>(std::max<std::int64_t>(1, plan.total.count()));
  for (const PlannedPhase& phase : plan.phases) {
    const float x0 = at.x + static_cast<float>(static_cast<double>(phase.start.count()) / total) * width;
    const float x1 = at.x + static_cast<float>(static_cast<double>(phase.end().count()) / total) * width;
    list->AddRectFilled(ImVec2(x0, at.y), ImVec2(std::max(x0 + 1, x1 - 1), at.y + height), colour(graphic(phase_colour(phase.kind, p), p)));
  }
}

}  // namespace

std::optional<EditorIntent> EditorView::draw(RoutineDraft& draft, const EditorModel& model, ThemeKind theme,
                                             const ViewFonts& fonts) {
  preview_shown_ = false;
  buttons_.clear();
  edited_ = false;
  std::optional<EditorIntent> intent;
  const auto want = [&intent](EditorIntent::Kind kind, int index = -1) { intent = EditorIntent{kind, index}; };
  const Palette& p = palette(theme);
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const float unit = fonts.body_px;
  const float margin = unit * 1.2f;
  const float gap = unit * 0.6f;
  const DraftCheck empty_check;
  const DraftCheck& check = model.check != nullptr ? *model.check : empty_check;

  if (std::exchange(stop_typing_, false)) ImGui::ClearActiveID();  // the field shows the draft as it now is
  begin_screen("Editor");
  // Top bar: the title, then the actions. Narrow windows put the actions on their own row.
  // Whether the actions share the title's row depends on the window alone, never on the title's
  // length: typing a long name must not move the buttons (the title is cut short instead).
  const ImVec2 bar_button(unit * 5.6f, unit * 2.4f);
  const float bar_w = bar_button.x * 5 + gap * 4 + unit * 2.6f;
  const bool bar_beside = size.x - 2 * margin >= bar_w + unit * 14;
  const float title_room = bar_beside ? size.x - 2 * margin - bar_w - unit : size.x - 2 * margin;
  ImGui::SetCursorPos(ImVec2(margin, margin));
  ImGui::PushFont(fonts.heading);
  ImGui::TextUnformatted(fit_text(model.title, title_room).c_str());
  ImGui::PopFont();
  if (bar_beside) {
    ImGui::SameLine();
    ImGui::SetCursorPosX(size.x - margin - bar_w);
  } else {
    ImGui::SetCursorPosX(margin);
  }
  ImGui::BeginDisabled(!model.can_undo);
  if (big_button(tr("Undo"), bar_button, buttons_)) want(EditorIntent::Kind::undo);
  ImGui::EndDisabled();
  ImGui::SameLine(0, gap);
  ImGui::BeginDisabled(!model.can_redo);
  if (big_button(tr("Redo"), bar_button, buttons_)) want(EditorIntent::Kind::redo);
  ImGui::EndDisabled();
  ImGui::SameLine(0, gap);
  ImGui::BeginDisabled(!check.routine);
  if (big_button(tr("Try it"), bar_button, buttons_)) want(EditorIntent::Kind::try_it);
  ImGui::SameLine(0, gap);
  if (big_button(model.save_label.c_str(), ImVec2(bar_button.x + unit * 2.6f, bar_button.y), buttons_)) {
    want(EditorIntent::Kind::save);
  }
  ImGui::EndDisabled();
  ImGui::SameLine(0, gap);
  if (big_button(tr("Close"), bar_button, buttons_)) want(EditorIntent::Kind::close);

  // Status: the total time and the timeline, or why it cannot be saved.
  // The same height either way, so nothing below moves when the draft turns valid or not.
  ImGui::SetCursorPosX(margin);
  if (model.plan != nullptr && model.plan->has_value()) {
    const std::string total = format(tr("Total {0}"), format_clock((*model.plan)->total));
    ImGui::Text("%s%s", total.c_str(), model.dirty ? (std::string("  \u00b7  ") + tr("unsaved changes")).c_str() : "");
    ImGui::SetCursorPosX(margin);
    timeline(**model.plan, p, size.x - 2 * margin, unit * 0.9f);
  } else {
    ImGui::TextColored(p.danger, "%s", fit_text(tr("Fix the fields marked in red to save or try it."), size.x - 2 * margin).c_str());
    ImGui::Dummy(ImVec2(size.x - 2 * margin, unit * 0.9f));
  }
  // Messages ("Saved as ...", "Not saved: ...") and problems that belong to no single field (the
  // four-hour limit, no exercises) share two lines kept for them whether or not there is anything
  // to say, so the fields below never move when one comes or goes.
  std::string routine_problems;
  for (const FieldProblem& problem : check.problems) {
    // A translation's problem too: the editor keeps translations but has no field for them.
    const bool in_translation = problem.field.key.starts_with("translations");
    if (!problem.field.key.empty() && problem.field.key != "exercises" && problem.field.key != "limber" && !in_translation) {
      continue;
    }
    routine_problems += (routine_problems.empty() ? "" : " ") + said_in_the_editor(problem.message, problem.field.key, "");
  }
  ImGui::SetCursorPosX(margin);
  const float message_h = ImGui::GetTextLineHeightWithSpacing() * 2;
  ImGui::BeginChild("editor-message", ImVec2(size.x - 2 * margin, message_h), false,
                    ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoNav |
                        ImGuiWindowFlags_NoInputs);
  ImGui::PushTextWrapPos(size.x - 2 * margin);
  if (!routine_problems.empty()) {
    ImGui::TextColored(p.danger, "%s", routine_problems.c_str());
  } else if (!model.notice.empty()) {
    ImGui::TextColored(p.muted, "%s", model.notice.c_str());
  }
  ImGui::PopTextWrapPos();
  ImGui::EndChild();

  ImGui::SetCursorPosX(margin);
  // A routine opens at its top, whatever was scrolled to in the last one.
  if (std::exchange(first_frame_, false)) ImGui::SetNextWindowScroll(ImVec2(0, 0));
  ImGui::BeginChild("editor-body", ImVec2(size.x - 2 * margin, size.y - ImGui::GetCursorPosY() - margin), false,
                    ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NavFlattened);
  const float width = ImGui::GetContentRegionAvail().x;
  const bool wide = width >= unit * 46;
  const float column = wide ? (width - gap * 2) / 2 : width - unit * 0.5f;
  EditorForm form(check, p, buttons_, edited_);

  // The routine's own fields, then its exercises.
  ImGui::BeginGroup();
  ImGui::PushFont(fonts.heading);
  ImGui::TextUnformatted(trc("a heading in the editor", "Routine"));
  ImGui::PopFont();
  if (!draft.translations.empty()) {
    std::string languages;
    for (const auto& [language, texts] : draft.translations) languages += (languages.empty() ? "" : ", ") + language;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column);
    ImGui::TextColored(p.muted, "%s",
                       format(tr("Also in {0}: those texts are kept as they are when you save (edit them in the file)."),
                              languages)
                           .c_str());
    ImGui::PopTextWrapPos();
  }
  form.text(tr("Name"), "##name", &draft.name, FieldPath{.key = "name"}, column);
  form.text(tr("Description"), "##description", &draft.description, FieldPath{.key = "description"}, column, 3);
  form.text(tr("Tags"), "##tags", &draft.tags, FieldPath{.key = "tags"}, column, 1, tr("separated by commas"));
  form.text(tr("Source"), "##source", &draft.source, FieldPath{.key = "source"}, column, 1, tr("a citation or link"));
  form.text(tr("Get ready"), "##get_ready", &draft.get_ready, FieldPath{.key = "get_ready"}, column * 0.5f, 1, tr("e.g. 5s"));

  ImGui::Dummy(ImVec2(0, gap));
  ImGui::PushFont(fonts.heading);
  ImGui::TextUnformatted(tr("Exercises"));
  ImGui::PopFont();
  const float row_h = std::max(min_touch_pixels(), unit * 2.4f);
  for (std::size_t i = 0; i < draft.exercises.size(); ++i) {
    const int index = static_cast<int>(i);
    const bool selected = index == model.selected;
    const bool has_problem = std::any_of(check.problems.begin(), check.problems.end(),
                                         [&](const FieldProblem& problem) { return problem.field.exercise == index; });
    const ButtonStyle chosen(p, ButtonLook::chosen, unit, selected);
    if (has_problem) ImGui::PushStyleColor(ImGuiCol_Text, p.danger);
    const std::string label = fmt::format("{}. {}##exercise{}", index + 1, draft.exercises[i].name, index);
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.04f, 0.5f));
    if (big_button(label.c_str(), ImVec2(column, row_h), buttons_)) want(EditorIntent::Kind::select_exercise, index);
    ImGui::PopStyleVar();
    if (has_problem) ImGui::PopStyleColor();
  }
  const ImVec2 small(std::max(min_touch_pixels(), (column - gap * 4) / 5), row_h);
  if (big_button(tr("Add"), small, buttons_)) want(EditorIntent::Kind::add_exercise);
  ImGui::SameLine(0, gap);
  ImGui::BeginDisabled(draft.exercises.empty());
  if (big_button(tr("Copy"), small, buttons_)) want(EditorIntent::Kind::duplicate_exercise);
  ImGui::SameLine(0, gap);
  if (big_button(tr("Remove"), small, buttons_)) want(EditorIntent::Kind::remove_exercise);
  ImGui::SameLine(0, gap);
  if (big_button(tr("Up"), small, buttons_)) want(EditorIntent::Kind::move_up);
  ImGui::SameLine(0, gap);
  if (big_button(tr("Down"), small, buttons_)) want(EditorIntent::Kind::move_down);
  ImGui::EndDisabled();
  ImGui::EndGroup();

  // The selected exercise, beside the list when there is room, else under it.
  if (wide) {
    ImGui::SameLine(0, gap * 2);
  } else {
    ImGui::Dummy(ImVec2(0, gap));
  }
  if (!draft.exercises.empty()) {
    const int index = std::clamp(model.selected, 0, static_cast<int>(draft.exercises.size()) - 1);
    ExerciseDraft& e = draft.exercises[static_cast<std::size_t>(index)];
    ImGui::BeginGroup();
    ImGui::PushID(index);
    const ExerciseFormResult drawn =
        draw_exercise_form(e, index, form, ExerciseFormLook{theme, fonts, column, gap, row_h, model.preview,
                                                            model.preview_toward_hold, &model.figures});
    if (drawn.intent) intent = drawn.intent;
    preview_shown_ = drawn.preview_shown;
    ImGui::PopID();
    ImGui::EndGroup();
  }
  typing_ = ImGui::IsAnyItemActive();
  popup_open_ = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopup);
  ImGui::EndChild();

  if (model.confirming_leave) {
    // Unsaved changes: a full-window overlay that asks, with the three ways out.
    begin_overlay("Leave editor");
    ImGui::SetCursorPos(ImVec2(margin * 2, size.y * 0.35f));
    ImGui::PushTextWrapPos(size.x - margin * 2);
    ImGui::PushFont(fonts.heading);
    ImGui::TextWrapped("%s", tr("This routine has unsaved changes."));
    ImGui::PopFont();
    ImGui::PopTextWrapPos();
    ImGui::SetCursorPosX(margin * 2);
    const ImVec2 choice(std::min(unit * 10, (size.x - margin * 4 - gap * 2) / 3), unit * 3);
    if (big_button(tr("Keep editing"), choice, buttons_)) want(EditorIntent::Kind::keep_editing);
    ImGui::SameLine(0, gap);
    if (big_button(tr("Discard"), choice, buttons_)) want(EditorIntent::Kind::discard);
    ImGui::SameLine(0, gap);
    ImGui::BeginDisabled(!check.routine);
    if (big_button(model.save_and_close_label.c_str(), choice, buttons_)) {
      want(EditorIntent::Kind::save_and_close);
    }
    ImGui::EndDisabled();
    end_overlay();
  }
  ImGui::End();
  return intent;
}

}  // namespace limber
