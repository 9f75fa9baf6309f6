// `limber history`: the recorded sessions, for people (a table) and for other programs (JSON,
// CSV), and `history import`, another device's history merged into this one.
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>
#include <system_error>

#include <nlohmann/json.hpp>

#include "app/cli/command_output.hpp"
#include "app/cli/command_table.hpp"
#include "app/cli/commands.hpp"
#include "app/services/history_access.hpp"
#include "app/services/history_import_text.hpp"
#include "app/services/pending_sessions.hpp"
#include "core/base/text_table.hpp"
#include "core/base/translate.hpp"
#include "core/history/history_folder.hpp"

namespace limber {
namespace {

using Json = nlohmann::ordered_json;

}  // namespace

// Streamed: each session is printed as it is read, so the output of a history of any size
// takes the memory of one session.
int command_history(const AppContext& context, OutputFormat format) {
  std::error_code ec;
  std::optional<HistoryStore> store;
  if (context.data_dir && (context.sync_dir || std::filesystem::exists(*context.data_dir / kHistoryFileName, ec) ||
                           has_pending_sessions(*context.data_dir))) {
    store = open_user_history(context);
    if (!store) return kExitFailure;
  }
  const auto each = [&](const std::function<void(const SessionRecord&)>& visit) {
    return store ? store->each_session(visit) : Expected<void, std::string>{};
  };
  Expected<void, std::string> read;
  if (format == OutputFormat::json) {
    bool first = true;
    std::fputs("[", stdout);
    read = each([&](const SessionRecord& s) {
      Json reps = Json::array();
      for (const RepsRecord& r : s.reps) {
        reps.push_back({{"exercise", r.exercise_name}, {"side", r.side.empty() ? Json(nullptr) : Json(r.side)},
                        {"done", r.done}, {"target", r.target}});
      }
      const Json session = {{"uuid", s.uuid}, {"routine", s.routine_name}, {"file", s.routine_file},
                            {"hash", s.routine_hash}, {"started_utc", s.started_utc}, {"ended_utc", s.ended_utc},
                            {"local_date", s.local_date}, {"planned_seconds", s.planned_seconds},
                            {"active_seconds", s.active_seconds},
                            {"reps_target", s.reps_target ? Json(*s.reps_target) : Json(nullptr)},
                            {"status", outcome_key(s.outcome)}, {"reps", reps}};
      fmt::print("{}\n  {}", first ? "" : ",", session.dump());
      first = false;
    });
    std::fputs(first ? "]\n" : "\n]\n", stdout);
  } else if (format == OutputFormat::csv) {
    fmt::print("uuid,local_date,started_utc,routine,status,planned_seconds,active_seconds\n");
    read = each([&](const SessionRecord& s) {
      fmt::print("{},{},{},{},{},{},{}\n", s.uuid, s.local_date, s.started_utc, csv_field(s.routine_name),
                 outcome_key(s.outcome), s.planned_seconds, s.active_seconds);
    });
  } else {
    // A table aligns its columns over every row: printed a page of rows at a time, each page aligned.
    constexpr std::size_t kPage = 500;
    std::optional<TextTable> table;
    std::size_t rows = 0;
    const auto heading = [] {
      return TextTable({{trc("table heading", "DATE")},
                        {trc("table heading", "ROUTINE")},
                        {trc("table heading", "STATUS")},
                        {trc("table heading", "ACTIVE"), TextTable::Align::right}});
    };
    read = each([&](const SessionRecord& s) {
      if (!table) table = heading();
      table->add({s.local_date, s.routine_name, outcome_name(s.outcome), format_clock(Seconds{s.active_seconds})});
      if (++rows % kPage == 0) {
        fmt::print("{}", table->text());
        table.reset();
      }
    });
    if (table) fmt::print("{}", table->text());
    if (rows == 0 && read) fmt::print("{}\n", tr("No sessions yet."));
  }
  return failed(read) ? kExitFailure : kExitOk;
}

int command_history_import(const AppContext& context, const std::filesystem::path& file) {
  auto store = open_user_history(context);
  if (!store) return kExitFailure;
  const auto report = store->import_from(file);
  if (failed(report)) return kExitFailure;
  publish_user_history(context, *store);
  for (const std::string& line : history_import_lines(*report, file.string())) fmt::print("{}\n", line);
  return kExitOk;
}

void add_history_command(CommandTable& table) {
  auto format = std::make_shared<FormatFlags>();
  auto import_file = std::make_shared<std::string>();
  CLI::App* history = table.app().add_subcommand("history", "List the recorded sessions, or merge another device's");
  format->add_to(history);
  CLI::App* import = history->add_subcommand(
      "import", "Merge another device's history.sqlite3 into this one (by session; twice adds nothing twice)");
  import->add_option("FILE", *import_file, "The other history file")->required()->check(CLI::ExistingFile);
  table.add(history, [format](Invocation& invocation) { return command_history(invocation.context, format->format()); });
  table.add(import, [import_file](Invocation& invocation) {
    return command_history_import(invocation.context, *import_file);
  });
}

}  // namespace limber
