// `limber history` and `limber diary`: the recorded sessions and the cramp diary, for people
// (a table) and for other programs (JSON, CSV).
#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <optional>
#include <system_error>

#include <cstdio>
#include <nlohmann/json.hpp>

#include "app/commands.hpp"
#include "app/history_access.hpp"
#include "app/pending_sessions.hpp"
#include "core/history_folder.hpp"
#include "core/diary_rules.hpp"
#include "core/text.hpp"
#include "core/text_table.hpp"
#include "core/translate.hpp"

namespace limber {
namespace {

using Json = nlohmann::ordered_json;

// CSV fields are quoted when they hold a comma, a quote or a line break.
std::string csv(const std::string& field) {
  if (field.find_first_of(",\"\n") == std::string::npos) return field;
  std::string quoted = "\"";
  for (const char c : field) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

// Prints a failed store call's message; true when it failed.
template <class T>
bool failed(const Expected<T, std::string>& result) {
  if (result) return false;
  fmt::print(stderr, "limber: {}\n", result.error());
  return true;
}

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
      fmt::print("{},{},{},{},{},{},{}\n", s.uuid, s.local_date, s.started_utc, csv(s.routine_name),
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

int command_diary_add(const AppContext& context, const DiaryArgs& args) {
  const DiaryEntry entry{args.date, args.cramps, args.severity.value_or(0), args.note};
  // 0 on the command line is a number typed, not "not said yet": the scale starts at 1.
  if (args.severity && *args.severity == 0 && args.cramps > 0) {
    fmt::print(stderr, "limber: {}\n",
               format(tr("the worst cramp's severity is from {0} (mild) to {1} (the worst imaginable); leave "
                         "--severity out to add it later"),
                      kMinSeverity, kMaxSeverity));
    return kExitUsage;
  }
  if (const auto problem = diary_entry_problem(entry, local_today())) {
    fmt::print(stderr, "limber: {}\n", *problem);
    return kExitUsage;
  }
  // Every thing named must be one the user keeps: a typo is said, not stored as a new thing.
  std::vector<std::string> did;
  for (std::size_t from = 0; !args.did.empty() && from <= args.did.size();) {
    const std::size_t comma = std::min(args.did.find(',', from), args.did.size());
    const std::string words = args.did.substr(from, comma - from);
    from = comma + 1;
    if (words.find_first_not_of(' ') == std::string::npos) continue;
    const auto key = find_tried_thing(words, args.tried_list);
    if (!key) {
      std::string known;
      std::vector<std::string_view> keys;
      for (const std::string& k : args.tried_list) {
        known += (known.empty() ? "" : ", ") + k;
        keys.emplace_back(k);
      }
      const std::string trimmed = words.substr(words.find_first_not_of(' '));
      if (const auto meant = closest_word(trimmed, keys)) {
        fmt::print(stderr, "limber: {}\n", format(tr("--did: `{0}` is not on your list: did you mean `{1}`?"), trimmed, *meant));
      } else {
        fmt::print(stderr, "limber: {}\n",
                   format(tr("--did: `{0}` is not on your list ({1}); add your own in Settings"), trimmed, known));
      }
      return kExitUsage;
    }
    did.push_back(*key);
  }
  auto store = open_user_history(context);
  if (!store) return kExitFailure;
  const auto saved = store->save_diary_entry(entry);
  if (failed(saved)) return kExitFailure;
  for (const std::string& key : did) {
    if (failed(store->set_tried(entry.date, key, true))) return kExitFailure;
  }
  publish_user_history(context, *store);
  std::string said = format(tr("Diary: the night of {0} {1}, {2}"), weekday_date(*parse_date(entry.date)),
                            entry.date.substr(0, 4), format(trn("{0} cramp", "{0} cramps", entry.cramps), entry.cramps));
  if (entry.cramps > 0) {
    said += entry.severity > 0 ? format(tr(", severity {0}"), entry.severity) : std::string(tr(", severity not said yet"));
  }
  if (!entry.note.empty()) said += format(tr(", note \"{0}\""), entry.note);
  if (!did.empty()) {
    std::string labels;
    for (const std::string& key : did) labels += (labels.empty() ? "" : ", ") + tried_thing_label(key);
    said += format(tr(", tried that day: {0}"), labels);
  }
  fmt::print("{}.\n", said);
  return kExitOk;
}

int command_history_import(const AppContext& context, const std::filesystem::path& file) {
  auto store = open_user_history(context);
  if (!store) return kExitFailure;
  const auto report = store->import_from(file);
  if (failed(report)) return kExitFailure;
  publish_user_history(context, *store);
  fmt::print("{}\n", format(tr("Imported {0} and {1} from {2}."),
                           format(trn("{0} new session", "{0} new sessions", report->sessions_added), report->sessions_added),
                           format(trn("{0} diary night", "{0} diary nights", report->diary_added), report->diary_added),
                           file.string()));
  if (report->sessions_known > 0) {
    fmt::print("{}\n", format(trn("{0} session was already here and stayed as it was.",
                                   "{0} sessions were already here and stayed as they were.", report->sessions_known),
                               report->sessions_known));
  }
  if (report->sessions_skipped > 0 || report->diary_skipped > 0) {
    std::string reasons;
    for (const auto& [reason, count] : report->skipped_because) {
      reasons += format(tr("{0}{1} with {2}"), reasons.empty() ? "" : "; ", count, reason);
    }
    fmt::print("{}\n", format(tr("Skipped {0} and {1} that no Limber could have written ({2}); everything else came in."),
                           format(trn("{0} session", "{0} sessions", report->sessions_skipped), report->sessions_skipped),
                           format(trn("{0} diary night", "{0} diary nights", report->diary_skipped), report->diary_skipped),
                           reasons));
  }
  if (report->diary_kept > 0) {
    fmt::print("{}\n", format(trn("{0} night differed between the two diaries: this device's entry is kept.",
                                   "{0} nights differed between the two diaries: this device's entries are kept.",
                                   report->diary_kept),
                               report->diary_kept));
  }
  return kExitOk;
}

int command_diary_delete(const AppContext& context, const std::string& date) {
  if (!parse_date(date)) {
    fmt::print(stderr, "limber: {}\n", format(tr("`{0}` is not a date: write it as YYYY-MM-DD"), date));
    return kExitUsage;
  }
  auto store = open_user_history(context);
  if (!store) return kExitFailure;
  const auto deleted = store->delete_diary_entry(date);
  if (failed(deleted)) return kExitFailure;
  if (!*deleted) {
    fmt::print(stderr, "limber: {}\n", format(tr("the diary has no entry for {0}"), date));
    return kExitFailure;
  }
  publish_user_history(context, *store);
  return kExitOk;
}

int command_diary(const AppContext& context, OutputFormat format) {
  const auto history = read_user_history(context);
  if (!history) return kExitFailure;
  const std::vector<DiaryEntry>* diary = &history->diary;
  // What else was tried on the day each night began, and the Cramp-now button's count that night.
  const auto tried_on = [&](const std::string& date) {
    const auto found = history->tried.find(date);
    return found == history->tried.end() ? std::vector<std::string>{}
                                         : std::vector<std::string>(found->second.begin(), found->second.end());
  };
  const auto button_count = [&](const std::string& date) {
    return static_cast<int>(std::count_if(history->cramp_events.begin(), history->cramp_events.end(),
                                          [&](const CrampEvent& e) { return e.night == date; }));
  };
  const auto joined = [](const std::vector<std::string>& items, std::string_view between, bool labels) {
    std::string out;
    for (const std::string& item : items) out += (out.empty() ? "" : std::string(between)) + (labels ? tried_thing_label(item) : item);
    return out;
  };
  if (format == OutputFormat::json) {
    Json out = Json::array();
    for (const DiaryEntry& e : *diary) {
      const auto worst = worst_severity(e);
      out.push_back({{"date", e.date}, {"cramps", e.cramps}, {"severity", worst ? Json(*worst) : Json(nullptr)}, {"note", e.note},
                     {"cramp_now", button_count(e.date)}, {"tried", tried_on(e.date)}});
    }
    fmt::print("{}\n", out.dump(2));
  } else if (format == OutputFormat::csv) {
    fmt::print("date,cramps,severity,note,cramp_now,tried\n");
    for (const DiaryEntry& e : *diary) {
      const auto worst = worst_severity(e);
      fmt::print("{},{},{},{},{},{}\n", e.date, e.cramps, worst ? std::to_string(*worst) : std::string(), csv(e.note),
                 button_count(e.date), csv(joined(tried_on(e.date), ";", false)));
    }
  } else if (diary->empty()) {
    fmt::print("{}\n", tr("No diary entries yet."));
  } else {
    TextTable table({{trc("table heading", "NIGHT")},
                     {trc("table heading", "CRAMPS"), TextTable::Align::right},
                     {trc("table heading", "SEVERITY"), TextTable::Align::right},
                     {trc("table heading", "TRIED")},
                     {trc("table heading", "NOTE")}});
    for (const DiaryEntry& e : *diary) {
      const auto worst = worst_severity(e);
      const int button = button_count(e.date);
      std::string cramps = std::to_string(e.cramps);
      // "2*": the button met some of them (said under the table).
      if (button > 0) cramps += "*";
      table.add({e.date, cramps, worst ? std::to_string(*worst) : "-", joined(tried_on(e.date), ", ", true), e.note});
    }
    fmt::print("{}", table.text());
    if (!history->cramp_events.empty()) fmt::print("{}\n", tr("* some were met with the Cramp-now button"));
  }
  return kExitOk;
}

}  // namespace limber
