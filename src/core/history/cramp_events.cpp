#include "core/history/cramp_events.hpp"

#include <ctime>

#include <fmt/format.h>

#include "core/base/record_ids.hpp"
#include "core/base/translate.hpp"
#include "core/formats/sqlite.hpp"
#include "core/history/record_rules.hpp"

namespace limber {

DayNumber night_of(DayNumber local_day, int local_hour) {
  return local_hour < kNightEndsAtHour ? local_day - 1 : local_day;
}

CrampEvent make_cramp_event(std::chrono::system_clock::time_point when, std::optional<Side> leg) {
  const std::time_t seconds = std::chrono::system_clock::to_time_t(when);
  std::tm local{};
  localtime_r(&seconds, &local);
  const std::string day = fmt::format("{:04}-{:02}-{:02}", local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
  CrampEvent event;
  event.uuid = new_uuid();
  event.at_utc = utc_timestamp(when);
  event.local_time = fmt::format("{} {:02}:{:02}", day, local.tm_hour, local.tm_min);
  event.night = format_date(night_of(*parse_date(day), local.tm_hour));
  event.leg = leg;
  return event;
}

std::string describe_cramp_event(const CrampEvent& event) {
  const std::string clock = event.local_time.size() >= 16 ? event.local_time.substr(11, 5) : event.local_time;
  if (!event.leg) return clock;
  return format(trc("a cramp's time and leg", "{0}, {1}"), clock,
                *event.leg == Side::left ? trc("in a sentence", "left leg") : trc("in a sentence", "right leg"));
}

std::string describe_night_cramps(const std::vector<CrampEvent>& events, const std::string& night) {
  std::string out;
  for (const CrampEvent& e : events) {
    if (e.night == night) out += (out.empty() ? "" : "; ") + describe_cramp_event(e);
  }
  return out;
}

std::optional<std::string> imported_cramp_event_problem(const CrampEvent& event) {
  if (!is_record_id(event.uuid)) return "an id that is not one Limber makes";
  if (!is_utc_timestamp(event.at_utc)) return "a cramp's time that is not a time";
  const bool local_ok = event.local_time.size() == 16 && parse_date(event.local_time.substr(0, 10)) &&
                        event.local_time[10] == ' ' && event.local_time[13] == ':';
  if (!local_ok || !parse_date(event.night)) return "a cramp's night that is not a date";
  return std::nullopt;
}

void write_cramp_event(Database& db, const CrampEvent& event) {
  Statement insert = db.prepare(R"sql(
INSERT INTO cramp_events (uuid, at_utc, local_time, night, leg) VALUES (?1, ?2, ?3, ?4, ?5)
ON CONFLICT(uuid) DO NOTHING)sql");
  insert.bind(1, event.uuid).bind(2, event.at_utc).bind(3, event.local_time).bind(4, event.night);
  insert.bind(5, event.leg ? side_key(*event.leg) : std::string_view{}).run();
}

void write_cramp_tombstone(Database& db, const std::string& uuid, const std::string& deleted_utc) {
  Statement del = db.prepare("UPDATE cramp_events SET deleted_utc = ?2 WHERE uuid = ?1 AND deleted_utc = ''");
  del.bind(1, uuid).bind(2, deleted_utc).run();
}

std::vector<CrampEvent> read_cramp_events(Database& db) {
  std::vector<CrampEvent> out;
  if (db.user_version() < 4) return out;  // a read-only history from before the button
  Statement query = db.prepare(
      "SELECT uuid, at_utc, local_time, night, leg FROM cramp_events WHERE deleted_utc = '' ORDER BY at_utc, id");
  while (query.step()) {
    out.push_back(CrampEvent{query.text(0), query.text(1), query.text(2), query.text(3), side_from_key(query.text(4))});
  }
  return out;
}

int count_cramp_events(Database& db, const std::string& night) {
  Statement count = db.prepare("SELECT COUNT(*) FROM cramp_events WHERE night = ?1 AND deleted_utc = ''");
  count.bind(1, night);
  count.step();
  return static_cast<int>(count.integer(0));
}

}  // namespace limber
