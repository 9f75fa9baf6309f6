#pragma once
// The editor's fields: a label, the field, and the checker's problems for it in red underneath.
// Shared by the routine's part of the editor and the exercise form.

#include <imgui.h>

#include <string>

#include "core/routine/routine_draft_check.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace limber {

class EditorForm {
 public:
  EditorForm(const DraftCheck& check, const Palette& p, DrawnButtons& buttons, bool& edited)
      : check_(check), p_(p), buttons_(buttons), edited_(edited) {}

  // A labelled field; its problems, if any, in red under it.
  void text(const char* label, const char* id, std::string* value, const FieldPath& field, float width, int lines = 1,
            const char* hint = nullptr) {
    ImGui::TextColored(p_.muted, "%s", fit_text(label, width).c_str());
    if (hint != nullptr) {
      // Beside the label where both fit over the field (they do not in every language), else under it.
      const std::string in_brackets = std::string("(") + hint + ")";
      const float beside = ImGui::CalcTextSize(label).x + ImGui::GetStyle().ItemSpacing.x + ImGui::CalcTextSize(in_brackets.c_str()).x;
      if (beside <= width) ImGui::SameLine();
      ImGui::TextColored(p_.muted, "%s", fit_text(in_brackets, width).c_str());
    }
    if (text_field(id, value, width, buttons_, lines)) edited_ = true;
    // Not while typing in it: a problem line appearing and vanishing with each keystroke would move
    // every field below it under the finger. It shows when the field is left.
    if (!ImGui::IsItemActive()) problems(field, label);
  }

  // Said with the field's label, not the file's key: "Hold: 'twenty' is not a duration".
  void problems(const FieldPath& field, const char* label = "") {
    for (const FieldProblem& problem : check_.problems) {
      if (problem.field != field) continue;
      ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x);
      ImGui::TextColored(p_.danger, "%s", said_in_the_editor(problem.message, field.key, label).c_str());
      ImGui::PopTextWrapPos();
    }
  }

  bool combo(const char* label, const char* id, int* choice, const char* const* items, int count, float width) {
    ImGui::TextColored(p_.muted, "%s", fit_text(label, width).c_str());
    ImGui::SetNextItemWidth(width);
    const int vertices_begin = ImGui::GetWindowDrawList()->VtxBuffer.Size;
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, finger_sized_padding());
    const bool changed = ImGui::Combo(id, choice, items, count);
    ImGui::PopStyleVar();
    record_last_item(id, vertices_begin, buttons_);
    if (changed) edited_ = true;
    return changed;
  }

  // For fields drawn without a helper here (a phase's row).
  [[nodiscard]] DrawnButtons& buttons() { return buttons_; }
  void mark_edited() { edited_ = true; }

 private:
  const DraftCheck& check_;
  const Palette& p_;
  DrawnButtons& buttons_;
  bool& edited_;
};

}  // namespace limber
