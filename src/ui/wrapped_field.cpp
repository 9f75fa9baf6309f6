#include "ui/wrapped_field.hpp"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <string_view>
#include <unordered_map>

#include "ui/soft_wrap.hpp"

namespace limber {

bool wrapped_multiline(const char* id, std::string* text, ImVec2 size) {
  struct Field {
    SoftWrap wrap;
    float width = -1;
  };
  static std::unordered_map<ImGuiID, Field> fields;
  const ImGuiID key = ImGui::GetID(id);
  Field& field = fields[key];
  const ImGuiStyle& style = ImGui::GetStyle();
  const float wrap_w = size.x - style.FramePadding.x * 2 - style.ScrollbarSize;
  const SoftWrap::Measure measure = [font = ImGui::GetFont(), px = ImGui::GetFontSize()](std::string_view part) {
    return font->CalcTextSizeA(px, FLT_MAX, 0, part.data(), part.data() + part.size()).x;
  };
  // While it is typed in, ImGui keeps the text itself: it flows again at each edit (below).
  if (ImGui::GetActiveID() != key && (field.width != wrap_w || field.wrap.kept() != *text)) {
    field.wrap.flow(*text, wrap_w, measure);
    field.width = wrap_w;
  }
  struct Edit {
    SoftWrap* wrap;
    float width;
    const SoftWrap::Measure* measure;
  } edit{&field.wrap, wrap_w, &measure};
  const auto on_edit = [](ImGuiInputTextCallbackData* data) -> int {
    if (data->EventFlag != ImGuiInputTextFlags_CallbackEdit) return 0;
    auto* e = static_cast<Edit*>(data->UserData);
    std::string now(data->Buf, static_cast<std::size_t>(data->BufTextLen));
    e->wrap->edited(now, e->width, *e->measure);
    std::copy(now.begin(), now.end(), data->Buf);  // the same length: only spaces and breaks swapped
    data->BufDirty = true;
    return 0;
  };
  std::string shown = field.wrap.shown();
  const bool changed = ImGui::InputTextMultiline(id, &shown, size, ImGuiInputTextFlags_CallbackEdit, on_edit, &edit);
  if (changed) {
    // An edit no callback saw (Escape's undo of it all): taken as it is, then flowed.
    if (shown != field.wrap.shown()) field.wrap.edited(shown, wrap_w, measure);
    *text = field.wrap.kept();
  }
  return changed;
}

}  // namespace limber
