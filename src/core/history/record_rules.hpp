#pragma once
// What a history record from elsewhere (another device's file) must be to be imported: the
// records this Limber writes always are, so one that is not was damaged or made by hand, and is
// skipped, with the reason counted, rather than failing the whole import.

#include <optional>
#include <string>

#include "core/history/records.hpp"

namespace limber {

class Database;

// Why a history file from elsewhere is not read at all: anything but Limber's tables, their
// columns and their indexes (a view, a trigger or a virtual table can run anything when read).
[[nodiscard]] std::optional<std::string> imported_schema_problem(Database& db);

// A session's or a device's id: short printable ASCII (Limber makes UUIDs).
[[nodiscard]] bool is_record_id(const std::string& id);

// "2026-11-26T19:22:40Z", as record_ids.hpp writes it.
[[nodiscard]] bool is_utc_timestamp(const std::string& text);

// Why the session cannot be imported, in words ("a date that is not a date"); nullopt if it can.
[[nodiscard]] std::optional<std::string> imported_session_problem(const SessionRecord& session);

// Why the diary night cannot be imported; nullopt if it can.
[[nodiscard]] std::optional<std::string> imported_diary_problem(const DiaryEntry& entry);

}  // namespace limber
