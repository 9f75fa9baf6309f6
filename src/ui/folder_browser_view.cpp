#include "ui/folder_browser_view.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/base/translate.hpp"

namespace limber {

std::optional<FolderBrowserIntent> draw_folder_browser(const FolderBrowserModel& model, const Palette& p, const ViewFonts& fonts,
                                                       bool& dragging, DrawnButtons& buttons) {
  using Kind = FolderBrowserIntent::Kind;
  std::optional<FolderBrowserIntent> intent;
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const float unit = fonts.body_px;
  const float margin = unit * 1.2f;
  const float row_h = std::max(unit * 2.4f, min_touch_pixels());
  if (begin_screen_with_back(tr("Choose a file"), fonts.title, unit, buttons)) intent = FolderBrowserIntent{Kind::close};
  // Up and the places, on one row while they fit.
  ImGui::SetCursorPosX(margin);
  const float width = size.x - 2 * margin;
  float used = 0;
  const auto place = [&](const char* label, float w) {
    if (used > 0 && used + unit * 0.4f + w <= width) {
      ImGui::SameLine(0, unit * 0.4f);
      used += unit * 0.4f + w;
    } else {
      ImGui::SetCursorPosX(margin);
      used = w;
    }
    return big_button(label, ImVec2(w, row_h), buttons);
  };
  {
    // Up stays in its place while it cannot be used, so the places beside it never move.
    ImGui::BeginDisabled(!model.can_go_up);
    const char* up = trc("the folder above", "Up");
    if (place(fmt::format("{}##folder-up", up).c_str(), ImGui::CalcTextSize(up).x + unit * 2)) intent = FolderBrowserIntent{Kind::up};
    ImGui::EndDisabled();
  }
  for (std::size_t i = 0; i < model.places.size(); ++i) {
    const std::string& name = model.places[i];
    if (place(fmt::format("{}##place{}", name, i).c_str(), ImGui::CalcTextSize(name.c_str()).x + unit * 1.6f)) {
      intent = FolderBrowserIntent{Kind::place, static_cast<int>(i)};
    }
  }
  ImGui::SetCursorPosX(margin);
  ImGui::TextColored(p.muted, "%s", fit_text(model.folder, width).c_str());
  begin_scrolling_body("folder-rows", unit, dragging);
  const float rows_w = ImGui::GetContentRegionAvail().x - unit * 0.5f;
  if (!model.notice.empty()) {
    ImGui::PushTextWrapPos(rows_w);
    ImGui::TextColored(p.muted, "%s", model.notice.c_str());
    ImGui::PopTextWrapPos();
  }
  for (std::size_t i = 0; i < model.entries.size(); ++i) {
    const auto& entry = model.entries[i];
    // A folder's row ends in "/", as a path does; a file's is its name.
    const std::string shown = fit_text(entry.folder ? entry.name + "/" : entry.name, rows_w - unit * 1.6f);
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
    if (big_button(fmt::format("{}##entry{}", shown, i).c_str(), ImVec2(rows_w, row_h), buttons)) {
      intent = FolderBrowserIntent{Kind::open, static_cast<int>(i)};
    }
    ImGui::PopStyleVar();
  }
  ImGui::Dummy(ImVec2(0, unit));
  ImGui::EndChild();
  ImGui::End();
  return intent;
}

}  // namespace limber
