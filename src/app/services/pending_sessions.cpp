#include "app/services/pending_sessions.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <system_error>

#include "core/base/translate.hpp"
#include "core/formats/small_file.hpp"
#include "core/history/cramp_events.hpp"
#include "core/history/record_rules.hpp"
#include "platform/atomic_file.hpp"

namespace limber {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view kClaimedSuffix = ".claimed";
constexpr std::uintmax_t kLargestPendingFile = 1 << 20;  // a session with every rep of a long routine is ~100 KB

std::string to_text(const SessionRecord& s) {
  Json reps = Json::array();
  for (const RepsRecord& r : s.reps) {
    reps.push_back({{"exercise", r.exercise}, {"exercise_name", r.exercise_name}, {"side", r.side}, {"done", r.done},
                    {"target", r.target}});
  }
  const Json out = {{"limber_pending_session", 1},
                    {"uuid", s.uuid},
                    {"routine_name", s.routine_name},
                    {"routine_file", s.routine_file},
                    {"routine_hash", s.routine_hash},
                    {"started_utc", s.started_utc},
                    {"ended_utc", s.ended_utc},
                    {"local_date", s.local_date},
                    {"planned_seconds", s.planned_seconds},
                    {"active_seconds", s.active_seconds},
                    {"reps_target", s.reps_target ? Json(*s.reps_target) : Json(nullptr)},
                    {"outcome", outcome_key(s.outcome)},
                    {"reps", reps}};
  return out.dump(2) + "\n";
}

Expected<SessionRecord, std::string> from_text(const std::string& text) {
  try {
    const Json in = Json::parse(text);
    if (in.value("limber_pending_session", 0) != 1) return Unexpected{std::string("not a pending session")};
    SessionRecord s;
    s.uuid = in.at("uuid").get<std::string>();
    s.routine_name = in.at("routine_name").get<std::string>();
    s.routine_file = in.at("routine_file").get<std::string>();
    s.routine_hash = in.at("routine_hash").get<std::string>();
    s.started_utc = in.at("started_utc").get<std::string>();
    s.ended_utc = in.at("ended_utc").get<std::string>();
    s.local_date = in.at("local_date").get<std::string>();
    s.planned_seconds = in.at("planned_seconds").get<std::int64_t>();
    s.active_seconds = in.at("active_seconds").get<std::int64_t>();
    if (!in.at("reps_target").is_null()) s.reps_target = in.at("reps_target").get<std::int64_t>();
    const std::string outcome = in.at("outcome").get<std::string>();
    s.outcome = outcome == "completed"   ? SessionOutcome::completed
                : outcome == "stopped"   ? SessionOutcome::stopped
                                         : SessionOutcome::interrupted;  // not running now, whatever it was
    for (const Json& r : in.at("reps")) {
      s.reps.push_back(RepsRecord{r.at("exercise").get<int>(), r.at("exercise_name").get<std::string>(),
                                  r.at("side").get<std::string>(), r.at("done").get<int>(), r.at("target").get<int>()});
    }
    if (const auto problem = imported_session_problem(s)) return Unexpected{*problem};
    return s;
  } catch (const std::exception& e) {
    return Unexpected{format(tr("not a pending session ({0})"), e.what())};
  }
}

constexpr std::string_view kCrampPrefix = "cramp-";

std::string cramp_to_text(const CrampEvent& e) {
  const Json out = {{"limber_pending_cramp", 1},     {"uuid", e.uuid},   {"at_utc", e.at_utc},
                    {"local_time", e.local_time},     {"night", e.night},
                    {"leg", e.leg ? std::string(side_key(*e.leg)) : std::string()}};
  return out.dump(2) + "\n";
}

Expected<CrampEvent, std::string> cramp_from_text(const std::string& text) {
  try {
    const Json in = Json::parse(text);
    if (in.value("limber_pending_cramp", 0) != 1) return Unexpected{std::string("not a cramp kept aside")};
    const std::string leg = in.at("leg").get<std::string>();
    CrampEvent event{in.at("uuid").get<std::string>(), in.at("at_utc").get<std::string>(),
                     in.at("local_time").get<std::string>(), in.at("night").get<std::string>(), side_from_key(leg)};
    if (!leg.empty() && !event.leg) return Unexpected{std::string("a leg that is neither left nor right")};
    if (const auto problem = imported_cramp_event_problem(event)) return Unexpected{*problem};
    return event;
  } catch (const std::exception& e) {
    return Unexpected{format(tr("not a cramp kept aside ({0})"), e.what())};
  }
}

}  // namespace

Expected<std::filesystem::path, std::string> keep_pending_cramp(const std::filesystem::path& data_dir, const CrampEvent& event) {
  const std::filesystem::path folder = data_dir / kPendingFolderName;
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (ec) return Unexpected{format(tr("cannot create {0}: {1}"), folder.string(), ec.message())};
  const std::filesystem::path file = folder / (std::string(kCrampPrefix) + event.uuid + ".json");
  if (auto written = write_file_atomically(file, cramp_to_text(event)); !written) return Unexpected{written.error()};
  return file;
}

Expected<std::filesystem::path, std::string> keep_pending_session(const std::filesystem::path& data_dir,
                                                                  const SessionRecord& session) {
  const std::filesystem::path folder = data_dir / kPendingFolderName;
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (ec) return Unexpected{format(tr("cannot create {0}: {1}"), folder.string(), ec.message())};
  const std::filesystem::path file = folder / (session.uuid + ".json");
  if (auto written = write_file_atomically(file, to_text(session)); !written) return Unexpected{written.error()};
  return file;
}

bool has_pending_sessions(const std::filesystem::path& data_dir) {
  std::error_code ec;
  std::filesystem::directory_iterator files(data_dir / kPendingFolderName, ec);
  return !ec && files != std::filesystem::directory_iterator();
}

MergedPending merge_pending_sessions(HistoryStore& store, const std::filesystem::path& data_dir) {
  MergedPending merged;
  const std::filesystem::path folder = data_dir / kPendingFolderName;
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec) || store.read_only()) return merged;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    const std::filesystem::path& path = entry.path();
    if (path.extension() == ".json") {
      // Claimed under another name first: the session's own process may still be writing its
      // file, and a newer state written after this read must not be deleted with it.
      std::filesystem::path claimed = path;
      claimed += kClaimedSuffix;
      std::filesystem::rename(path, claimed, ec);
      if (!ec) files.push_back(claimed);
    } else if (path.extension() == kClaimedSuffix) {
      files.push_back(path);  // claimed by a merge that did not finish
    }
  }
  for (const std::filesystem::path& file : files) {
    const auto text = read_small_file(file, kLargestPendingFile, tr("a session kept aside"));
    if (!text) {
      if (std::filesystem::exists(file, ec)) merged.problems.push_back(fmt::format("{}: {}", file.string(), text.error()));
      continue;  // else another merge took it meanwhile
    }
    if (file.filename().string().starts_with(kCrampPrefix)) {
      const auto event = cramp_from_text(*text);
      const auto recorded = event ? store.record_cramp(*event) : Unexpected{event.error()};
      if (!recorded) {
        merged.problems.push_back(fmt::format("{}: {}", file.string(), recorded.error()));
        continue;
      }
      std::filesystem::remove(file, ec);
      ++merged.cramps;
      continue;
    }
    const auto session = from_text(*text);
    if (!session) {
      merged.problems.push_back(fmt::format("{}: {}", file.string(), session.error()));
      continue;
    }
    if (const auto saved = store.save_session(*session); !saved) {
      merged.problems.push_back(fmt::format("{}: {}", file.string(), saved.error()));
      continue;
    }
    std::filesystem::remove(file, ec);
    ++merged.sessions;
  }
  return merged;
}

std::string merged_pending_notice(const MergedPending& merged) {
  std::string notice;
  if (merged.sessions > 0) {
    notice = format(trn("{0} session that could not be recorded when it ran is now in your history.",
                        "{0} sessions that could not be recorded when they ran are now in your history.", merged.sessions),
                    merged.sessions);
  }
  if (merged.cramps > 0) {
    notice += format(trn("{0}{1} cramp that could not be written in the diary when it happened is now in it.",
                         "{0}{1} cramps that could not be written in the diary when they happened are now in it.", merged.cramps),
                     notice.empty() ? "" : "\n", merged.cramps);
  }
  for (const std::string& problem : merged.problems) {
    notice += format(tr("{0}A session kept aside could not be added: {1}"), notice.empty() ? "" : "\n", problem);
  }
  return notice;
}

}  // namespace limber
