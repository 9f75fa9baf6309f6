#include "ui/night_editor_view.hpp"

#include "core/base/translate.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace limber {

std::optional<ProgressIntent> draw_night_editor(const NightEditor& night, const std::string& undo, const Palette& p,
                                                const ViewFonts& fonts, DrawnButtons& buttons) {
  using Kind = ProgressIntent::Kind;
  std::optional<ProgressIntent> intent;
  const auto ask = [&intent](Kind kind, int value = 0) { intent = ProgressIntent{.kind = kind, .value = value}; };
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const float unit = fonts.body_px;
  const float margin = unit * 1.2f;
  const float gap = unit * 0.4f;
  const float width = size.x - 2 * margin;
  const float row_h = unit * 2.6f;
  // A selected number wears the accent, so what the diary holds shows at a glance.
  const auto choice = [&](const std::string& label, float w, bool selected) {
    const ButtonStyle chosen(p, ButtonLook::chosen, unit, selected);
    return big_button(label.c_str(), ImVec2(w, row_h), buttons);
  };

  begin_overlay("Night");
  ImGui::SetCursorPos(ImVec2(margin, margin));
  ImGui::PushFont(fonts.heading);
  ImGui::TextUnformatted(fit_text(night.title, width).c_str());
  ImGui::PopFont();
  ImGui::SetCursorPosX(margin);
  const float step_w = std::min(unit * 9, (width - gap) / 2);
  if (big_button(tr("Night before"), ImVec2(step_w, row_h), buttons)) ask(Kind::night_earlier);
  ImGui::SameLine(0, gap);
  ImGui::BeginDisabled(!night.can_go_later);
  if (big_button(tr("Night after"), ImVec2(step_w, row_h), buttons)) ask(Kind::night_later);
  ImGui::EndDisabled();

  ImGui::Dummy(ImVec2(0, unit * 0.3f));
  ImGui::SetCursorPosX(margin);
  ImGui::TextColored(p.muted, "%s", fit_text(tr("Leg cramps that night:"), width).c_str());
  ImGui::SetCursorPosX(margin);
  const float cramp_w = std::min(unit * 4.5f, (width - gap * (kNightCrampButtons - 1)) / kNightCrampButtons);
  for (int n = 0; n < kNightCrampButtons; ++n) {
    if (n > 0) ImGui::SameLine(0, gap);
    const std::string shown =
        n == 0 ? trc("no cramps", "None") : (n == kNightCrampButtons - 1 ? fmt::format("{}+", n) : std::to_string(n));
    const bool selected = night.cramps && (*night.cramps == n || (n == kNightCrampButtons - 1 && *night.cramps > n));
    if (choice(fmt::format("{}##night-cramps", shown), cramp_w, selected)) ask(Kind::night_cramps, n);
  }
  if (night.cramps && *night.cramps > 0) {
    ImGui::SetCursorPosX(margin);
    ImGui::TextColored(p.muted, "%s", fit_text(tr("How bad was the worst? 1 is mild, 10 the worst you can imagine."), width).c_str());
    ImGui::SetCursorPosX(margin);
    const float severity_w = std::min(unit * 3.2f, (width - gap * 9) / 10);
    for (int s = 1; s <= 10; ++s) {
      if (s > 1) ImGui::SameLine(0, gap);
      if (choice(fmt::format("{}##night-severity", s), severity_w, night.severity == s)) ask(Kind::night_severity, s);
    }
  }
  if (!night.counted.empty()) {
    ImGui::SetCursorPosX(margin);
    ImGui::TextColored(p.muted, "%s", fit_text(format(tr("Counted with Cramp now: {0}"), night.counted), width).c_str());
  }
  if (!night.tried.empty()) {
    ImGui::SetCursorPosX(margin);
    ImGui::TextColored(p.muted, "%s", fit_text(tr("Also tried that day:"), width).c_str());
    ImGui::SetCursorPosX(margin);
    if (const auto tapped = draw_tried_ticks(night.tried, p, unit, width, buttons)) ask(Kind::night_tried, *tapped);
  }
  if (!night.error.empty()) {
    ImGui::SetCursorPosX(margin);
    ImGui::PushTextWrapPos(margin + width);
    ImGui::TextColored(p.danger, "%s", format(tr("Not saved: {0}"), night.error).c_str());
    ImGui::PopTextWrapPos();
  }
  ImGui::Dummy(ImVec2(0, unit * 0.3f));
  ImGui::SetCursorPosX(margin);
  const float action_w = std::min(unit * 9, (width - gap * 2) / 3);
  if (big_button(fmt::format("{}##night", tr("Done")).c_str(), ImVec2(action_w, row_h), buttons)) ask(Kind::night_done);
  if (night.cramps) {
    ImGui::SameLine(0, gap);
    if (big_button(tr("Delete night"), ImVec2(action_w, row_h), buttons)) ask(Kind::night_delete);
  }
  if (!undo.empty()) {
    ImGui::SameLine(0, gap);
    if (big_button(fmt::format("{}##night-editor", tr("Undo")).c_str(), ImVec2(action_w, row_h), buttons)) ask(Kind::undo_night);
    ImGui::SetCursorPosX(margin);
    ImGui::TextColored(p.muted, "%s", fit_text(undo, width).c_str());
  }
  end_overlay();
  return intent;
}

}  // namespace limber
