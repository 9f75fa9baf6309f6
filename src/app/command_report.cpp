// `limber report`: the history of the last weeks as a PDF to hand to a doctor, or as CSV.
#include <fmt/format.h>

#include "app/commands.hpp"
#include "app/history_access.hpp"
#include "core/translate.hpp"
#include "platform/atomic_file.hpp"
#include "platform/pdf_report.hpp"

namespace limber {

int command_report(const AppContext& context, const ReportArgs& args) {
  std::optional<DayNumber> from;
  if (!args.from.empty()) {
    from = parse_date(args.from);
    if (!from) {
      fmt::print(stderr, "limber: {}\n", format(tr("`{0}` is not a date: write it as YYYY-MM-DD"), args.from));
      return kExitUsage;
    }
  }
  if (!args.csv && args.output.empty()) {
    fmt::print(stderr, "limber: {}\n", tr("say where the report goes: `limber report -o report.pdf`"));
    return kExitUsage;
  }
  const DayNumber today = local_today();
  if (from && *from > today) {
    fmt::print(stderr, "limber: {}\n", format(tr("the report cannot start after today ({0})"), format_date(today)));
    return kExitUsage;
  }
  const auto history = read_user_history(context);
  if (!history) return kExitFailure;
  const ReportFigures report = compute_report(history->sessions, history->diary, report_period(from, args.weeks, today),
                                              history->cramp_events, history->tried);
  if (args.csv) {
    const std::string csv = report_csv(report);
    if (args.output.empty()) {
      fmt::print("{}", csv);
      return kExitOk;
    }
    if (auto written = write_output_file(args.output, csv); !written) {
      fmt::print(stderr, "limber: {}\n", written.error());
      return kExitFailure;
    }
  } else {
    const Paper paper = args.paper == "letter" ? Paper::letter
                        : args.paper == "a4"   ? Paper::a4
                                               : paper_for_locale(time_locale_from_environment());
    const auto written = write_report_pdf(report, args.output, paper, today);
    release_pdf_caches();
    if (!written) {
      fmt::print(stderr, "limber: {}\n", written.error());
      return kExitFailure;
    }
  }
  fmt::print("{}\n", format(tr("The report for {0} to {1} is in {2}."), report_date(report.period.first),
                            report_date(report.period.last), args.output));
  return kExitOk;
}

}  // namespace limber
