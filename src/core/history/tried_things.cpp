#include "core/history/tried_things.hpp"

#include <algorithm>

#include "core/base/text.hpp"
#include "core/base/translate.hpp"
#include "core/formats/sqlite.hpp"

namespace limber {
namespace {

struct BuiltIn {
  std::string_view key;
  const char* english;
};

// The article behind Limber suggests these besides stretching.
constexpr BuiltIn kBuiltIns[] = {
    {"magnesium", "Magnesium"},  {"vitamin-d", "Vitamin D"},         {"water", "Enough water"},
    {"massage", "Massage"},      {"breathing", "Deep breathing"},
};

const BuiltIn* built_in(std::string_view key) {
  for (const BuiltIn& b : kBuiltIns) {
    if (b.key == key) return &b;
  }
  return nullptr;
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

}  // namespace

const std::vector<std::string>& default_tried_things() {
  static const std::vector<std::string> list = [] {
    std::vector<std::string> keys;
    for (const BuiltIn& b : kBuiltIns) keys.emplace_back(b.key);
    return keys;
  }();
  return list;
}

std::string tried_thing_label(const std::string& key) {
  // Each written out, so that the catalogue has them.
  if (key == "magnesium") return trc("something tried against cramps", "Magnesium");
  if (key == "vitamin-d") return trc("something tried against cramps", "Vitamin D");
  if (key == "water") return trc("something tried against cramps", "Enough water");
  if (key == "massage") return trc("something tried against cramps", "Massage");
  if (key == "breathing") return trc("something tried against cramps", "Deep breathing");
  return key;
}

bool is_tried_item(std::string_view item) {
  return !item.empty() && !find_invalid_utf8(item) && utf8_length(item) <= kLongestTriedThing &&
         item.find(',') == std::string_view::npos &&
         std::none_of(item.begin(), item.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; });
}

std::optional<std::string> tried_thing_problem(std::string_view words, const std::vector<std::string>& list) {
  words = trimmed(words);
  if (words.empty()) return tr("Write what you tried, in a few words.");
  if (find_invalid_utf8(words) || std::any_of(words.begin(), words.end(), [](char c) {
        return static_cast<unsigned char>(c) < 0x20;
      })) {
    return tr("Use one line of plain text.");
  }
  if (words.find(',') != std::string_view::npos) return tr("Leave out commas: they separate things on the command line.");
  if (utf8_length(words) > kLongestTriedThing) {
    return format(tr("Keep it under {0} characters."), static_cast<int>(kLongestTriedThing));
  }
  if (find_tried_thing(words, list) || find_tried_thing(words, default_tried_things())) {
    return tr("That is on the list already.");
  }
  if (list.size() >= kMostTriedThings) return format(tr("The list holds {0} things at most."), static_cast<int>(kMostTriedThings));
  return std::nullopt;
}

std::optional<std::string> find_tried_thing(std::string_view words, const std::vector<std::string>& list) {
  words = trimmed(words);
  for (const std::string& key : list) {
    const BuiltIn* b = built_in(key);
    if (equal_ignoring_case(words, key) || equal_ignoring_case(words, tried_thing_label(key)) ||
        (b != nullptr && equal_ignoring_case(words, b->english))) {
      return key;
    }
  }
  return std::nullopt;
}

void write_tried(Database& db, const std::string& date, const std::string& item, bool done, std::string_view updated_utc,
                 std::string_view change_time) {
  Statement upsert = db.prepare(R"sql(
INSERT INTO tried (date, item, done, updated_utc, hlc) VALUES (?1, ?2, ?3, ?4, ?5)
ON CONFLICT(date, item) DO UPDATE SET done = ?3, updated_utc = ?4, hlc = ?5)sql");
  upsert.bind(1, date).bind(2, item).bind(3, std::int64_t{done ? 1 : 0}).bind(4, updated_utc).bind(5, change_time).run();
}

TriedDays read_tried(Database& db) {
  TriedDays out;
  if (db.user_version() < 4) return out;
  Statement query = db.prepare("SELECT date, item FROM tried WHERE done = 1 ORDER BY date, item");
  while (query.step()) out[query.text(0)].insert(query.text(1));
  return out;
}

}  // namespace limber
