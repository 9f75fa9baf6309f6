#pragma once
// The Settings screen: sound (on/off, volume, the cue sound set with a "play" preview), voice
// (on/off, which espeak-ng voice, from a list grouped by language with a preview on each row, and
// a "say something" preview, rate, loudness beside the tones),
// look (dark, light, or the desktop's), full screen on start, and reminders (listed with Remove,
// two suggested while there are none, and a new one made from a time, days and a routine), and
// what else the user tries against cramps (the diary's daily ticks).
// Every control is a finger-sized button, so touch, mouse and keyboard (Tab, Enter) all work.

#include <optional>
#include <string>

#include "ui/settings_model.hpp"
#include "ui/theme.hpp"
#include "ui/view_fonts.hpp"
#include "ui/widgets.hpp"

namespace limber {

class SettingsView {
 public:
  std::optional<SettingsIntent> draw(const SettingsModel& model, ThemeKind theme, const ViewFonts& fonts);
  [[nodiscard]] const DrawnButtons& buttons() const { return buttons_; }
  // The words typed for a new thing tried, emptied once it is on the list.
  void clear_new_tried() { new_tried_.clear(); }

 private:
  DrawnButtons buttons_;
  bool dragging_ = false;
  std::string new_tried_;
};

}  // namespace limber
