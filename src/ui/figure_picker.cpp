#include "ui/figure_picker.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "ui/pose_view.hpp"

namespace limber {
namespace {

// The name in as many lines as the tile needs (ImGui's buttons take "\n" in their labels).
std::string wrapped(const std::string& name, float width) {
  std::string out;
  std::string line;
  std::size_t at = 0;
  while (at < name.size()) {
    const auto space = name.find(' ', at);
    const std::string word = name.substr(at, space == std::string::npos ? std::string::npos : space - at);
    at = space == std::string::npos ? name.size() : space + 1;
    const std::string longer = line.empty() ? word : line + " " + word;
    if (!line.empty() && ImGui::CalcTextSize(longer.c_str()).x > width) {
      out += (out.empty() ? "" : "\n") + line;
      line = word;
    } else {
      line = longer;
    }
  }
  return out + (out.empty() ? "" : "\n") + line;
}

}  // namespace

std::optional<std::string> draw_figure_picker(const std::vector<FigureChoice>& choices, const std::string& chosen, float width,
                                              float unit, ThemeKind theme, DrawnButtons& buttons) {
  std::optional<std::string> tapped;
  const Palette& p = palette(theme);
  const float gap = unit * 0.4f;
  // As many tiles to a row as fit at six text lines' width or more.
  const int per_row = std::max(2, static_cast<int>(std::floor((width + gap) / (unit * 6 + gap))));
  const float tile_w = (width - gap * static_cast<float>(per_row - 1)) / static_cast<float>(per_row);
  const float text_h = ImGui::GetTextLineHeight() * 2 + unit * 0.6f;  // names of two lines
  const float tile_h = std::max(min_touch_pixels(), tile_w * 0.75f + text_h);
  const float start_x = ImGui::GetCursorPosX();
  for (std::size_t i = 0; i < choices.size(); ++i) {
    const FigureChoice& choice = choices[i];
    if (i % static_cast<std::size_t>(per_row) != 0) {
      ImGui::SameLine(0, gap);
    } else {
      ImGui::SetCursorPosX(start_x);
    }
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float name_h = ImGui::CalcTextSize(wrapped(choice.name, tile_w - unit).c_str()).y;
    {
      const ButtonStyle look(p, ButtonLook::chosen, unit, choice.key == chosen);
      // The name at the bottom of the tile, the figure above it.
      ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.5f, choice.pose != nullptr ? 1.0f : 0.5f));
      const std::string name = wrapped(choice.name, tile_w - unit);
      if (big_button(fmt::format("{}##figure-{}", name, choice.key.empty() ? "none" : choice.key).c_str(),
                     ImVec2(tile_w, tile_h), buttons)) {
        tapped = choice.key;
      }
      ImGui::PopStyleVar();
    }
    if (choice.pose != nullptr && ImGui::IsItemVisible()) {
      const float pad = unit * 0.4f;
      draw_pose(ImGui::GetWindowDrawList(), *choice.pose, choice.pose->hold, ImVec2(at.x + pad, at.y + pad),
                ImVec2(at.x + tile_w - pad, at.y + tile_h - std::max(text_h, name_h + unit * 0.6f)), PoseLook{theme, p.button, false, 1.0f});
    }
  }
  return tapped;
}

}  // namespace limber
