#pragma once
// The cramp diary's rules, the same in the window and on the command line: a night is today or
// before, it had 0 to 100 cramps, and a night with cramps may say how bad the worst was, 1 (mild)
// to 10 (the worst imaginable), now or later: the count alone is already worth keeping. A night
// without cramps has no severity. Stored, "not said yet" and "none" are both 0.

#include <optional>
#include <string>

#include "core/base/calendar.hpp"
#include "core/history/records.hpp"

namespace limber {

inline constexpr int kMaxCrampsPerNight = 100;
inline constexpr int kMinSeverity = 1;
inline constexpr int kMaxSeverity = 10;
// A note is UTF-8 text of at most this many bytes: what every device accepts from another.
inline constexpr std::size_t kMaxNoteBytes = 1000;

// What is wrong with a note, or nullopt: the same rule where it is written and where another
// device's is read (record_rules.hpp), so no note is kept here that the others refuse.
[[nodiscard]] std::optional<std::string> note_problem(const std::string& note);

// What is wrong with an entry, in words for the person who wrote it; nullopt when it is right.
[[nodiscard]] std::optional<std::string> diary_entry_problem(const DiaryEntry& entry, DayNumber today);

// The worst cramp's severity: 0 for a night without cramps, nullopt while not said.
[[nodiscard]] std::optional<int> worst_severity(const DiaryEntry& entry);

}  // namespace limber
