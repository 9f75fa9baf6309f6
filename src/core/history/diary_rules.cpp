#include "core/history/diary_rules.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/base/text.hpp"
#include "core/base/translate.hpp"

namespace limber {

std::optional<std::string> note_problem(const std::string& note) {
  if (const auto at = find_invalid_utf8(note)) {
    return format(tr("the note is not UTF-8 text (from byte {0} on; is the terminal set to another encoding?)"), *at + 1);
  }
  if (note.size() > kMaxNoteBytes) {
    return format(tr("the note is {0} bytes long; a note may be at most {1} bytes"), note.size(), kMaxNoteBytes);
  }
  if (std::any_of(note.begin(), note.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t'; })) {
    return std::string(tr("the note holds a control character; only text, line breaks and tabs are kept"));
  }
  return std::nullopt;
}

std::optional<std::string> diary_entry_problem(const DiaryEntry& entry, DayNumber today) {
  if (const auto problem = note_problem(entry.note)) return problem;
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
