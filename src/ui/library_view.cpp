#include "ui/library_view.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace limber {

std::optional<LibraryIntent> LibraryView::draw(const LibraryModel& model, ThemeKind theme, const ViewFonts& fonts) {
  const std::vector<LibraryCard>& cards = model.cards;
  const bool muted = model.muted;
  buttons_.clear();
  std::optional<LibraryIntent> intent;
  const Palette& p = palette(theme);
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const float unit = fonts.body_px;
  const float margin = unit * 1.2f;

  begin_screen("Library");
  ImGui::SetCursorPos(ImVec2(margin, margin));
  ImGui::PushFont(fonts.title);
  ImGui::TextUnformatted("Limber");
  ImGui::PopFont();
  // The buttons sit beside the title when they fit, else under it in as many rows as it takes.
  struct BarButton {
    const char* label;
    float width;  // in body units
    LibraryIntent::Kind kind;
  };
  const BarButton bar[] = {
      {"New routine", 8.4f, LibraryIntent::Kind::new_routine},
      {"Progress", 7.6f, LibraryIntent::Kind::show_progress},
      {muted ? "Sound off" : "Sound on", 7.0f, LibraryIntent::Kind::toggle_mute},
      {model.voice ? "Voice on" : "Voice off", 7.0f, LibraryIntent::Kind::toggle_voice},
      {theme == ThemeKind::dark ? "Light theme" : "Dark theme", 8.6f, LibraryIntent::Kind::toggle_theme},
      {model.fullscreen ? "Window" : "Full screen", 8.6f, LibraryIntent::Kind::toggle_fullscreen},
  };
  const float bar_gap = unit * 0.8f;
  float bar_w = -bar_gap;
  for (const BarButton& b : bar) bar_w += unit * b.width + bar_gap;
  const float title_right = ImGui::GetItemRectMax().x;
  ImGui::SameLine();
  const bool beside = size.x - margin - bar_w >= title_right + unit;
  float x = beside ? size.x - margin - bar_w : margin;
  if (beside) {
    ImGui::SetCursorPos(ImVec2(x, margin + unit * 0.5f));
  } else {
    ImGui::NewLine();
    ImGui::SetCursorPosX(x);
  }
  for (std::size_t i = 0; i < std::size(bar); ++i) {
    const float w = unit * bar[i].width;
    if (i > 0) {
      if (x + bar_gap + w > size.x - margin) {  // next row
        x = margin;
        ImGui::SetCursorPosX(x);
      } else {
        ImGui::SameLine(0, bar_gap);
        x += bar_gap;
      }
    }
    if (big_button(bar[i].label, ImVec2(w, unit * 2.4f), buttons_)) intent = LibraryIntent{.kind = bar[i].kind};
    x += w;
  }
  ImGui::SetCursorPosX(margin);
  if (model.notice.empty()) {
    ImGui::TextColored(p.muted, "Choose a routine. Start it, then follow the sound and the colours.");
  } else {
    ImGui::TextColored(p.danger, "%s", model.notice.c_str());
  }
  ImGui::Dummy(ImVec2(0, unit * 0.5f));

  ImGui::SetCursorPosX(margin);
  // NavFlattened: the keyboard moves through the cards and their buttons as one list.
  ImGui::BeginChild("cards", ImVec2(size.x - 2 * margin, size.y - ImGui::GetCursorPosY() - margin), false,
                    ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NavFlattened);
  const float card_w = ImGui::GetContentRegionAvail().x;
  const float card_h = unit * 7.6f;
  for (std::size_t i = 0; i < cards.size(); ++i) {
    const LibraryCard& card = cards[i];
    const int index = static_cast<int>(i);
    ImGui::PushID(index);
    ImGui::BeginChild("card", ImVec2(card_w, card_h), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NavFlattened);
    ImGui::SetCursorPos(ImVec2(unit, unit * 0.8f));
    ImGui::PushFont(fonts.heading);
    ImGui::TextUnformatted(card.name.c_str());
    ImGui::PopFont();
    ImGui::SetCursorPosX(unit);
    if (card.problem.empty()) {
      // One line, cut short with an ellipsis rather than running under Start.
      const float room = card_w - unit * 3 - unit * 7.5f;
      std::string details = card.details;
      if (ImGui::CalcTextSize(details.c_str()).x > room) {
        while (!details.empty() && ImGui::CalcTextSize((details + "\u2026").c_str()).x > room) {
          details.pop_back();
          while (!details.empty() && (static_cast<unsigned char>(details.back()) & 0xC0) == 0x80) details.pop_back();
          if (!details.empty() && static_cast<unsigned char>(details.back()) >= 0xC0) details.pop_back();
        }
        details += "\u2026";
      }
      ImGui::TextColored(p.muted, "%s", details.c_str());
    } else {
      ImGui::PushTextWrapPos(card_w * 0.7f);
      ImGui::TextColored(p.danger, "%s", card.problem.c_str());
      ImGui::PopTextWrapPos();
    }
    // Edit, Copy, Delete: smaller than Start, along the card's foot.
    const ImVec2 tool(unit * 4.6f, unit * 2.2f);
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
        // On the card's foot row, left of Start, so the details above keep their width.
        const ImVec2 small(unit * 2.8f, std::max(unit * 2.2f, kMinTouchPixels));
        right -= unit * 1.2f + small.x * 2 + unit * 5;
        const float foot_y = card_h - unit * 0.6f - small.y;
        ImGui::SetCursorPos(ImVec2(right, foot_y));
        if (big_button(fmt::format("-##{}", index).c_str(), small, buttons_) && card.reps > card.reps_min) {
          intent = LibraryIntent{.kind = LibraryIntent::Kind::set_reps, .card = index, .reps = card.reps - 1};
        }
        ImGui::SameLine(0, 0);
        const std::string reps = fmt::format("{} reps", card.reps);
        const float text_w = ImGui::CalcTextSize(reps.c_str()).x;
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (unit * 5 - text_w) / 2);
        ImGui::SetCursorPosY(foot_y + (small.y - ImGui::GetTextLineHeight()) / 2);
        ImGui::TextUnformatted(reps.c_str());
        ImGui::SetCursorPos(ImVec2(right + small.x + unit * 5, foot_y));
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
  if (!model.confirm_delete.empty()) {
    begin_overlay("Delete routine");
    ImGui::SetCursorPos(ImVec2(margin * 2, size.y * 0.35f));
    ImGui::PushFont(fonts.heading);
    ImGui::Text("Delete %s?", model.confirm_delete.c_str());
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
    end_overlay();
  }
  ImGui::End();
  return intent;
}

}  // namespace limber
