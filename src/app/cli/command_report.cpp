// `limber report`: the history of the last weeks as a PDF to hand to a doctor, or as CSV.
#include <fmt/format.h>

#include "app/cli/command_table.hpp"
#include "app/cli/commands.hpp"
#include "app/services/history_access.hpp"
#include "core/base/translate.hpp"
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

void add_report_command(CommandTable& table) {
  auto args = std::make_shared<ReportArgs>();
  CLI::App* report = table.app().add_subcommand("report", "A report to take to the doctor: a PDF of the last weeks (or CSV)");
  report->add_option("--weeks", args->weeks, "How many weeks, 1-520 (default 6)")->check(CLI::Range(1, kReportMaxWeeks));
  report->add_option("--from", args->from, "The first day, YYYY-MM-DD (default: the weeks that end today)");
  report->add_option("-o,--output", args->output, "The file to write (a .pdf; with --csv, standard output if left out)");
  report->add_flag("--csv", args->csv, "The same figures as CSV");
  report->add_option("--paper", args->paper, "a4 or letter (default: as the locale prints)")
      ->check(CLI::IsMember({"a4", "letter"}));
  table.add(report, [args](Invocation& invocation) { return command_report(invocation.context, *args); });
}

}  // namespace limber
