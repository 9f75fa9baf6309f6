#pragma once
// The identifiers and timestamps a history record carries.

#include <chrono>
#include <string>
#include <string_view>

namespace limber {

// A random (version 4) UUID, "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".
[[nodiscard]] std::string new_uuid();

// "2026-11-26T19:22:40Z".
[[nodiscard]] std::string utc_timestamp(std::chrono::system_clock::time_point when);

// The date on the user's own calendar, "2026-11-26": the day a session counts for.
[[nodiscard]] std::string local_date(std::chrono::system_clock::time_point when);

// A stable 64-bit FNV-1a hash of a routine file's bytes, as 16 hex digits: tells whether the
// routine changed between two sessions with the same name.
[[nodiscard]] std::string content_hash(std::string_view bytes);

}  // namespace limber
