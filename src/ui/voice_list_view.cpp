#include "ui/voice_list_view.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/base/translate.hpp"
#include "ui/settings_rows.hpp"

namespace limber {

std::optional<SettingsIntent> draw_voice_list(const SettingsModel& model, const Palette& p, const ViewFonts& fonts, bool& dragging,
                                              DrawnButtons& buttons) {
  using Kind = SettingsIntent::Kind;
  std::optional<SettingsIntent> intent;
  const float unit = fonts.body_px;
  if (begin_screen_with_back(tr("Choose a voice"), fonts.title, unit, buttons)) intent = SettingsIntent{Kind::close_voice_list};
  begin_scrolling_body("voice-list", unit, dragging);
  const float width = ImGui::GetContentRegionAvail().x - unit * 0.5f;
  // Why a voice could not speak (sound off, no device): two lines kept, so no row moves.
  SettingsRows notice(p, unit, width, buttons);
  notice.begin("");
  notice.kept_note(model.voice_notice, p.danger);
  const float listen_w = std::max(unit * 6, ImGui::CalcTextSize(tr("Listen")).x + unit * 1.6f);
  const float row_h = std::max(unit * 2.4f, min_touch_pixels());
  int index = 0;
  bool others_said = false;
  for (const VoiceRowGroup& group : model.voice_groups) {
    if (!group.speaks_the_cues && !others_said) {
      // Once, where the user's language ends: the rest speak Limber's words with their own sounds.
      ImGui::Dummy(ImVec2(0, unit * 0.6f));
      ImGui::PushFont(fonts.heading);
      ImGui::TextUnformatted(tr("Other languages"));
      ImGui::PopFont();
      others_said = true;
    }
    // A language with one voice is that voice: its row says it; several go under its name.
    if (group.speaks_the_cues || group.rows.size() > 1) {
      ImGui::Dummy(ImVec2(0, unit * 0.3f));
      ImGui::PushTextWrapPos(width);
      if (group.speaks_the_cues) ImGui::PushFont(fonts.heading);
      ImGui::TextColored(group.speaks_the_cues ? p.text : p.muted, "%s", group.heading.c_str());
      if (group.speaks_the_cues) ImGui::PopFont();
      ImGui::PopTextWrapPos();
    }
    for (const VoiceRow& row : group.rows) {
      const float name_w = width - listen_w - unit * 0.4f;
      const std::string shown = fit_text(row.name, name_w - unit * 1.2f);
      {
        const ButtonStyle chosen(p, ButtonLook::chosen, unit, row.chosen);
        if (big_button(fmt::format("{}##voice{}", shown, index).c_str(), ImVec2(name_w, row_h), buttons)) {
          intent = SettingsIntent{Kind::choose_voice, index};
        }
      }
      ImGui::SameLine(0, unit * 0.4f);
      if (big_button(fmt::format("{}##listen{}", tr("Listen"), index).c_str(), ImVec2(listen_w, row_h), buttons)) {
        intent = SettingsIntent{Kind::listen_to_voice, index};
      }
      ++index;
    }
  }
  ImGui::Dummy(ImVec2(0, unit));
  ImGui::EndChild();
  ImGui::End();
  return intent;
}

}  // namespace limber
