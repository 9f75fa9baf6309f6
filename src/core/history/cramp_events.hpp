#pragma once
// The cramps the Cramp-now button met: when, which leg, and the night each counts for. Each one
// also counts in that night's diary entry (HistoryStore::record_cramp), so the next morning's
// diary already holds the count and only asks how bad the worst was.

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "core/base/calendar.hpp"
#include "core/routine/routine.hpp"

namespace limber {

class Database;

struct CrampEvent {
  std::string uuid;
  std::string at_utc;      // "2026-12-01T03:12:40Z"
  std::string local_time;  // "2026-12-01 03:12", on the clock of the place it happened
  std::string night;       // "2026-11-30": the diary night it counts for
  std::optional<Side> leg;
  bool operator==(const CrampEvent&) const = default;
};

// A night runs from the evening until noon: a cramp at 03:00 on the 1st belongs to the night of
// the 30th, as the diary's "last night" does the next morning.
inline constexpr int kNightEndsAtHour = 12;
[[nodiscard]] DayNumber night_of(DayNumber local_day, int local_hour);

// A new event at `when`, on the local clock.
[[nodiscard]] CrampEvent make_cramp_event(std::chrono::system_clock::time_point when, std::optional<Side> leg);

// "03:12, left leg" (in the user's language).
[[nodiscard]] std::string describe_cramp_event(const CrampEvent& event);
// The events of `night` among `events`, described one after another: "03:12, left leg; 04:40, right
// leg"; empty when the button met none that night.
[[nodiscard]] std::string describe_night_cramps(const std::vector<CrampEvent>& events, const std::string& night);

// Why an event from another device's history cannot be imported; nullopt when it can.
[[nodiscard]] std::optional<std::string> imported_cramp_event_problem(const CrampEvent& event);

// The rows (history_store.hpp calls these inside its transactions; history_import.cpp merges).
void write_cramp_event(Database& db, const CrampEvent& event);
void write_cramp_tombstone(Database& db, const std::string& uuid, const std::string& deleted_utc);
// Events not deleted, oldest first.
[[nodiscard]] std::vector<CrampEvent> read_cramp_events(Database& db);
[[nodiscard]] int count_cramp_events(Database& db, const std::string& night);

}  // namespace limber
