#include "core/diary_rules.hpp"

#include <fmt/format.h>

namespace limber {

std::optional<std::string> diary_entry_problem(const DiaryEntry& entry, DayNumber today) {
  const auto night = parse_date(entry.date);
  if (!night) return fmt::format("`{}` is not a date: write it as YYYY-MM-DD", entry.date);
  if (*night > today) {
    return fmt::format("{} has not happened yet: the diary is for nights gone by (today is {})", entry.date,
                       format_date(today));
  }
  if (entry.cramps < 0 || entry.cramps > kMaxCrampsPerNight) {
    return fmt::format("{} cramps in a night? Give a number from 0 to {}", entry.cramps, kMaxCrampsPerNight);
  }
  if (entry.cramps == 0 && entry.severity != 0) {
    return fmt::format("a night without cramps has no severity (it was given as {})", entry.severity);
  }
  if (entry.cramps > 0 && entry.severity != 0 && (entry.severity < kMinSeverity || entry.severity > kMaxSeverity)) {
    return fmt::format("the worst cramp's severity is from {} (mild) to {} (the worst imaginable), not {}", kMinSeverity,
                       kMaxSeverity, entry.severity);
  }
  return std::nullopt;
}

std::optional<int> worst_severity(const DiaryEntry& entry) {
  if (entry.cramps > 0 && entry.severity == 0) return std::nullopt;
  return entry.cramps == 0 ? 0 : entry.severity;
}

}  // namespace limber
