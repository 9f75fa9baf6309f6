#pragma once
// The report to take to the doctor (`limber report`): one period of the history in the terms of
// the bedtime-stretching trial (Hallegraeff et al., J Physiother 2012), cramps per night and their
// severity, the first diary week against the latest, and how many nights were stretched. Pure
// figures: platform/pdf_report.hpp draws them, report_csv() lists them.

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/calendar.hpp"
#include "core/history/cramp_events.hpp"
#include "core/history/progress_stats.hpp"
#include "core/history/records.hpp"
#include "core/history/tried_things.hpp"

namespace limber {

inline constexpr int kReportDefaultWeeks = 6;
inline constexpr int kReportMaxWeeks = 520;  // ten years

// The trial's between-group differences after six weeks, for context on the report.
struct TrialFigures {
  static constexpr double cramps_per_night_fewer = 1.2;  // 95 % CI 0.6 to 1.7
  static constexpr double severity_lower = 1.3;          // on a 10-point scale; 95 % CI 0.8 to 1.8
};

struct ReportPeriod {
  DayNumber first = 0;
  DayNumber last = 0;  // inclusive
  [[nodiscard]] int days() const { return last - first + 1; }
};

// `weeks` whole weeks from `from`, or the `weeks` weeks that end today; never past today.
[[nodiscard]] ReportPeriod report_period(std::optional<DayNumber> from, int weeks, DayNumber today);

struct ReportDay {
  DayNumber day = 0;
  std::optional<int> cramps;    // none: no diary entry for the night
  std::optional<int> severity;  // the worst cramp's, when said
  bool stretched = false;       // a session was completed that day
  int rescues = 0;              // cramps met with the Cramp-now button that night
  std::set<std::string> tried;  // what else was tried that day (tried_things.hpp)
  std::string note{};           // the diary's note for the night, if any
};

// The nights after days with a thing tried, against the nights after days without it: what a
// personal diary can show, which is association, not cause.
struct TriedComparison {
  std::string key;
  int nights_with = 0;  // diary nights after a day it was ticked
  double cramps_with = 0;  // cramps a night over those
  int nights_without = 0;
  double cramps_without = 0;
};

struct ReportRoutine {
  std::string name;
  int completed = 0;
  int days = 0;  // days it was completed on
  double minutes = 0;
};

struct ReportFigures {
  ReportPeriod period;
  std::vector<ReportDay> days;  // every day of the period, in order
  int diary_nights = 0;
  double cramps_per_night = 0;             // over the nights in the diary
  std::optional<double> mean_severity;     // over the nights whose severity is said
  int stretched_days = 0;                  // days with a completed session
  double adherence = 0;                    // stretched_days of the period's days, 0 to 1
  std::optional<SixWeekCheck> weeks;       // the period's first diary week against its latest
  std::vector<ReportRoutine> routines;     // most completed first
  int most_cramps = 0;                     // the highest night, for the chart's scale
  std::vector<CrampEvent> rescues;         // the Cramp-now button's cramps in the period, oldest first
  int rescues_left = 0;
  int rescues_right = 0;
  std::vector<TriedComparison> tried;      // each thing ticked in the period, in the order first ticked
};

[[nodiscard]] ReportFigures compute_report(const std::vector<SessionRecord>& sessions, const std::vector<DiaryEntry>& diary,
                                           ReportPeriod period, const std::vector<CrampEvent>& rescues = {},
                                           const TriedDays& tried = {});

enum class Paper { a4, letter };
// The paper a locale ("en_US.UTF-8") prints on: US Letter in the United States, Canada, Mexico,
// the Philippines, Chile and Colombia, A4 everywhere else.
[[nodiscard]] Paper paper_for_locale(std::string_view locale);

// "2 Nov 2026": a day as a report names it, in the user's language.
[[nodiscard]] std::string report_date(DayNumber day);

// The same figures for other programs: a summary block, then a row per day. Never translated.
[[nodiscard]] std::string report_csv(const ReportFigures& report);

}  // namespace limber
