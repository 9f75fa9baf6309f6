#pragma once
// The library screen (the start screen): every routine as a large card with its time, tags,
// origin, a reps picker for ranged routines, and Start.

#include <optional>
#include <string>
#include <vector>

#include "ui/theme.hpp"
#include "ui/view_fonts.hpp"
#include "ui/widgets.hpp"

namespace limber {

struct LibraryCard {
  std::string name;
  std::string details{};  // "2:00 · morning, calves · built-in"
  std::string problem{};  // non-empty: the file is invalid and this is its first problem
  int reps_min = 0;     // a reps picker shows when reps_min < reps_max
  int reps_max = 0;
  int reps = 0;
  bool editable = false;   // a valid routine: Edit and Copy
  bool deletable = false;  // a user routine: Delete
};

struct LibraryIntent {
  enum class Kind {
    start, set_reps, toggle_fullscreen, toggle_theme, toggle_mute, toggle_voice, show_progress, new_routine, edit, duplicate,
    delete_routine, confirm_delete, cancel_delete
  };
  Kind kind = Kind::start;
  int card = -1;
  int reps = 0;
  bool editable = false;   // a valid routine: Edit and Copy
  bool deletable = false;  // a user routine: Delete
};

class LibraryView {
 public:
  // `confirm_delete`: the name of a routine the user asked to delete, to confirm first.
  std::optional<LibraryIntent> draw(const std::vector<LibraryCard>& cards, ThemeKind theme, const ViewFonts& fonts,
                                    bool fullscreen, bool muted, bool voice = false,
                                    const std::string& confirm_delete = {});
  [[nodiscard]] const DrawnButtons& buttons() const { return buttons_; }

 private:
  DrawnButtons buttons_;
};

}  // namespace limber
