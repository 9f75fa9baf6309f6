#pragma once
// Measures a frame's layout after ImGui::Render(): no two controls that can be tapped overlap, no
// text is drawn under a control it does not belong to, and no text runs out of its box sideways
// (nothing scrolls sideways, so a glyph past its clip rectangle's side is text cut off) or off
// the screen. Glyphs are found in the draw data by their texture coordinates: the first and third
// vertex of a glyph's quad carry that glyph's corners in the font atlas.

#include <imgui.h>

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "ui/widgets.hpp"

namespace limber::testing {

namespace layout_detail {

struct Box {
  ImVec2 min;
  ImVec2 max;
};

inline bool overlap(const Box& a, const Box& b, float slack) {
  return a.min.x < b.max.x - slack && b.min.x < a.max.x - slack && a.min.y < b.max.y - slack && b.min.y < a.max.y - slack;
}

inline std::set<std::pair<float, float>> glyph_corners() {
  std::set<std::pair<float, float>> corners;
  for (const ImFont* font : ImGui::GetIO().Fonts->Fonts) {
    for (const ImFontGlyph& glyph : font->Glyphs) {
      if (glyph.Visible) corners.insert({glyph.U0, glyph.V0});
    }
  }
  return corners;
}

}  // namespace layout_detail

// Every problem found, in words; empty when the layout is sound. `where` names the screen.
inline std::vector<std::string> layout_problems(const DrawnButtons& controls, const std::string& where) {
  using layout_detail::Box;
  std::vector<std::string> problems;
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  // Controls: a question's controls sit over the screen's by design; among each set, none overlap.
  for (std::size_t i = 0; i < controls.size(); ++i) {
    const DrawnButton& a = controls[i];
    if (!a.is_visible()) continue;
    if (a.visible_min.x < -0.5f || a.visible_min.y < -0.5f || a.visible_max.x > display.x + 0.5f ||
        a.visible_max.y > display.y + 0.5f) {
      problems.push_back(fmt::format("{}: `{}` is partly off the screen", where, a.label));
    }
    for (std::size_t j = i + 1; j < controls.size(); ++j) {
      const DrawnButton& b = controls[j];
      if (!b.is_visible() || a.question != b.question) continue;
      if (layout_detail::overlap({a.visible_min, a.visible_max}, {b.visible_min, b.visible_max}, 0.5f)) {
        problems.push_back(fmt::format("{}: `{}` and `{}` overlap", where, a.label, b.label));
      }
    }
  }
  // Text.
  const ImDrawData* data = ImGui::GetDrawData();
  if (data == nullptr) return problems;
  const auto corners = layout_detail::glyph_corners();
  // A button's label drawn whole: as many whole glyphs among its own vertices as its words have
  // letters (ImGui cuts a label that does not fit at the button's sides, silently).
  for (const DrawnButton& control : controls) {
    if (!control.is_visible() || control.list == nullptr || control.label.rfind("##", 0) == 0) continue;
    // Scrolled part-way out of view: not all of it is drawn, by design.
    if (control.visible_max.x - control.visible_min.x < control.max.x - control.min.x - 0.5f ||
        control.visible_max.y - control.visible_min.y < control.max.y - control.min.y - 0.5f) {
      continue;
    }
    const std::string shown = control.label.substr(0, control.label.find("##"));
    int letters = 0;
    for (const char c : shown) letters += (static_cast<unsigned char>(c) & 0xC0) != 0x80 && c != ' ' && c != '\n' ? 1 : 0;
    int glyphs = 0;
    for (int v = control.vertices_begin; v + 3 < control.vertices_end; ++v) {
      const ImDrawVert& corner = control.list->VtxBuffer[v];
      const ImDrawVert& opposite = control.list->VtxBuffer[v + 2];
      if (corners.count({corner.uv.x, corner.uv.y}) == 0 || opposite.pos.x <= corner.pos.x || opposite.pos.y <= corner.pos.y) continue;
      ++glyphs;
      v += 3;
    }
    if (glyphs < letters) {
      problems.push_back(fmt::format("{}: the label of `{}` is cut ({} of its {} letters drawn)", where, control.label,
                                     glyphs, letters));
    }
  }
  for (int l = 0; l < data->CmdListsCount; ++l) {
    const ImDrawList* list = data->CmdLists[l];
    unsigned int index_at = 0;
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (cmd.UserCallback != nullptr) continue;
      // The vertices this command draws (indices are 16- or 32-bit; read them as stored).
      std::set<unsigned int> vertices;
      for (unsigned int k = 0; k < cmd.ElemCount; ++k) vertices.insert(list->IdxBuffer[static_cast<int>(cmd.IdxOffset + k)] + cmd.VtxOffset);
      index_at += cmd.ElemCount;
      for (const unsigned int v : vertices) {
        if (v + 3 >= static_cast<unsigned int>(list->VtxBuffer.Size)) continue;
        const ImDrawVert& top_left = list->VtxBuffer[static_cast<int>(v)];
        if (corners.count({top_left.uv.x, top_left.uv.y}) == 0) continue;
        const ImDrawVert& bottom_right = list->VtxBuffer[static_cast<int>(v + 2)];
        const Box glyph{top_left.pos, bottom_right.pos};
        if (glyph.max.x <= glyph.min.x || glyph.max.y <= glyph.min.y) continue;  // not a quad's first corner
        // Clipped away entirely (scrolled out of its window): not drawn, nothing to judge.
        if (glyph.max.y <= cmd.ClipRect.y || glyph.min.y >= cmd.ClipRect.w) continue;
        // A text field's own text scrolls inside it: cut at its sides by design.
        const bool in_field = std::any_of(controls.begin(), controls.end(), [&](const DrawnButton& c) {
          return c.list == list && c.label.rfind("##", 0) == 0 && static_cast<int>(v) >= c.vertices_begin &&
                 static_cast<int>(v) < c.vertices_end;
        });
        // ... and a multi-line field draws its text in a child window of its own, clipped to it.
        const bool in_field_window = std::any_of(controls.begin(), controls.end(), [&](const DrawnButton& c) {
          return c.label.rfind("##", 0) == 0 && cmd.ClipRect.x >= c.min.x - 1 && cmd.ClipRect.z <= c.max.x + 1 &&
                 cmd.ClipRect.y >= c.min.y - 1 && cmd.ClipRect.w <= c.max.y + 1;
        });
        if (in_field || in_field_window) continue;
        // (A glyph may start left of its pen position by its side bearing, not a cut: DejaVu's
        // "J" by about a twentieth of its height, 3 px at 4K.)
        const float bearing = std::max(2.0f, (glyph.max.y - glyph.min.y) * 0.08f);
        if (glyph.min.x < cmd.ClipRect.x - bearing || glyph.max.x > cmd.ClipRect.z + 0.5f) {
          problems.push_back(fmt::format("{}: text at ({:.0f}, {:.0f}) runs out of its box sideways (box x {:.0f} to {:.0f})",
                                         where, glyph.min.x, glyph.min.y, cmd.ClipRect.x, cmd.ClipRect.z));
          break;  // one report per draw command is enough to find it
        }
        if (glyph.min.x < -0.5f || glyph.max.x > display.x + 0.5f) {
          problems.push_back(fmt::format("{}: text at ({:.0f}, {:.0f}) is off the screen", where, glyph.min.x, glyph.min.y));
          break;
        }
        // Text under a control that is not the control's own label.
        const Box shown{ImVec2(std::max(glyph.min.x, cmd.ClipRect.x), std::max(glyph.min.y, cmd.ClipRect.y)),
                        ImVec2(std::min(glyph.max.x, cmd.ClipRect.z), std::min(glyph.max.y, cmd.ClipRect.w))};
        for (const DrawnButton& control : controls) {
          if (!control.is_visible() || control.question) continue;
          const bool own = control.list == list && static_cast<int>(v) >= control.vertices_begin &&
                           static_cast<int>(v) < control.vertices_end;
          if (own) continue;
          if (control.list == list && layout_detail::overlap(shown, {control.visible_min, control.visible_max}, 1.0f)) {
            problems.push_back(fmt::format("{}: text at ({:.0f}, {:.0f}) is under `{}`", where, glyph.min.x,
                                           glyph.min.y, control.label));
            break;
          }
        }
      }
    }
  }
  return problems;
}

}  // namespace limber::testing
