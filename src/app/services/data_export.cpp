#include "app/services/data_export.hpp"

#include "core/base/translate.hpp"
#include "core/history/history_store.hpp"
#include "core/routine/routine_yaml.hpp"
#include "platform/atomic_file.hpp"
#include "platform/hand_over_file.hpp"

namespace limber {

namespace fs = std::filesystem;

namespace {

Expected<fs::path, std::string> staged(const std::string& name) {
  std::error_code ec;
  const fs::path folder = export_staging_dir();
  fs::create_directories(folder, ec);
  if (ec) return Unexpected{format(tr("no folder to make the copy in ({0})"), ec.message())};
  const fs::path file = folder / name;
  fs::remove(file, ec);  // an earlier export's, never handed over
  return file;
}

}  // namespace

Expected<ExportedFile, std::string> export_history(HistoryStore& store, DayNumber today) {
  ExportedFile out{{}, "limber-history-" + format_date(today) + ".sqlite3"};
  auto file = staged(out.name);
  if (!file) return Unexpected{file.error()};
  if (auto copied = store.copy_to(*file); !copied) return Unexpected{copied.error()};
  out.file = *file;
  return out;
}

Expected<ExportedFile, std::string> export_routines(const AppContext& context, DayNumber today) {
  ExportedFile out{{}, "limber-routines-" + format_date(today) + ".yaml"};
  std::string yaml = format(tr("# Limber routines, exported on {0}. Import this file in Limber to add them to its library."),
                            format_date(today)) +
                     "\n";
  int routines = 0;
  for (const LibraryEntry& entry : context.load_library().entries) {
    if (entry.origin != RoutineOrigin::user) continue;
    if (!entry.routine) {
      out.notes.push_back(format(tr("{0} is left out: it does not load ({1})."), entry.file.filename().string(),
                                 entry.routine.error().empty() ? std::string() : entry.routine.error().front().message));
      continue;
    }
    for (const Exercise& e : entry.routine->exercises) {
      if (!e.image.empty()) {
        out.notes.push_back(format(tr("\u201c{0}\u201d comes without its own pictures: copy them beside the file to bring them."),
                                   entry.display_name()));
        break;
      }
    }
    yaml += "---\n" + routine_to_yaml(*entry.routine);
    ++routines;
  }
  if (routines == 0) {
    return Unexpected{std::string(tr("you have no routines of your own yet (the built-in ones come with every Limber)"))};
  }
  auto file = staged(out.name);
  if (!file) return Unexpected{file.error()};
  if (auto written = write_file_atomically(*file, yaml); !written) return Unexpected{written.error()};
  out.file = *file;
  return out;
}

Expected<ExportedFile, std::string> export_reminders_calendar(const std::vector<Reminder>& reminders, const CalendarExport& as) {
  ExportedFile out{{}, kRemindersCalendarName};
  auto file = staged(out.name);
  if (!file) return Unexpected{file.error()};
  if (auto written = write_file_atomically(*file, reminders_icalendar(reminders, as)); !written) return Unexpected{written.error()};
  out.file = *file;
  return out;
}

}  // namespace limber
