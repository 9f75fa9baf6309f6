#include "ui/library_view.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace limber {

std::optional<LibraryIntent> LibraryView::draw(const std::vector<LibraryCard>& cards, ThemeKind theme,
                                               const ViewFonts& fonts, bool fullscreen, bool muted,
                                               const std::string& confirm_delete) {
  buttons_.clear();
  std::optional<LibraryIntent> intent;
  const Palette& p = palette(theme);
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const float unit = fonts.body_px;
  const float margin = unit * 1.2f;

  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(size);
  ImGui::Begin("Library", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  ImGui::SetCursorPos(ImVec2(margin, margin));
  ImGui::PushFont(fonts.title);
  ImGui::TextUnformatted("Limber");
  ImGui::PopFont();
  // The buttons sit beside the title when they fit, else on their own row under it.
  const float bar_w = unit * 45.4f;
  const float title_right = ImGui::GetItemRectMax().x;
  ImGui::SameLine();
  if (size.x - margin - bar_w < title_right + unit) {
    ImGui::NewLine();
    ImGui::SetCursorPosX(std::max(margin, size.x - margin - bar_w));
  } else {
    ImGui::SetCursorPosX(size.x - margin - bar_w);
    ImGui::SetCursorPosY(margin + unit * 0.5f);
  }
  if (big_button("New routine", ImVec2(unit * 8.4f, unit * 2.4f), buttons_)) {
    intent = LibraryIntent{.kind = LibraryIntent::Kind::new_routine};
  }
  ImGui::SameLine(0, unit * 0.8f);
  if (big_button("Progress", ImVec2(unit * 8.8f, unit * 2.4f), buttons_)) {
    intent = LibraryIntent{.kind = LibraryIntent::Kind::show_progress};
  }
  ImGui::SameLine(0, unit * 0.8f);
  if (big_button(muted ? "Sound off" : "Sound on", ImVec2(unit * 7, unit * 2.4f), buttons_)) {
    intent = LibraryIntent{.kind = LibraryIntent::Kind::toggle_mute};
  }
  ImGui::SameLine(0, unit * 0.8f);
  if (big_button(theme == ThemeKind::dark ? "Light theme" : "Dark theme", ImVec2(unit * 9, unit * 2.4f), buttons_)) {
    intent = LibraryIntent{.kind = LibraryIntent::Kind::toggle_theme};
  }
  ImGui::SameLine(0, unit * 0.8f);
  if (big_button(fullscreen ? "Window" : "Full screen", ImVec2(unit * 9, unit * 2.4f), buttons_)) {
    intent = LibraryIntent{.kind = LibraryIntent::Kind::toggle_fullscreen};
  }
  ImGui::SetCursorPosX(margin);
  ImGui::TextColored(p.muted, "Choose a routine. Start it, then follow the sound and the colours.");
  ImGui::Dummy(ImVec2(0, unit * 0.5f));

  ImGui::SetCursorPosX(margin);
  ImGui::BeginChild("cards", ImVec2(size.x - 2 * margin, size.y - ImGui::GetCursorPosY() - margin), false,
                    ImGuiWindowFlags_NoBackground);
  const float card_w = ImGui::GetContentRegionAvail().x;
  const float card_h = unit * 7.6f;
  for (std::size_t i = 0; i < cards.size(); ++i) {
    const LibraryCard& card = cards[i];
    const int index = static_cast<int>(i);
    ImGui::PushID(index);
    ImGui::BeginChild("card", ImVec2(card_w, card_h), false, ImGuiWindowFlags_NoScrollbar);
    ImGui::SetCursorPos(ImVec2(unit, unit * 0.8f));
    ImGui::PushFont(fonts.heading);
    ImGui::TextUnformatted(card.name.c_str());
    ImGui::PopFont();
    ImGui::SetCursorPosX(unit);
    if (card.problem.empty()) {
      ImGui::TextColored(p.muted, "%s", card.details.c_str());
    } else {
      ImGui::PushTextWrapPos(card_w * 0.7f);
      ImGui::TextColored(p.danger, "%s", card.problem.c_str());
      ImGui::PopTextWrapPos();
    }
    // Edit, Copy, Delete: smaller than Start, along the card's foot.
    const ImVec2 tool(unit * 5.4f, unit * 2.2f);
    ImGui::SetCursorPos(ImVec2(unit, card_h - unit * 0.6f - std::max(tool.y, kMinTouchPixels)));
    if (card.editable) {
      if (big_button(fmt::format("Edit##{}", index).c_str(), tool, buttons_)) {
        intent = LibraryIntent{.kind = LibraryIntent::Kind::edit, .card = index};
      }
      ImGui::SameLine(0, unit * 0.5f);
      if (big_button(fmt::format("Copy##{}", index).c_str(), tool, buttons_)) {
        intent = LibraryIntent{.kind = LibraryIntent::Kind::duplicate, .card = index};
      }
      ImGui::SameLine(0, unit * 0.5f);
    }
    if (card.deletable && big_button(fmt::format("Delete##{}", index).c_str(), tool, buttons_)) {
      intent = LibraryIntent{.kind = LibraryIntent::Kind::delete_routine, .card = index};
    }
    const ImVec2 button(unit * 7.5f, unit * 3.2f);
    float right = card_w - unit - button.x;
    if (card.problem.empty()) {
      ImGui::SetCursorPos(ImVec2(right, (card_h - button.y) / 2));
      ImGui::PushFont(fonts.heading);
      if (big_button(fmt::format("Start##{}", index).c_str(), button, buttons_)) {
        intent = LibraryIntent{.kind = LibraryIntent::Kind::start, .card = index};
      }
      ImGui::PopFont();
      if (card.reps_min < card.reps_max) {
        const ImVec2 small(unit * 2.8f, unit * 3.2f);
        right -= unit * 1.2f + small.x * 2 + unit * 6;
        ImGui::SetCursorPos(ImVec2(right, (card_h - button.y) / 2));
        if (big_button(fmt::format("-##{}", index).c_str(), small, buttons_) && card.reps > card.reps_min) {
          intent = LibraryIntent{.kind = LibraryIntent::Kind::set_reps, .card = index, .reps = card.reps - 1};
        }
        ImGui::SameLine(0, 0);
        const std::string reps = fmt::format("{} reps", card.reps);
        const float text_w = ImGui::CalcTextSize(reps.c_str()).x;
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (unit * 6 - text_w) / 2);
        ImGui::SetCursorPosY((card_h - ImGui::GetTextLineHeight()) / 2);
        ImGui::TextUnformatted(reps.c_str());
        ImGui::SetCursorPos(ImVec2(right + small.x + unit * 6, (card_h - button.y) / 2));
        if (big_button(fmt::format("+##{}", index).c_str(), small, buttons_) && card.reps < card.reps_max) {
          intent = LibraryIntent{.kind = LibraryIntent::Kind::set_reps, .card = index, .reps = card.reps + 1};
        }
      }
    }
    ImGui::EndChild();
    ImGui::PopID();
    ImGui::Dummy(ImVec2(0, unit * 0.4f));
  }
  if (cards.empty()) ImGui::TextColored(p.muted, "No routines found.");
  ImGui::EndChild();
  if (!confirm_delete.empty()) {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(size);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0, 0, 0, 0.75f));
    ImGui::Begin("Delete routine", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::SetCursorPos(ImVec2(margin * 2, size.y * 0.35f));
    ImGui::PushFont(fonts.heading);
    ImGui::Text("Delete %s?", confirm_delete.c_str());
    ImGui::PopFont();
    ImGui::SetCursorPosX(margin * 2);
    ImGui::TextColored(p.muted, "Its file is removed from your routines folder. Your history keeps its sessions.");
    ImGui::SetCursorPosX(margin * 2);
    const ImVec2 choice(unit * 10, unit * 3);
    if (big_button("Keep it", choice, buttons_)) intent = LibraryIntent{.kind = LibraryIntent::Kind::cancel_delete};
    ImGui::SameLine(0, unit);
    ImGui::PushStyleColor(ImGuiCol_Button, mix(p.surface, p.danger, 0.7f));
    if (big_button("Delete it", choice, buttons_)) intent = LibraryIntent{.kind = LibraryIntent::Kind::confirm_delete};
    ImGui::PopStyleColor();
    ImGui::End();
    ImGui::PopStyleColor();
  }
  ImGui::End();
  return intent;
}

}  // namespace limber
