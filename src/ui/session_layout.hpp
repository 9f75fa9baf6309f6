#pragma once
// Where the session screen's parts go, worked out before anything is drawn: the ring and its
// phase word, the column of words (where the user is, what is next, what to do), the figure, and
// the instructions' box. The whole instruction comes before the figure: the figure takes what the
// words leave, beside them or, in landscape, under a smaller ring; it is left out below a useful
// size. Pure geometry, tested without a window.

#include <imgui.h>

namespace limber {

struct SessionLayoutInput {
  ImVec2 size;           // the display
  float unit = 0;        // body text pixels
  float title_px = 0;    // the phase word's font
  float top = 0;         // below the top line (exercise name, sound and full-screen buttons)
  float bottom = 0;      // above the notice, the bar and the controls
  float margin = 0;
  bool has_figure = false;
  // The words' heights at the text column's width (session_layout_text_width()).
  float context_height = 0;
  float next_height = 0;
  float instructions_height = 0;
  float line = 0;  // one line of the instructions
};

struct SessionLayout {
  ImVec2 ring_centre{};
  float radius = 0;
  float ring_area_width = 0;  // the phase word is fitted to it
  ImVec2 text_at{};           // the column of words
  float text_width = 0;
  ImVec2 figure_min{}, figure_max{};  // empty: no figure
  bool figure_in_column = false;      // between "next" and the instructions (else under the ring)
  float instructions_room = 0;        // height the instructions may take below what precedes them
};

// The width of the column of words on a display of this size.
[[nodiscard]] float session_text_width(ImVec2 size, float margin);
[[nodiscard]] SessionLayout session_layout(const SessionLayoutInput& in);

}  // namespace limber
