#pragma once
// The library screen (the start screen): every routine as a large card with its time, tags,
// origin, a reps picker for ranged routines, and Start.

#include <optional>
#include <string>
#include <vector>

#include "core/pose/pose.hpp"

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
  const Pose* pose = nullptr;  // a still of its first figure, in the hold, or none
  // The routine's own picture where its first illustrated exercise has one (an imported Workrave
  // exercise): shown instead of the figure.
  ImTextureID picture = nullptr;
  ImVec2 picture_size{};
};

struct LibraryIntent {
  enum class Kind {
    start, set_reps, toggle_fullscreen, toggle_mute, toggle_voice, show_progress, show_settings, new_routine, edit, duplicate,
    delete_routine, confirm_delete, cancel_delete, quit, cramp_now, import_routines
  };
  Kind kind = Kind::start;
  int card = -1;
  int reps = 0;
};

struct LibraryModel {
  std::vector<LibraryCard> cards{};
  bool fullscreen = false;
  bool muted = false;
  bool voice = false;
  bool can_quit = true;  // a page in a browser has no Quit: its tab closes it
  std::string confirm_delete{};  // the name of a routine the user asked to delete, to confirm first
  std::string notice{};          // shown under the title in place of the hint (a delete that did not happen)
};

class LibraryView {
 public:
  std::optional<LibraryIntent> draw(const LibraryModel& model, ThemeKind theme, const ViewFonts& fonts);
  [[nodiscard]] const DrawnButtons& buttons() const { return buttons_; }

 private:
  DrawnButtons buttons_;
};

}  // namespace limber
