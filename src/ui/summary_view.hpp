#pragma once
// The summary screen when a session ends: done or stopped, time spent, reps per side.

#include <optional>
#include <string>
#include <vector>

#include "ui/theme.hpp"
#include "ui/view_fonts.hpp"
#include "ui/widgets.hpp"

namespace limber {

struct SummaryModel {
  bool completed = false;
  std::string routine{};
  std::string time{};             // "2:00 of 2:00"
  std::vector<std::string> rows{};  // "Calf ledge stretch · Left leg: 6 of 6 reps"
};

enum class SummaryIntent { back_to_library, again };

class SummaryView {
 public:
  std::optional<SummaryIntent> draw(const SummaryModel& model, ThemeKind theme, const ViewFonts& fonts);
  [[nodiscard]] const DrawnButtons& buttons() const { return buttons_; }

 private:
  DrawnButtons buttons_;
};

}  // namespace limber
