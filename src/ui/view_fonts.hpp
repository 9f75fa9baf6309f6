#pragma once
// The fonts a view draws with, at the sizes for the current window.

struct ImFont;

namespace limber {

struct ViewFonts {
  ImFont* body = nullptr;
  ImFont* large = nullptr;    // 1.3 x body: what a session says to read from across the room
  ImFont* heading = nullptr;  // 1.6 x body, bold
  ImFont* title = nullptr;    // 2.6 x body, bold: the phase word
  ImFont* huge = nullptr;     // digits only: the countdown
  float body_px = 16;         // the unit every view sizes itself by
  bool from_file = false;     // false: ImGui's built-in fallback font
};

}  // namespace limber
