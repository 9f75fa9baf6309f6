#include "core/history/record_rules.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <vector>

#include "core/base/calendar.hpp"
#include "core/base/text.hpp"
#include "core/base/translate.hpp"
#include "core/formats/sqlite.hpp"
#include "core/history/diary_rules.hpp"

namespace limber {
namespace {

constexpr std::int64_t kLongestSessionSeconds = 24 * 60 * 60;
constexpr int kMostRepsRows = 2000;
constexpr int kMostRepsDone = 100'000;
constexpr std::size_t kLongestName = 100;
constexpr std::size_t kLongestNote = 1000;
constexpr std::size_t kLongestPath = 4096;

}  // namespace

// Limber writes version 4 UUIDs; ids are compared, never parsed, so any short printable ASCII
// id merges correctly and is accepted.
bool is_record_id(const std::string& id) {
  return !id.empty() && id.size() <= 100 &&
         std::all_of(id.begin(), id.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
}

bool is_utc_timestamp(const std::string& text) {
  if (text.size() != 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z') return false;
  if (!parse_date(text.substr(0, 10))) return false;
  const auto two = [&](std::size_t at, int most) {
    return std::isdigit(static_cast<unsigned char>(text[at])) && std::isdigit(static_cast<unsigned char>(text[at + 1])) &&
           (text[at] - '0') * 10 + (text[at + 1] - '0') <= most;
  };
  return two(11, 23) && two(14, 59) && two(17, 60);
}

namespace {

bool is_name(const std::string& text) {
  return !text.empty() && !find_invalid_utf8(text) && utf8_length(text) <= kLongestName &&
         std::none_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; });
}

}  // namespace

// What a history file from elsewhere may hold: these tables (with at least these columns) and
// their indexes. A view, a trigger or a virtual table can run anything when read, so a file with
// one is refused before anything in it is read.
std::optional<std::string> imported_schema_problem(Database& db) {
  static const std::map<std::string, std::vector<std::string>, std::less<>> kTables = {
      {"sessions", {"id", "uuid", "routine_name", "routine_file", "routine_hash", "started_utc", "ended_utc",
                    "local_date", "planned_seconds", "active_seconds", "reps_target", "outcome"}},
      {"session_reps", {"session_id", "exercise", "exercise_name", "side", "done", "target"}},
      {"diary", {"date", "cramps", "severity", "note"}},
      // Since schema 4; an older history has neither.
      {"cramp_events", {"uuid", "at_utc", "local_time", "night", "leg", "deleted_utc"}},
      {"tried", {"date", "item", "done", "updated_utc"}},
      // Since schema 5.
      {"clock", {"latest", "device"}},
  };
  static const std::map<std::string, int, std::less<>> kSince = {{"cramp_events", 4}, {"tried", 4}, {"clock", 5}};
  Statement objects = db.prepare("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema");
  std::set<std::string> tables;
  while (objects.step()) {
    const std::string type = objects.text(0);
    const std::string name = objects.text(1);
    const std::string sql = objects.text(3);
    if (type == "view" || type == "trigger") {
      return fmt::format("it holds a {} (`{}`), which no Limber history has: reading it could run anything", type, name);
    }
    if (type == "table" && sql.find("VIRTUAL") != std::string::npos) {
      return fmt::format("it holds a virtual table (`{}`), which no Limber history has", name);
    }
    if (type == "table" && sql.find("WITHOUT ROWID") != std::string::npos) {
      return fmt::format("its table `{}` is stored in a way no Limber history is (WITHOUT ROWID)", name);
    }
    if (type == "table" && kTables.count(name) == 0 && name.rfind("sqlite_", 0) != 0) {
      return fmt::format("it holds a table `{}` that a Limber history does not have", name);
    }
    if (type == "index" && kTables.count(objects.text(2)) == 0) {
      return fmt::format("it holds an index `{}` on a table a Limber history does not have", name);
    }
    if (type == "table") tables.insert(name);
  }
  for (const auto& [table, columns] : kTables) {
    if (tables.count(table) == 0) {
      if (const auto since = kSince.find(table); since != kSince.end() && db.user_version() < since->second) continue;
      return fmt::format("it has no `{}` table, so it is not a Limber history", table);
    }
    std::set<std::string> present;
    Statement info = db.prepare(fmt::format("PRAGMA table_info({})", table));
    while (info.step()) present.insert(info.text(1));
    for (const std::string& column : columns) {
      if (present.count(column) == 0) return fmt::format("its `{}` table has no `{}` column", table, column);
    }
  }
  return std::nullopt;
}

std::optional<std::string> imported_session_problem(const SessionRecord& s) {
  if (!is_record_id(s.uuid)) return "an id that is not one Limber makes";
  if (!is_name(s.routine_name)) return "a routine name that is empty, too long or not text";
  if (s.routine_file.size() > kLongestPath || find_invalid_utf8(s.routine_file) || s.routine_hash.size() > 64) {
    return "a routine file or hash that is not one Limber writes";
  }
  if (!is_utc_timestamp(s.started_utc) || (!s.ended_utc.empty() && !is_utc_timestamp(s.ended_utc))) {
    return "a start or end time that is not a time";
  }
  if (!parse_date(s.local_date)) return "a date that is not a date";
  if (s.planned_seconds < 0 || s.planned_seconds > kLongestSessionSeconds || s.active_seconds < 0 ||
      s.active_seconds > kLongestSessionSeconds) {
    return "a length of time out of range";
  }
  if (s.reps_target && (*s.reps_target < 1 || *s.reps_target > 500)) return "a reps target out of range";
  if (s.reps.size() > static_cast<std::size_t>(kMostRepsRows)) return "more reps rows than any routine has";
  for (const RepsRecord& r : s.reps) {
    if (r.exercise < 0 || !is_name(r.exercise_name) || (r.side != "" && r.side != "left" && r.side != "right") ||
        r.done < 0 || r.target < 0 || r.done > kMostRepsDone || r.target > kMostRepsDone) {
      return "reps done that do not add up";
    }
  }
  return std::nullopt;
}

std::optional<std::string> imported_diary_problem(const DiaryEntry& entry) {
  if (!parse_date(entry.date)) return "a night that is not a date";
  if (entry.note.size() > kLongestNote || find_invalid_utf8(entry.note)) return "a note too long or not text";
  // Any date: the other device's "today" may be a time zone ahead.
  if (diary_entry_problem(entry, *parse_date("9999-12-31"))) return "cramps or a severity out of range";
  return std::nullopt;
}

}  // namespace limber
