// Where the calendar and the cramp chart drew their days: a point to its day, a day to its centre.
#include <algorithm>

#include "ui/progress_charts.hpp"

namespace limber {

std::optional<DayNumber> DayPlaces::day_at(ImVec2 point, const ProgressStats& stats) const {
  if (point.x < min.x || point.y < min.y || point.x >= max.x || point.y >= max.y) return std::nullopt;
  int index = -1;
  if (cell > 0) {
    const int column = static_cast<int>((point.x - min.x) / cell);
    const int row = std::min(6, static_cast<int>((point.y - min.y) / cell));
    index = column * 7 + row;
  } else if (slot > 0) {
    index = first_index + static_cast<int>((point.x - min.x) / slot);
  }
  if (index < 0 || static_cast<std::size_t>(index) >= stats.recent_days.size()) return std::nullopt;
  const DayNumber day = stats.recent_days[static_cast<std::size_t>(index)].day;
  if (day > stats.today) return std::nullopt;
  return day;
}

ImVec2 DayPlaces::centre_of(DayNumber day) const {
  const int index = day - first_day;
  if (cell > 0) {
    return ImVec2(min.x + (static_cast<float>(index / 7) + 0.5f) * cell, min.y + (static_cast<float>(index % 7) + 0.5f) * cell);
  }
  return ImVec2(min.x + (static_cast<float>(index) + 0.5f) * slot, (min.y + max.y) / 2);
}

}  // namespace limber
