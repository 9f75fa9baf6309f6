#include "ui/library_view.hpp"

#include "core/base/translate.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "ui/pose_view.hpp"

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
  push_font(fonts.title);
  ImGui::TextUnformatted("Limber");
  pop_font();
  // The buttons sit beside the title when they fit, else under it in as many rows as it takes.
  struct BarButton {
    const char* label;
    LibraryIntent::Kind kind;
    const char* other = nullptr;  // a switch's other state: the button is as wide as the wider
  };
  // Actions say what they do; switches say how they are set now ("Sound: on"), never the opposite.
  std::vector<BarButton> bar = {
      {tr("New routine"), LibraryIntent::Kind::new_routine},
      {tr("Import"), LibraryIntent::Kind::import_routines},
      {tr("Progress"), LibraryIntent::Kind::show_progress},
      {muted ? tr("Sound: off") : tr("Sound: on"), LibraryIntent::Kind::toggle_mute, muted ? tr("Sound: on") : tr("Sound: off")},
      {model.voice ? tr("Voice: on") : tr("Voice: off"), LibraryIntent::Kind::toggle_voice, model.voice ? tr("Voice: off") : tr("Voice: on")},
      {model.fullscreen ? tr("Full screen: on") : tr("Full screen: off"), LibraryIntent::Kind::toggle_fullscreen,
       model.fullscreen ? tr("Full screen: off") : tr("Full screen: on")},
      {tr("Settings"), LibraryIntent::Kind::show_settings},
  };
  if (model.can_quit) bar.push_back({tr("Quit"), LibraryIntent::Kind::quit});
  // Each as wide as its words need, so they share the title's row wherever they can; a switch as
  // wide as its wider state, so flipping it moves no button.
  const auto width_of = [&](const BarButton& b) {
    const float words = std::max(ImGui::CalcTextSize(b.label).x, b.other != nullptr ? ImGui::CalcTextSize(b.other).x : 0.0f);
    return std::max(words + unit * 1.6f, unit * 4.0f);
  };
  const float bar_gap = unit * 0.8f;
  float bar_w = -bar_gap;
  for (const BarButton& b : bar) bar_w += width_of(b) + bar_gap;
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
  for (std::size_t i = 0; i < bar.size(); ++i) {
    const float w = width_of(bar[i]);
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
  ImGui::PushTextWrapPos(size.x - margin);
  if (!model.notice.empty()) {
    ImGui::TextColored(p.danger, "%s", model.notice.c_str());
  } else if (size.y >= unit * 36) {
    // The hint only where there is room for it: on a short screen the cards need the lines.
    ImGui::TextColored(p.muted, "%s", tr("Choose a routine. Start it, then follow the sound and the colours."));
  }
  ImGui::PopTextWrapPos();
  ImGui::Dummy(ImVec2(0, unit * 0.3f));
  // A cramp right now: one big button, first on the screen after the title, in the danger colour.
  ImGui::SetCursorPosX(margin);
  push_font(fonts.heading);
  const float cramp_w = std::min(size.x - 2 * margin, std::max(unit * 12.0f, ImGui::CalcTextSize(tr("Cramp now")).x + unit * 3));
  {
    const ButtonStyle alarm(p, ButtonLook::alarm, unit);
    if (big_button(tr("Cramp now"), ImVec2(cramp_w, unit * 3.0f), buttons_)) intent = LibraryIntent{.kind = LibraryIntent::Kind::cramp_now};
  }
  pop_font();
  // Beside it, what it does, when there is room.
  const float beside_x = margin + cramp_w + unit;
  if (size.x - margin - beside_x >= unit * 10) {
    ImGui::SameLine(0, unit);
    const float y = ImGui::GetCursorPosY();
    ImGui::PushTextWrapPos(size.x - margin);
    ImGui::SetCursorPosY(y + unit * 0.3f);
    ImGui::TextColored(p.muted, "%s", tr("A leg cramp right now? Limber talks you through stretching it out, in dim red light."));
    ImGui::PopTextWrapPos();
    ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), y + unit * 3.0f + ImGui::GetStyle().ItemSpacing.y));
  }
  ImGui::Dummy(ImVec2(0, unit * 0.3f));

  ImGui::SetCursorPosX(margin);
  // NavFlattened: the keyboard moves through the cards and their buttons as one list.
  ImGui::BeginChild("cards", ImVec2(size.x - 2 * margin, size.y - ImGui::GetCursorPosY() - margin), false,
                    ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NavFlattened);
  const float card_w = ImGui::GetContentRegionAvail().x;
  // Start as wide as its word needs in the heading font ("Commencer" is not cramped), at least 7.5 units.
  push_font(fonts.heading);
  const float start_w = std::max(unit * 7.5f, ImGui::CalcTextSize(tr("Start")).x + unit * 2.0f);
  pop_font();
  const float card_h = unit * 7.6f;
  for (std::size_t i = 0; i < cards.size(); ++i) {
    const LibraryCard& card = cards[i];
    const int index = static_cast<int>(i);
    ImGui::PushID(index);
    // The foot row holds Edit, Copy, Delete on the left and the reps picker right of them; when
    // the card is too narrow for both, the picker gets a row of its own above.
    // As wide as the longest of Edit, Copy and Delete in this language.
    float tool_w = unit * 4.6f;
    for (const char* word : {tr("Edit"), tr("Copy"), tr("Delete")}) tool_w = std::max(tool_w, ImGui::CalcTextSize(word).x + unit * 1.2f);
    const ImVec2 tool(tool_w, unit * 2.2f);
    const ImVec2 small(std::max(unit * 2.8f, min_touch_pixels()), std::max(unit * 2.2f, min_touch_pixels()));
    const ImVec2 button(start_w, unit * 3.2f);
    const int tools = (card.editable ? 2 : 0) + (card.deletable ? 1 : 0);
    // The figure's still, square, at the card's left; text and tools start after it.
    const float thumb = card.pose != nullptr || card.picture != nullptr ? card_h - unit * 1.2f : 0.0f;
    const float left = thumb > 0 ? unit * 0.6f + thumb + unit * 0.6f : unit;
    const float tools_right = left + static_cast<float>(tools) * (tool.x + unit * 0.5f);
    const bool picker = card.problem.empty() && card.reps_min < card.reps_max;
    const float picker_left = card_w - unit - button.x - unit * 1.2f - (small.x * 2 + unit * 5);
    const bool stacked = picker && picker_left < tools_right;
    // The name wraps rather than being cut ("Morning calf stret..." in portrait); the card grows
    // by the lines it takes beyond the first.
    const float room = card_w - left - unit * 2 - start_w;
    push_font(fonts.heading);
    const float name_line = ImGui::GetTextLineHeight();
    const float name_h = ImGui::CalcTextSize(card.name.c_str(), nullptr, false, room).y;
    pop_font();
    const float this_card_h = card_h + (stacked ? small.y + unit * 0.4f : 0.0f) + std::max(0.0f, name_h - name_line);
    ImGui::BeginChild("card", ImVec2(card_w, this_card_h), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NavFlattened);
    if (thumb > 0) {
      const ImVec2 at = ImGui::GetCursorScreenPos();
      const ImVec2 min(at.x + unit * 0.6f, at.y + unit * 0.6f);
      if (card.picture != nullptr && card.picture_size.x > 0 && card.picture_size.y > 0) {
        // Whole, centred in the square, its proportions kept.
        const float scale = std::min(thumb / card.picture_size.x, thumb / card.picture_size.y);
        const ImVec2 shown(card.picture_size.x * scale, card.picture_size.y * scale);
        const ImVec2 from(min.x + (thumb - shown.x) / 2, min.y + (thumb - shown.y) / 2);
        ImGui::GetWindowDrawList()->AddImage(card.picture, from, ImVec2(from.x + shown.x, from.y + shown.y));
      } else {
        draw_pose(ImGui::GetWindowDrawList(), *card.pose, card.pose->hold, min, ImVec2(min.x + thumb, min.y + thumb),
                  PoseLook{theme, p.surface, false, 1.0f});
      }
    }
    ImGui::SetCursorPos(ImVec2(left, unit * 0.8f));
    // The name whole; the details one line, cut short with an ellipsis rather than running under Start.
    push_font(fonts.heading);
    ImGui::PushTextWrapPos(left + room);
    ImGui::TextUnformatted(card.name.c_str());
    ImGui::PopTextWrapPos();
    pop_font();
    ImGui::SetCursorPosX(left);
    if (card.problem.empty()) {
      ImGui::TextColored(p.muted, "%s", fit_text(card.details, room).c_str());
    } else {
      ImGui::TextColored(p.danger, "%s", fit_text(card.problem, room).c_str());
    }
    // Edit, Copy, Delete: smaller than Start, along the card's foot.
    ImGui::SetCursorPos(ImVec2(left, this_card_h - unit * 0.6f - std::max(tool.y, min_touch_pixels())));
    if (card.editable) {
      if (big_button(fmt::format("{}##{}", tr("Edit"), index).c_str(), tool, buttons_)) {
        intent = LibraryIntent{.kind = LibraryIntent::Kind::edit, .card = index};
      }
      ImGui::SameLine(0, unit * 0.5f);
      if (big_button(fmt::format("{}##{}", tr("Copy"), index).c_str(), tool, buttons_)) {
        intent = LibraryIntent{.kind = LibraryIntent::Kind::duplicate, .card = index};
      }
      ImGui::SameLine(0, unit * 0.5f);
    }
    if (card.deletable && big_button(fmt::format("{}##{}", tr("Delete"), index).c_str(), tool, buttons_)) {
      intent = LibraryIntent{.kind = LibraryIntent::Kind::delete_routine, .card = index};
    }
    if (card.problem.empty()) {
      // The reps picker is drawn before Start, so Tab reaches it first, in reading order.
      if (picker) {
        // Left of Start, on the foot row or the row above it, so the details keep their width.
        const float right = picker_left;
        const float foot_y = this_card_h - unit * 0.6f - small.y - (stacked ? small.y + unit * 0.4f : 0.0f);
        ImGui::SetCursorPos(ImVec2(right, foot_y));
        if (big_button(fmt::format("-##{}", index).c_str(), small, buttons_) && card.reps > card.reps_min) {
          intent = LibraryIntent{.kind = LibraryIntent::Kind::set_reps, .card = index, .reps = card.reps - 1};
        }
        ImGui::SameLine(0, 0);
        // "6 reps" between - and +, or the number alone where a language's words do not fit.
        std::string reps = format(trn("{0} rep", "{0} reps", card.reps), card.reps);
        if (ImGui::CalcTextSize(reps.c_str()).x > unit * 4.6f) reps = std::to_string(card.reps);
        const float text_w = ImGui::CalcTextSize(reps.c_str()).x;
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (unit * 5 - text_w) / 2);
        ImGui::SetCursorPosY(foot_y + (small.y - ImGui::GetTextLineHeight()) / 2);
        ImGui::TextUnformatted(reps.c_str());
        ImGui::SetCursorPos(ImVec2(right + small.x + unit * 5, foot_y));
        if (big_button(fmt::format("+##{}", index).c_str(), small, buttons_) && card.reps < card.reps_max) {
          intent = LibraryIntent{.kind = LibraryIntent::Kind::set_reps, .card = index, .reps = card.reps + 1};
        }
      }
      ImGui::SetCursorPos(ImVec2(card_w - unit - button.x, (this_card_h - button.y) / 2));
      push_font(fonts.heading);
      if (big_button(fmt::format("{}##{}", tr("Start"), index).c_str(), button, buttons_)) {
        intent = LibraryIntent{.kind = LibraryIntent::Kind::start, .card = index};
      }
      pop_font();
    }
    ImGui::EndChild();
    ImGui::PopID();
    ImGui::Dummy(ImVec2(0, unit * 0.4f));
  }
  if (cards.empty()) ImGui::TextColored(p.muted, "%s", tr("No routines found."));
  ImGui::EndChild();
  if (!model.confirm_delete.empty()) {
    begin_overlay("Delete routine");
    ImGui::SetCursorPos(ImVec2(margin * 2, size.y * 0.35f));
    ImGui::PushTextWrapPos(size.x - margin * 2);
    push_font(fonts.heading);
    ImGui::TextWrapped("%s", format(tr("Delete {0}?"), model.confirm_delete).c_str());
    pop_font();
    ImGui::SetCursorPosX(margin * 2);
    ImGui::TextColored(p.muted, "%s", tr("Its file is removed from your routines folder. Your history keeps its sessions."));
    ImGui::PopTextWrapPos();
    ImGui::SetCursorPosX(margin * 2);
    const ImVec2 choice(unit * 10, unit * 3);
    if (big_button(tr("Keep it"), choice, buttons_)) intent = LibraryIntent{.kind = LibraryIntent::Kind::cancel_delete};
    ImGui::SameLine(0, unit);
    {
      const ButtonStyle alarm(p, ButtonLook::alarm, unit);
      if (big_button(tr("Delete it"), choice, buttons_)) intent = LibraryIntent{.kind = LibraryIntent::Kind::confirm_delete};
    }
    end_overlay();
  }
  ImGui::End();
  return intent;
}

}  // namespace limber
