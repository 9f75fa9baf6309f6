#include "ui/import_view.hpp"

#include <fmt/format.h>
#include <imgui_internal.h>

#include <algorithm>
#include <utility>

#include "core/base/translate.hpp"

namespace limber {

std::optional<ImportIntent> ImportView::draw(const ImportModel& model, ThemeKind theme, const ViewFonts& fonts) {
  buttons_.clear();
  std::optional<ImportIntent> intent;
  const Palette& p = palette(theme);
  const float unit = fonts.body_px;
  if (model.browser) {
    if (const auto browse = draw_folder_browser(*model.browser, p, fonts, dragging_, buttons_)) {
      intent = ImportIntent{ImportIntent::Kind::browse};
      intent->browse = *browse;
    }
    return intent;
  }
  if (begin_screen_with_back(tr("Import and export"), fonts.title, unit, buttons_)) intent = ImportIntent{ImportIntent::Kind::back};
  begin_scrolling_body("import-scroll", unit, dragging_);
  const float width = ImGui::GetContentRegionAvail().x - unit * 0.5f;
  const float row_h = std::max(unit * 2.4f, min_touch_pixels());
  const float button_w = std::max(unit * 6, ImGui::CalcTextSize(tr("Import")).x + unit * 1.6f);
  ImGui::PushTextWrapPos(width);
  ImGui::TextColored(p.muted, "%s",
                     tr("Routines from Workrave (exercises.xml), Just Another Workout Timer (a .json backup or shared workout), "
                        "Feeel (a .feeel workout, or its export-all .zip) or another Limber (a .yaml file) go into your routines "
                        "folder. Another Limber's history (its exported .sqlite3 file) is merged into yours."));
  ImGui::PopTextWrapPos();
  if (model.browse_files) {
    ImGui::Dummy(ImVec2(0, unit * 0.3f));
    ImGui::PushFont(fonts.heading);
    ImGui::TextUnformatted(tr("Found on this computer"));
    ImGui::PopFont();
    if (model.found.empty()) {
      ImGui::PushTextWrapPos(width);
      ImGui::TextColored(p.muted, "%s", tr("Nothing in Workrave's folders, your Downloads or your Documents."));
      ImGui::PopTextWrapPos();
    }
    for (std::size_t i = 0; i < model.found.size(); ++i) {
      const ImportCandidate& c = model.found[i];
      const float x = ImGui::GetCursorPosX();
      const float y = ImGui::GetCursorPosY();
      const float text_w = width - button_w - unit;
      ImGui::SetCursorPosY(y + (row_h - ImGui::GetTextLineHeight() * 2) / 2);
      ImGui::TextUnformatted(fit_text(c.name, text_w).c_str());
      ImGui::SetCursorPosX(x);
      ImGui::TextColored(p.muted, "%s", fit_text(c.where, text_w).c_str());
      ImGui::SetCursorPos(ImVec2(x + width - button_w, y));
      if (big_button(fmt::format("{}##found{}", tr("Import"), i).c_str(), ImVec2(button_w, unit * 2.4f), buttons_)) {
        intent = ImportIntent{ImportIntent::Kind::import_found, static_cast<int>(i)};
      }
      ImGui::SetCursorPos(ImVec2(x, std::max(ImGui::GetCursorPosY(), y + row_h + unit * 0.3f)));
    }
  }
  ImGui::Dummy(ImVec2(0, unit * 0.3f));
  ImGui::PushFont(fonts.heading);
  ImGui::TextUnformatted(tr("Another file"));
  ImGui::PopFont();
  {
    const char* choose = tr("Choose a file\u2026");
    if (big_button(fmt::format("{}##choose-file", choose).c_str(), ImVec2(std::min(width, ImGui::CalcTextSize(choose).x + unit * 2), row_h),
                   buttons_)) {
      intent = ImportIntent{ImportIntent::Kind::choose_file};
    }
    if (model.browse_files) {
      ImGui::TextColored(p.muted, "%s", tr("or type its path:"));
      const float field_w = std::max(unit * 8, width - button_w - unit * 0.4f);
      if (std::exchange(restart_field_, false) && ImGui::GetActiveID() == ImGui::GetID("##import-path")) {
        ImGui::ClearActiveID();
        ImGui::SetKeyboardFocusHere();
      }
      text_field("##import-path", &typed_, field_w, buttons_);
      const bool entered = text_field_entered();
      // Enter leaves the field in ImGui; the user stays in it, to fix a typo or type the next path.
      if (entered) ImGui::SetKeyboardFocusHere(-1);
      ImGui::SameLine(0, unit * 0.4f);
      if (big_button(fmt::format("{}##typed", tr("Import")).c_str(), ImVec2(button_w, unit * 2.4f), buttons_) || entered) {
        intent = ImportIntent{ImportIntent::Kind::import_typed, -1, typed_};
      }
    }
  }
  ImGui::Dummy(ImVec2(0, unit * 0.3f));
  ImGui::PushFont(fonts.heading);
  ImGui::TextUnformatted(tr("To another device"));
  ImGui::PopFont();
  ImGui::PushTextWrapPos(width);
  ImGui::TextColored(p.muted, "%s %s", model.export_where.c_str(),
                     tr("On the other device, import them here; on a computer, the commands limber history import and limber import take them too."));
  ImGui::PopTextWrapPos();
  {
    const char* history = tr("Export history");
    const char* routines = tr("Export my routines");
    const float w = std::min(width, std::max(ImGui::CalcTextSize(history).x, ImGui::CalcTextSize(routines).x) + unit * 2);
    if (big_button(fmt::format("{}##export-history", history).c_str(), ImVec2(w, row_h), buttons_)) {
      intent = ImportIntent{ImportIntent::Kind::export_history};
    }
    // Side by side where both fit, else one under the other.
    if (w * 2 + unit * 0.4f <= width) ImGui::SameLine(0, unit * 0.4f);
    if (big_button(fmt::format("{}##export-routines", routines).c_str(), ImVec2(w, row_h), buttons_)) {
      intent = ImportIntent{ImportIntent::Kind::export_routines};
    }
  }
  if (!model.waiting.empty()) {
    ImGui::PushTextWrapPos(width);
    ImGui::TextColored(p.muted, "%s", model.waiting.c_str());
    ImGui::PopTextWrapPos();
  }
  if (!model.report.empty() || !model.errors.empty()) {
    ImGui::Dummy(ImVec2(0, unit * 0.3f));
    ImGui::PushTextWrapPos(width);
    for (const std::string& line : model.errors) ImGui::TextColored(p.danger, "%s", line.c_str());
    for (const std::string& line : model.report) ImGui::TextUnformatted(line.c_str());
    ImGui::PopTextWrapPos();
  }
  ImGui::Dummy(ImVec2(0, unit));
  ImGui::EndChild();
  ImGui::End();
  return intent;
}

}  // namespace limber
