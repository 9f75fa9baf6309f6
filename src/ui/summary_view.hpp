#pragma once
// The summary screen when a session ends: done or stopped, time spent, reps per side.

#include <optional>
#include <string>
#include <vector>

#include "ui/theme.hpp"
#include "ui/tried_ticks.hpp"
#include "ui/view_fonts.hpp"
#include "ui/widgets.hpp"

namespace limber {

// The one-tap diary entry for last night, offered on the summary screen.
// One tap writes the night (a count of cramps, or none); how bad the worst was may follow.
struct DiaryPrompt {
  std::string night{};                // "Wed 25 Nov"; empty: no diary to write to
  std::string saved{};                // non-empty: "2 cramps, worst 6 of 10" is saved for the night
  std::optional<int> cramps{};        // saved with this many cramps, the severity not said yet: ask
  bool changing = false;              // Change was tapped: the counts show again (the entry stays)
  bool tonight = false;               // the night under way (a rescue before midnight), not last night
  std::string counted{};              // the Cramp-now button's cramps that night: "03:12, left leg"
  std::string error{};
};

struct SummaryModel {
  bool completed = false;         // something was done and the session ran to its end: the good colour
  std::string headline{};         // "Well done!", "Every step was skipped", "Session stopped"
  bool offer_close = false;       // after a rescue: "Close Limber" (back to sleep) comes first
  std::string routine{};
  std::string time{};             // "2:00 of 2:00"
  std::vector<std::string> rows{};  // "Calf ledge stretch · Left leg: 6 of 6 reps"
  DiaryPrompt diary{};
  std::string back_label = "Back to library";  // "Back to the editor" after a try
  std::string history_notice{};                // the session is not in the history yet, and why
  std::string tried_day{};                     // "Mon 30 Nov": what else was tried that day; empty: not asked
  std::vector<TriedTick> tried{};
};

inline constexpr int kDiaryCrampsButtons = 6;  // None, 1, 2, 3, 4, 5+

struct SummaryIntent {
  enum class Kind { back_to_library, again, diary_cramps, diary_severity, diary_change, toggle_tried, close };
  Kind kind = Kind::back_to_library;
  int value = 0;  // cramps (5 means 5 or more), severity 1-10, or which thing tried
};

class SummaryView {
 public:
  std::optional<SummaryIntent> draw(const SummaryModel& model, ThemeKind theme, const ViewFonts& fonts);
  [[nodiscard]] const DrawnButtons& buttons() const { return buttons_; }

 private:
  std::optional<SummaryIntent> draw_diary(const DiaryPrompt& diary, ThemeKind theme, const ViewFonts& fonts, float width);
  DrawnButtons buttons_;
  bool dragging_ = false;        // a finger scrolling the body
  bool severity_shown_ = false;  // the severity question was on screen last frame
};

}  // namespace limber
