#include "platform/software_draw_data.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace limber {
namespace {

// SDL's software renderer cuts a triangle's corners down to whole pixels before it fills the
// pixels between them, where a GPU fills the pixels whose centres the triangle covers: half a
// pixel more on every corner makes the two agree (the fringes then sit where ImGui put them, and
// the slivers meet the bands' rectangles, which SDL fills exactly, without a gap or a seam).
constexpr float kTriangleShift = 0.5f;

struct Triangle {
  ImDrawIdx a, b, c;
};

// Drawn with the font atlas's white pixel: a solid colour, not a glyph or a picture.
bool is_solid(const ImDrawVert& v, ImVec2 white_uv) { return v.uv.x == white_uv.x && v.uv.y == white_uv.y; }

bool same_look(const ImDrawVert& x, const ImDrawVert& y) {
  return x.col == y.col && x.uv.x == y.uv.x && x.uv.y == y.uv.y;
}

// A convex polygon's left or right boundary, from its top to its bottom.
using Chain = std::vector<ImVec2>;

// Where the chain crosses height y (the outermost point where it runs along y).
float x_at(const Chain& chain, float y, bool left) {
  float x = left ? std::numeric_limits<float>::max() : std::numeric_limits<float>::lowest();
  for (std::size_t i = 0; i + 1 < chain.size(); ++i) {
    const ImVec2 p = chain[i];
    const ImVec2 q = chain[i + 1];
    if (y < p.y || y > q.y) continue;
    const float at = p.y == q.y ? (left ? std::min(p.x, q.x) : std::max(p.x, q.x)) : p.x + (y - p.y) * (q.x - p.x) / (q.y - p.y);
    x = left ? std::min(x, at) : std::max(x, at);
  }
  return x;
}

// The chain's points from y0 to y1: where it crosses both, and its corners between.
void chain_between(const Chain& chain, float y0, float y1, bool left, std::vector<ImVec2>& out) {
  out.clear();
  out.emplace_back(x_at(chain, y0, left), y0);
  for (const ImVec2& p : chain) {
    if (p.y > y0 && p.y < y1) out.push_back(p);
  }
  out.emplace_back(x_at(chain, y1, left), y1);
}

// Appends the polygon, cut into bands, to `out` as a command of its own (its vertices start at
// the command's VtxOffset, so 16-bit indices never run out). Bands run between whole pixel rows,
// and each band's rectangle between whole columns; the pieces left at the curved edges are
// triangles with the polygon's own corners, so the pixels covered (SDL fills a rectangle's whole
// pixels, and a triangle's pixels whose centres it covers) are the ones ImGui's fan covers.
void add_bands(ImDrawList& out, const ImDrawCmd& like, const std::vector<ImVec2>& polygon, const ImDrawVert& look) {
  // (`like` is already untextured: bands are solid.)
  const std::size_t n = polygon.size();
  std::size_t top_at = 0;
  std::size_t bottom_at = 0;
  for (std::size_t i = 1; i < n; ++i) {
    if (polygon[i].y < polygon[top_at].y) top_at = i;
    if (polygon[i].y > polygon[bottom_at].y) bottom_at = i;
  }
  const float top = polygon[top_at].y;
  const float bottom = polygon[bottom_at].y;
  if (bottom - top <= 0) return;
  Chain forward;
  Chain backward;
  for (std::size_t i = top_at;; i = (i + 1) % n) {
    forward.push_back(polygon[i]);
    if (i == bottom_at) break;
  }
  for (std::size_t i = top_at;; i = (i + n - 1) % n) {
    backward.push_back(polygon[i]);
    if (i == bottom_at) break;
  }
  const float middle = (top + bottom) / 2;
  const bool forward_is_left = x_at(forward, middle, true) <= x_at(backward, middle, true);
  const Chain& left_chain = forward_is_left ? forward : backward;
  const Chain& right_chain = forward_is_left ? backward : forward;

  std::vector<float> rows{std::floor(top), std::ceil(bottom)};
  for (const ImVec2& p : polygon) rows.push_back(std::round(p.y));
  std::sort(rows.begin(), rows.end());
  rows.erase(std::unique(rows.begin(), rows.end()), rows.end());

  ImDrawCmd cmd = like;
  cmd.VtxOffset = static_cast<unsigned int>(out.VtxBuffer.Size);
  cmd.IdxOffset = static_cast<unsigned int>(out.IdxBuffer.Size);
  cmd.ElemCount = 0;
  ImDrawIdx next = 0;
  const auto vertex = [&](ImVec2 p) {
    out.VtxBuffer.push_back(ImDrawVert{p, look.uv, look.col});
    return next++;
  };
  const auto triangle_vertex = [&](ImVec2 p) { return vertex(ImVec2(p.x + kTriangleShift, p.y + kTriangleShift)); };
  const auto triangle = [&](ImDrawIdx a, ImDrawIdx b, ImDrawIdx c) {
    out.IdxBuffer.push_back(a);
    out.IdxBuffer.push_back(b);
    out.IdxBuffer.push_back(c);
    cmd.ElemCount += 3;
  };
  // A convex piece as a fan from its first point.
  const auto fan = [&](const std::vector<ImVec2>& piece) {
    if (piece.size() < 3) return;
    const ImDrawIdx first = triangle_vertex(piece[0]);
    ImDrawIdx previous = triangle_vertex(piece[1]);
    for (std::size_t i = 2; i < piece.size(); ++i) {
      const ImDrawIdx current = triangle_vertex(piece[i]);
      triangle(first, previous, current);
      previous = current;
    }
  };
  std::vector<ImVec2> left;
  std::vector<ImVec2> right;
  std::vector<ImVec2> piece;
  for (std::size_t i = 0; i + 1 < rows.size(); ++i) {
    const float y0 = std::max(rows[i], top);
    const float y1 = std::min(rows[i + 1], bottom);
    if (y1 <= y0) continue;
    chain_between(left_chain, y0, y1, true, left);
    chain_between(right_chain, y0, y1, false, right);
    float inner_left = std::numeric_limits<float>::lowest();
    float inner_right = std::numeric_limits<float>::max();
    for (const ImVec2& p : left) inner_left = std::max(inner_left, std::ceil(p.x));
    for (const ImVec2& p : right) inner_right = std::min(inner_right, std::floor(p.x));
    const bool whole_rows = y0 == rows[i] && y1 == rows[i + 1];
    if (!whole_rows || inner_right <= inner_left) {
      // A part-pixel band (the top or bottom edge) or a narrow one (the tip of a circle): the
      // piece as it is, down the left side and back up the right.
      piece = left;
      piece.insert(piece.end(), right.rbegin(), right.rend());
      fan(piece);
      continue;
    }
    // The rectangle in the middle: top-left, top-right, bottom-right / top-left, bottom-right,
    // bottom-left, the two triangles SDL recognises as one quad and fills as a rectangle.
    const ImDrawIdx tl = vertex(ImVec2(inner_left, y0));
    const ImDrawIdx tr = vertex(ImVec2(inner_right, y0));
    const ImDrawIdx br = vertex(ImVec2(inner_right, y1));
    const ImDrawIdx bl = vertex(ImVec2(inner_left, y1));
    triangle(tl, tr, br);
    triangle(tl, br, bl);
    // The slivers between it and the curved edges.
    piece.assign({ImVec2(inner_left, y0)});
    piece.insert(piece.end(), left.begin(), left.end());
    piece.emplace_back(inner_left, y1);
    fan(piece);
    piece.assign({ImVec2(inner_right, y1)});
    piece.insert(piece.end(), right.rbegin(), right.rend());
    piece.emplace_back(inner_right, y0);
    fan(piece);
  }
  if (cmd.ElemCount > 0) out.CmdBuffer.push_back(cmd);
}

// Copies `in`'s commands into `out` (whose vertices are a copy of `in`'s): solid triangles in
// untextured commands, convex solid fans cut into bands, the rest as it was, all in order.
// The run of triangles from `t` that ImGui made as one convex fill: a fan from the first
// triangle's first corner, each next triangle continuing from the last one's edge, all of one
// solid colour.
struct Fan {
  unsigned int end = 0;  // one past its last triangle
  bool solid = false;    // the first triangle is solid (textured ones are never part of a fan)
  bool worth_bands = false;
};

Fan fan_from(const ImDrawIdx* idx, const ImDrawVert* vtx, unsigned int t, unsigned int triangles, ImVec2 white_uv) {
  const Triangle first{idx[3 * t], idx[3 * t + 1], idx[3 * t + 2]};
  Fan fan{t + 1, is_solid(vtx[first.a], white_uv) && is_solid(vtx[first.b], white_uv) && is_solid(vtx[first.c], white_uv)};
  if (!fan.solid || !same_look(vtx[first.a], vtx[first.b]) || !same_look(vtx[first.a], vtx[first.c])) return fan;
  ImVec2 lo = vtx[first.a].pos;
  ImVec2 hi = lo;
  const auto grow = [&](ImDrawIdx i) {
    lo = ImVec2(std::min(lo.x, vtx[i].pos.x), std::min(lo.y, vtx[i].pos.y));
    hi = ImVec2(std::max(hi.x, vtx[i].pos.x), std::max(hi.y, vtx[i].pos.y));
  };
  grow(first.b);
  grow(first.c);
  for (; fan.end < triangles; ++fan.end) {
    const Triangle next{idx[3 * fan.end], idx[3 * fan.end + 1], idx[3 * fan.end + 2]};
    if (next.a != first.a || next.b != idx[3 * (fan.end - 1) + 2] || !same_look(vtx[first.a], vtx[next.c])) break;
    grow(next.c);
  }
  fan.worth_bands = static_cast<int>(fan.end - t) >= SoftwareDrawData::kMinTriangles &&
                    (hi.x - lo.x) * (hi.y - lo.y) >= SoftwareDrawData::kMinArea;
  return fan;
}

// Copies `in`'s commands into `out` (whose vertices are a copy of `in`'s): solid triangles in
// untextured commands, convex solid fans cut into bands, the rest as it was, all in order.
void rewrite_list(const ImDrawList& in, ImDrawList& out, ImVec2 white_uv) {
  std::vector<ImVec2> polygon;
  for (const ImDrawCmd& cmd : in.CmdBuffer) {
    if (cmd.UserCallback != nullptr || cmd.ElemCount < 3) {
      out.CmdBuffer.push_back(cmd);
      continue;
    }
    const ImDrawIdx* idx = in.IdxBuffer.Data + cmd.IdxOffset;
    const ImDrawVert* vtx = in.VtxBuffer.Data + cmd.VtxOffset;
    const unsigned int triangles = cmd.ElemCount / 3;
    ImDrawCmd part = cmd;  // the run of triangles copied as they are, textured or solid
    part.IdxOffset = static_cast<unsigned int>(out.IdxBuffer.Size);
    part.ElemCount = 0;
    const auto flush_part = [&](ImTextureID next_texture) {
      if (part.ElemCount > 0) out.CmdBuffer.push_back(part);
      part.IdxOffset = static_cast<unsigned int>(out.IdxBuffer.Size);
      part.ElemCount = 0;
      part.TextureId = next_texture;
    };
    ImDrawCmd untextured = cmd;
    untextured.TextureId = nullptr;
    for (unsigned int t = 0; t < triangles;) {
      const Fan fan = fan_from(idx, vtx, t, triangles, white_uv);
      if (!fan.worth_bands) {
        const ImTextureID texture = fan.solid ? nullptr : cmd.TextureId;
        if (texture != part.TextureId) flush_part(texture);
        for (unsigned int k = 0; k < 3; ++k) out.IdxBuffer.push_back(idx[3 * t + k]);
        part.ElemCount += 3;
        ++t;
        continue;
      }
      polygon.assign({vtx[idx[3 * t]].pos, vtx[idx[3 * t + 1]].pos});
      for (unsigned int k = t; k < fan.end; ++k) polygon.push_back(vtx[idx[3 * k + 2]].pos);
      flush_part(part.TextureId);
      add_bands(out, untextured, polygon, vtx[idx[3 * t]]);
      part.IdxOffset = static_cast<unsigned int>(out.IdxBuffer.Size);  // the run goes on after the bands
      t = fan.end;
    }
    flush_part(cmd.TextureId);
  }
}

}  // namespace

ImDrawData* SoftwareDrawData::rewrite(const ImDrawData& data, ImVec2 white_uv) {
  while (lists_.size() < static_cast<std::size_t>(data.CmdListsCount)) {
    lists_.push_back(std::make_unique<ImDrawList>(ImGui::GetDrawListSharedData()));
  }
  pointers_.clear();
  int total_idx = 0;
  int total_vtx = 0;
  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList& in = *data.CmdLists[n];
    ImDrawList& out = *lists_[static_cast<std::size_t>(n)];
    out.CmdBuffer.resize(0);
    out.IdxBuffer.resize(0);
    out.VtxBuffer = in.VtxBuffer;
    out.Flags = in.Flags;
    // Solid shapes go through SDL's triangles (or, as axis-aligned quads, its rectangles, which
    // cut corners down the same way): shifted as the slivers are.
    for (ImDrawVert& v : out.VtxBuffer) {
      if (is_solid(v, white_uv)) v.pos = ImVec2(v.pos.x + kTriangleShift, v.pos.y + kTriangleShift);
    }
    rewrite_list(in, out, white_uv);
    total_idx += out.IdxBuffer.Size;
    total_vtx += out.VtxBuffer.Size;
    pointers_.push_back(&out);
  }
  data_ = data;
  data_.CmdLists = pointers_.data();
  data_.TotalIdxCount = total_idx;
  data_.TotalVtxCount = total_vtx;
  return &data_;
}

}  // namespace limber
