#include "core/history/report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/history/diary_rules.hpp"

namespace limber {

ReportPeriod report_period(std::optional<DayNumber> from, int weeks, DayNumber today) {
  const int days = std::clamp(weeks, 1, kReportMaxWeeks) * 7;
  if (from) return {*from, std::min(*from + days - 1, std::max(today, *from))};
  return {today - days + 1, today};
}

namespace {

void add_rescues(ReportFigures& report, const std::vector<CrampEvent>& rescues) {
  for (const CrampEvent& event : rescues) {
    const auto night = parse_date(event.night);
    if (!night || *night < report.period.first || *night > report.period.last) continue;
    report.rescues.push_back(event);
    ++report.days[static_cast<std::size_t>(*night - report.period.first)].rescues;
    if (event.leg == Side::left) ++report.rescues_left;
    if (event.leg == Side::right) ++report.rescues_right;
  }
}

// The night after day D is the diary's night D (it starts that evening).
void add_tried(ReportFigures& report, const TriedDays& tried) {
  for (ReportDay& d : report.days) {
    const auto found = tried.find(format_date(d.day));
    if (found == tried.end()) continue;
    d.tried = found->second;
    for (const std::string& key : d.tried) {
      const bool known = std::any_of(report.tried.begin(), report.tried.end(),
                                     [&](const TriedComparison& c) { return c.key == key; });
      if (!known) report.tried.push_back(TriedComparison{key});
    }
  }
  for (TriedComparison& c : report.tried) {
    double with = 0;
    double without = 0;
    for (const ReportDay& d : report.days) {
      if (!d.cramps) continue;
      if (d.tried.count(c.key) != 0) {
        ++c.nights_with;
        with += *d.cramps;
      } else {
        ++c.nights_without;
        without += *d.cramps;
      }
    }
    if (c.nights_with > 0) c.cramps_with = with / c.nights_with;
    if (c.nights_without > 0) c.cramps_without = without / c.nights_without;
  }
}

// A user's own thing may be any text but a comma; quotes are doubled, as CSV does.
std::string csv_field(const std::string& text) {
  if (text.find_first_of("\",\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (const char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

}  // namespace

ReportFigures compute_report(const std::vector<SessionRecord>& sessions, const std::vector<DiaryEntry>& diary,
                             ReportPeriod period, const std::vector<CrampEvent>& rescues, const TriedDays& tried) {
  ReportFigures report;
  report.period = period;
  const auto in_period = [&](DayNumber day) { return day >= period.first && day <= period.last; };
  report.days.resize(static_cast<std::size_t>(std::max(0, period.days())));
  for (std::size_t i = 0; i < report.days.size(); ++i) report.days[i].day = period.first + static_cast<DayNumber>(i);
  const auto at = [&](DayNumber day) -> ReportDay& { return report.days[static_cast<std::size_t>(day - period.first)]; };

  std::vector<DiaryEntry> period_diary;
  double cramps = 0;
  double severity = 0;
  int severity_nights = 0;
  for (const DiaryEntry& entry : diary) {
    const auto day = parse_date(entry.date);
    if (!day || !in_period(*day)) continue;
    period_diary.push_back(entry);
    ReportDay& d = at(*day);
    d.cramps = entry.cramps;
    d.severity = worst_severity(entry);
    d.note = entry.note;
    ++report.diary_nights;
    cramps += entry.cramps;
    report.most_cramps = std::max(report.most_cramps, entry.cramps);
    if (d.severity) {
      severity += *d.severity;
      ++severity_nights;
    }
  }
  if (report.diary_nights > 0) report.cramps_per_night = cramps / report.diary_nights;
  if (severity_nights > 0) report.mean_severity = severity / severity_nights;
  report.weeks = six_week_check(period_diary);

  std::map<std::string, ReportRoutine> routines;
  std::map<std::string, std::set<DayNumber>> routine_days;
  for (const SessionRecord& s : sessions) {
    const auto day = parse_date(s.local_date);
    if (!day || !in_period(*day) || s.outcome != SessionOutcome::completed) continue;
    at(*day).stretched = true;
    ReportRoutine& r = routines[s.routine_name];
    r.name = s.routine_name;
    ++r.completed;
    r.minutes += static_cast<double>(s.active_seconds) / 60.0;
    routine_days[s.routine_name].insert(*day);
  }
  for (auto& [name, r] : routines) {
    r.days = static_cast<int>(routine_days[name].size());
    report.routines.push_back(r);
  }
  std::stable_sort(report.routines.begin(), report.routines.end(),
                   [](const ReportRoutine& a, const ReportRoutine& b) { return a.completed > b.completed; });
  report.stretched_days = static_cast<int>(std::count_if(report.days.begin(), report.days.end(),
                                                         [](const ReportDay& d) { return d.stretched; }));
  if (!report.days.empty()) report.adherence = static_cast<double>(report.stretched_days) / static_cast<double>(report.days.size());
  add_rescues(report, rescues);
  add_tried(report, tried);
  return report;
}

Paper paper_for_locale(std::string_view locale) {
  const auto underscore = locale.find('_');
  if (underscore == std::string_view::npos || locale.size() < underscore + 3) return Paper::a4;
  const std::string_view territory = locale.substr(underscore + 1, 2);
  for (const std::string_view letter : {"US", "CA", "MX", "PH", "CL", "CO"}) {
    if (territory == letter) return Paper::letter;
  }
  return Paper::a4;
}

std::string report_date(DayNumber day) { return fmt::format("{} {}", short_date(day), format_date(day).substr(0, 4)); }

std::string report_csv(const ReportFigures& report) {
  const auto optional_number = [](const std::optional<double>& v) { return v ? fmt::format("{:.2f}", *v) : std::string(); };
  std::string out = "figure,value\n";
  out += fmt::format("first_day,{}\nlast_day,{}\ndays,{}\n", format_date(report.period.first),
                     format_date(report.period.last), report.period.days());
  out += fmt::format("diary_nights,{}\ncramps_per_night,{:.2f}\nmean_severity,{}\n", report.diary_nights,
                     report.cramps_per_night, optional_number(report.mean_severity));
  out += fmt::format("stretched_days,{}\nadherence,{:.3f}\n", report.stretched_days, report.adherence);
  if (report.weeks) {
    out += fmt::format("first_week_cramps_per_night,{:.2f}\nfirst_week_severity,{:.2f}\n",
                       report.weeks->first_week.cramps_per_night, report.weeks->first_week.mean_severity);
    out += fmt::format("latest_week_cramps_per_night,{:.2f}\nlatest_week_severity,{:.2f}\n",
                       report.weeks->recent_week.cramps_per_night, report.weeks->recent_week.mean_severity);
  }
  out += fmt::format("rescues,{}\nrescues_left,{}\nrescues_right,{}\n", report.rescues.size(), report.rescues_left,
                     report.rescues_right);
  for (const TriedComparison& c : report.tried) {
    out += fmt::format("{},{}\n{},{:.2f}\n", csv_field("tried " + c.key + ": nights with"), c.nights_with,
                       csv_field("tried " + c.key + ": cramps per night with"), c.cramps_with);
    out += fmt::format("{},{}\n{},{:.2f}\n", csv_field("tried " + c.key + ": nights without"), c.nights_without,
                       csv_field("tried " + c.key + ": cramps per night without"), c.cramps_without);
  }
  out += "\ndate,cramps,severity,stretched,rescues,tried\n";
  for (const ReportDay& d : report.days) {
    std::string tried;
    for (const std::string& key : d.tried) tried += (tried.empty() ? "" : ";") + key;
    out += fmt::format("{},{},{},{},{},{}\n", format_date(d.day), d.cramps ? std::to_string(*d.cramps) : std::string(),
                       d.severity ? std::to_string(*d.severity) : std::string(), d.stretched ? 1 : 0, d.rescues,
                       csv_field(tried));
  }
  return out;
}

}  // namespace limber
