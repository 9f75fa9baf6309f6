#pragma once
// What else the user tried on a day besides stretching (magnesium, vitamin D, enough water,
// massage, deep breathing, or things of their own): one tick per thing per day, kept in the
// history and compared with the nights that followed (report.hpp). A built-in thing is stored by
// its key ("vitamin-d") and shown in the user's language; the user's own by its words.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace limber {

class Database;

inline constexpr std::size_t kMostTriedThings = 12;
inline constexpr std::size_t kLongestTriedThing = 40;  // characters

// The list a new user starts with.
[[nodiscard]] const std::vector<std::string>& default_tried_things();
// "Vitamin D" for "vitamin-d", in the user's language; the user's own things as they wrote them.
[[nodiscard]] std::string tried_thing_label(const std::string& key);
// Why `words` cannot be one of the user's own things (empty, too long, a comma, a line break, or a
// built-in one's name); nullopt when it can.
[[nodiscard]] std::optional<std::string> tried_thing_problem(std::string_view words,
                                                             const std::vector<std::string>& list);
// A thing's key or words as Limber stores them: one short line of text, without commas.
[[nodiscard]] bool is_tried_item(std::string_view item);
// The thing in `list` that `words` names, by key or label in English or the user's language,
// ignoring case: "water", "Vitamin D".
[[nodiscard]] std::optional<std::string> find_tried_thing(std::string_view words, const std::vector<std::string>& list);

// By day ("2026-11-30"): the things ticked that day.
using TriedDays = std::map<std::string, std::set<std::string>>;

// The rows (history_store.hpp calls these; history_import.cpp merges by the later tap).
// `change_time`: the tick's place in the order of changes (hybrid_time.hpp).
void write_tried(Database& db, const std::string& date, const std::string& item, bool done, std::string_view updated_utc,
                 std::string_view change_time);
[[nodiscard]] TriedDays read_tried(Database& db);

}  // namespace limber
