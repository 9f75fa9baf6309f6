#pragma once
// A session record as Limber writes one, for the history tests to start from.

#include <string>

#include "core/history/records.hpp"

namespace limber::testing {

inline SessionRecord a_session(const std::string& uuid) {
  SessionRecord s;
  s.uuid = uuid;
  s.routine_name = "Morning calf stretch";
  s.routine_file = "/usr/share/limber/routines/morning-calf-stretch.yaml";
  s.routine_hash = "9f3a";
  s.started_utc = "2026-11-26T07:00:00Z";
  s.local_date = "2026-11-26";
  s.planned_seconds = 120;
  s.reps_target = 6;
  s.reps = {{0, "Calf ledge stretch", "left", 0, 6}, {0, "Calf ledge stretch", "right", 0, 6}};
  return s;
}

}  // namespace limber::testing
