#pragma once
// The text of a frame as it was drawn, read back from ImGui's draw data after ImGui::Render(): each
// glyph's quad carries its corners in the font atlas (first and third vertex), which name the
// glyph. Glyphs drawn one after another on one line, with nothing else drawn between them, make a
// run; a run is what one call drew on one line (a label, one line of a wrapped sentence).
// Spaces draw nothing: a gap wider than a fifth of the font's size is read as one.

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace limber::testing {

struct DrawnRun {
  std::string text;  // UTF-8
  ImVec2 at;         // the first glyph's top-left corner
  float right = 0;   // the last glyph's right edge
};

namespace drawn_detail {

struct GlyphKey {
  float u0, v0, u1, v1;
  bool operator<(const GlyphKey& o) const { return std::tie(u0, v0, u1, v1) < std::tie(o.u0, o.v0, o.u1, o.v1); }
};
struct GlyphInfo {
  unsigned int codepoint;
  float top, bottom;  // the glyph's offsets from the line's top (Y0, Y1) at its font's size
  float size;         // its font's size
};

inline std::map<GlyphKey, GlyphInfo> glyph_table() {
  std::map<GlyphKey, GlyphInfo> table;
  for (const ImFont* font : ImGui::GetIO().Fonts->Fonts) {
    for (const ImFontGlyph& glyph : font->Glyphs) {
      if (glyph.Visible) table[{glyph.U0, glyph.V0, glyph.U1, glyph.V1}] = {glyph.Codepoint, glyph.Y0, glyph.Y1, font->FontSize};
    }
  }
  return table;
}

inline void append_utf8(std::string& out, unsigned int c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

}  // namespace drawn_detail

// Every run of text in the last frame's draw data, in drawing order.
inline std::vector<DrawnRun> drawn_text() {
  using namespace drawn_detail;
  std::vector<DrawnRun> runs;
  const ImDrawData* data = ImGui::GetDrawData();
  if (data == nullptr) return runs;
  const auto table = glyph_table();
  for (int l = 0; l < data->CmdListsCount; ++l) {
    const ImDrawList* list = data->CmdLists[l];
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (cmd.UserCallback != nullptr) continue;
      bool open = false;  // a run goes on from the last glyph
      float line_top = 0, last_right = 0, size = 0;
      const auto index = [&](unsigned int k) { return list->IdxBuffer[static_cast<int>(cmd.IdxOffset + k)] + cmd.VtxOffset; };
      for (unsigned int k = 0; k + 2 < cmd.ElemCount; k += 3) {
        const unsigned int v = index(k);
        const bool quad = k + 5 < cmd.ElemCount && index(k + 1) == v + 1 && index(k + 2) == v + 2 && index(k + 3) == v &&
                          index(k + 4) == v + 2 && index(k + 5) == v + 3 &&
                          v + 3 < static_cast<unsigned int>(list->VtxBuffer.Size);
        const GlyphInfo* glyph = nullptr;
        if (quad) {
          const ImDrawVert& a = list->VtxBuffer[static_cast<int>(v)];
          const ImDrawVert& c = list->VtxBuffer[static_cast<int>(v + 2)];
          const auto found = table.find({a.uv.x, a.uv.y, c.uv.x, c.uv.y});
          if (found != table.end()) glyph = &found->second;
        }
        if (glyph == nullptr) {
          open = false;
          continue;
        }
        const ImDrawVert& a = list->VtxBuffer[static_cast<int>(v)];
        const ImDrawVert& c = list->VtxBuffer[static_cast<int>(v + 2)];
        // Text drawn larger or smaller than its font (a chart's labels): the quad's height says by how much.
        const float scale = glyph->bottom > glyph->top ? (c.pos.y - a.pos.y) / (glyph->bottom - glyph->top) : 1.0f;
        const float top = a.pos.y - glyph->top * scale;
        const float drawn_size = glyph->size * scale;
        const bool same_line = open && std::abs(top - line_top) <= 1.0f && std::abs(drawn_size - size) <= 0.5f &&
                               a.pos.x >= last_right - size * 0.3f && a.pos.x - last_right <= size * 1.5f;
        if (!same_line) {
          runs.push_back({"", a.pos});
          line_top = top;
          size = drawn_size;
        } else if (a.pos.x - last_right > size * 0.2f) {
          runs.back().text += ' ';
        }
        append_utf8(runs.back().text, glyph->codepoint);
        last_right = c.pos.x;
        runs.back().right = c.pos.x;
        open = true;
        k += 3;  // the quad's second triangle
      }
    }
  }
  return runs;
}

// How large a control's label is drawn against its font (1: as the font is; big_button draws a
// label too long for its button smaller, down to 0.6). 0 when no glyph of it is drawn.
inline float label_scale(const ImDrawList* list, int vertices_begin, int vertices_end) {
  const auto table = drawn_detail::glyph_table();
  float smallest = 0;
  for (int v = vertices_begin; v + 3 < vertices_end; ++v) {
    const ImDrawVert& a = list->VtxBuffer[v];
    const ImDrawVert& c = list->VtxBuffer[v + 2];
    const auto found = table.find({a.uv.x, a.uv.y, c.uv.x, c.uv.y});
    if (found == table.end() || found->second.bottom <= found->second.top) continue;
    const float scale = (c.pos.y - a.pos.y) / (found->second.bottom - found->second.top);
    smallest = smallest == 0 ? scale : std::min(smallest, scale);
    v += 3;
  }
  return smallest;
}

}  // namespace limber::testing
