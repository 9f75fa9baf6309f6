#pragma once
// Export: what moves a user's data to another device without a server or a sync folder (a tablet
// and a PC): the history as one SQLite file (the format `limber history import` and Import merge),
// and the user's own routines as one YAML file of routines (which Import and `limber import` read
// back). Each is made in a folder of Limber's own, then handed over (platform/hand_over_file.hpp).

#include <filesystem>
#include <string>
#include <vector>

#include "app/services/app_context.hpp"
#include "core/base/calendar.hpp"
#include "core/base/expected.hpp"
#include "core/reminders/icalendar.hpp"

namespace limber {

class HistoryStore;

struct ExportedFile {
  std::filesystem::path file;  // Limber's copy, to hand over
  std::string name;            // "limber-history-2026-12-07.sqlite3"
  std::vector<std::string> notes{};  // what did not come along, in sentences
};

// A consistent copy of the history (as it is now, even while it is written).
[[nodiscard]] Expected<ExportedFile, std::string> export_history(HistoryStore& store, DayNumber today);
// The user's routines (not the built-in ones, which every Limber has), as YAML documents separated
// by `---` lines; a routine that does not load is left out and said to be.
[[nodiscard]] Expected<ExportedFile, std::string> export_routines(const AppContext& context, DayNumber today);
// The reminders as an iCalendar file (limber-reminders.ics), for a calendar to ring them.
[[nodiscard]] Expected<ExportedFile, std::string> export_reminders_calendar(const std::vector<Reminder>& reminders,
                                                                         const CalendarExport& as);

}  // namespace limber
