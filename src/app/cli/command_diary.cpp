// `limber diary`: the cramp diary, for people (a table) and for other programs (JSON, CSV), and
// `diary add` and `diary delete`, a night written or taken away.
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>
#include <set>
#include <system_error>

#include <nlohmann/json.hpp>

#include "app/cli/command_output.hpp"
#include "app/cli/command_table.hpp"
#include "app/cli/commands.hpp"
#include "app/services/history_access.hpp"
#include "core/base/text.hpp"
#include "core/base/text_table.hpp"
#include "core/base/translate.hpp"
#include "core/history/diary_rules.hpp"

namespace limber {
namespace {

using Json = nlohmann::ordered_json;

}  // namespace

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
  // Every night with an entry, and every day with ticks whose night has none yet (today's, before
  // the morning's entry): ticks are shown from the moment they are made.
  std::vector<const DiaryEntry*> rows_of;
  std::vector<std::string> dates;
  {
    std::set<std::string> all;
    for (const DiaryEntry& e : history->diary) all.insert(e.date);
    for (const auto& [date, things] : history->tried) {
      if (!things.empty()) all.insert(date);
    }
    dates.assign(all.begin(), all.end());
    for (const std::string& date : dates) {
      const auto found = std::find_if(history->diary.begin(), history->diary.end(), [&](const DiaryEntry& e) { return e.date == date; });
      rows_of.push_back(found == history->diary.end() ? nullptr : &*found);
    }
  }
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
  // A day with ticks and no entry yet: cramps and severity not said (null, empty, "?").
  if (format == OutputFormat::json) {
    Json out = Json::array();
    for (std::size_t i = 0; i < dates.size(); ++i) {
      const DiaryEntry* e = rows_of[i];
      const auto worst = e != nullptr ? worst_severity(*e) : std::nullopt;
      out.push_back({{"date", dates[i]}, {"cramps", e != nullptr ? Json(e->cramps) : Json(nullptr)},
                     {"severity", worst ? Json(*worst) : Json(nullptr)}, {"note", e != nullptr ? e->note : std::string()},
                     {"cramp_now", button_count(dates[i])}, {"tried", tried_on(dates[i])}});
    }
    fmt::print("{}\n", out.dump(2));
  } else if (format == OutputFormat::csv) {
    fmt::print("date,cramps,severity,note,cramp_now,tried\n");
    for (std::size_t i = 0; i < dates.size(); ++i) {
      const DiaryEntry* e = rows_of[i];
      const auto worst = e != nullptr ? worst_severity(*e) : std::nullopt;
      fmt::print("{},{},{},{},{},{}\n", dates[i], e != nullptr ? std::to_string(e->cramps) : std::string(),
                 worst ? std::to_string(*worst) : std::string(), csv_field(e != nullptr ? e->note : std::string()),
                 button_count(dates[i]), csv_field(joined(tried_on(dates[i]), ";", false)));
    }
  } else if (dates.empty()) {
    fmt::print("{}\n", tr("No diary entries yet."));
  } else {
    TextTable table({{trc("table heading", "NIGHT")},
                     {trc("table heading", "CRAMPS"), TextTable::Align::right},
                     {trc("table heading", "SEVERITY"), TextTable::Align::right},
                     {trc("table heading", "TRIED")},
                     {trc("table heading", "NOTE")}});
    bool unsaid = false;
    for (std::size_t i = 0; i < dates.size(); ++i) {
      const DiaryEntry* e = rows_of[i];
      const auto worst = e != nullptr ? worst_severity(*e) : std::nullopt;
      const int button = button_count(dates[i]);
      std::string cramps = e != nullptr ? std::to_string(e->cramps) : "?";
      unsaid = unsaid || e == nullptr;
      // "2*": the button met some of them (said under the table).
      if (button > 0) cramps += "*";
      table.add({dates[i], cramps, worst ? std::to_string(*worst) : "-", joined(tried_on(dates[i]), ", ", true),
                 e != nullptr ? e->note : std::string()});
    }
    fmt::print("{}", table.text());
    if (!history->cramp_events.empty()) fmt::print("{}\n", tr("* some were met with the Cramp-now button"));
    if (unsaid) fmt::print("{}\n", tr("? that night is not in the diary yet"));
  }
  return kExitOk;
}

void add_diary_command(CommandTable& table) {
  auto format = std::make_shared<FormatFlags>();
  auto args = std::make_shared<DiaryArgs>();
  auto delete_date = std::make_shared<std::string>();
  CLI::App* diary = table.app().add_subcommand("diary", "The cramp diary: list it, or add a night with `diary add`");
  format->add_to(diary);
  CLI::App* add = diary->add_subcommand("add", "Add (or replace) the entry for one night");
  add->add_option("--date", args->date, "The night, YYYY-MM-DD")->required();
  add->add_option("--cramps", args->cramps, "Number of cramps that night, 0-100")->required();
  add->add_option("--severity", args->severity,
                  "How bad the worst cramp was, 1 (mild) to 10; may be added later; none without cramps");
  add->add_option("--note", args->note, "A note");
  add->add_option("--did", args->did,
                  "What else you tried that day, comma-separated: magnesium, vitamin-d, water, massage, breathing, "
                  "or your own from Settings");
  CLI::App* remove = diary->add_subcommand("delete", "Delete the entry for one night");
  remove->add_option("--date", *delete_date, "The night, YYYY-MM-DD")->required();
  table.add(diary, [format](Invocation& invocation) { return command_diary(invocation.context, format->format()); });
  table.add(add, [args](Invocation& invocation) {
    args->tried_list = invocation.tried_list;
    return command_diary_add(invocation.context, *args);
  });
  table.add(remove, [delete_date](Invocation& invocation) { return command_diary_delete(invocation.context, *delete_date); });
}

}  // namespace limber
