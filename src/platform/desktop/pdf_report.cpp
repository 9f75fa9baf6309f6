#include "platform/pdf_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <memory>
#include <vector>

#include "core/base/translate.hpp"
#include "platform/atomic_file.hpp"
#include "platform/desktop/cairo_library.hpp"
#include "platform/desktop/pdf_page.hpp"
#include "platform/desktop/pdf_report_charts.hpp"

namespace limber {
namespace {

using namespace pdf;  // the page the report is drawn on

struct SurfaceDeleter {
  void operator()(cairo_surface_t* s) const { cairo_api().surface_destroy(s); }
};
struct ContextDeleter {
  void operator()(cairo_t* c) const { cairo_api().destroy(c); }
};

// The notes the report lists: the latest, so the page keeps its room for the calendar.
constexpr std::size_t kNotesListed = 8;

std::string percent(double share) { return fmt::format("{} %", static_cast<int>(share * 100 + 0.5)); }

void summary(Page& page, const ReportFigures& r) {
  const int days = r.period.days();
  page.heading(tr("Summary"));
  page.figure_row(tr("Nights in the diary"), format(tr("{0} of {1}"), r.diary_nights, days));
  page.figure_row(tr("Cramps per night"), r.diary_nights > 0 ? decimal(r.cramps_per_night, 1) : "\u2013");
  page.figure_row(tr("Severity of the night's worst cramp (0 for none, up to 10), on average"),
                  r.mean_severity ? decimal(*r.mean_severity, 1) : "\u2013");
  page.figure_row(tr("Nights stretched"),
                  format(tr("{0} of {1} ({2})"), r.stretched_days, days, percent(r.adherence)));

  page.heading(tr("The first diary week and the latest"));
  if (!r.weeks) {
    page.colour(kMuted);
    page.paragraph(tr("The two can be compared once the diary of this period spans two weeks or more."));
    return;
  }
  const SixWeekCheck& c = *r.weeks;
  const auto week = [&](const char* label, const DiaryWeek& w) {
    page.figure_row(format(label, report_date(w.first), report_date(w.last)),
                    format(tr("{0} cramps a night, severity {1}"), decimal(w.cramps_per_night, 1), decimal(w.mean_severity, 1)));
  };
  week(tr("First week, {0} to {1}"), c.first_week);
  week(tr("Latest week, {0} to {1}"), c.recent_week);
  page.figure_row(trc("a difference between two weeks", "Change"), format(tr("{0} cramps a night, severity {1}"), decimal(c.cramps_change, 1, true),
                                       decimal(c.severity_change, 1, true)));
}

void trial_context(Page& page) {
  page.heading(tr("For context: the trial"));
  page.colour(kText);
  page.paragraph(format(tr("In the randomised trial behind Limber's bedtime stretches (Hallegraeff et al., J Physiother "
                           "2012; 80 adults aged 55 or more, calf and hamstring stretches just before sleep), after six "
                           "weeks the stretching group had {0} fewer cramps a night than the group that did not stretch, "
                           "and their cramps were {1} points less severe on a scale of 10."),
                        decimal(TrialFigures::cramps_per_night_fewer, 1), decimal(TrialFigures::severity_lower, 1)));
  page.skip(4);
  page.colour(kMuted);
  page.paragraph(tr("This report is not medical advice. A personal diary shows what happened alongside the stretching, "
                    "not what caused it. Talk to your doctor about cramps that are frequent, severe or new."));
}

void routines(Page& page, const ReportFigures& r) {
  page.heading(tr("Routines done"));
  if (r.routines.empty()) {
    page.colour(kMuted);
    page.paragraph(tr("No session was completed in this period."));
    return;
  }
  for (const ReportRoutine& routine : r.routines) {
    const auto minutes = static_cast<long>(routine.minutes + 0.5);
    page.figure_row(routine.name, format(tr("{0} on {1}, {2}"),
                                         format(trn("{0} time", "{0} times", routine.completed), routine.completed),
                                         format(trn("{0} day", "{0} days", routine.days), routine.days),
                                         format(trn("{0} minute", "{0} minutes", minutes), minutes)));
  }
}

void rescues(Page& page, const ReportFigures& r) {
  page.heading(tr("Night-time rescues"));
  if (r.rescues.empty()) {
    page.colour(kMuted);
    page.paragraph(tr("The Cramp-now button was not used in this period."));
    return;
  }
  const auto count = static_cast<int>(r.rescues.size());
  page.figure_row(tr("Cramps met with the Cramp-now button"),
                  format(tr("{0} ({1} left leg, {2} right leg)"), count, r.rescues_left, r.rescues_right));
  // The latest few, as the night they came in.
  constexpr std::size_t kListed = 6;
  const std::size_t from = r.rescues.size() > kListed ? r.rescues.size() - kListed : 0;
  for (std::size_t i = from; i < r.rescues.size(); ++i) {
    const CrampEvent& e = r.rescues[i];
    page.figure_row(format(tr("The night of {0}"), report_date(*parse_date(e.night))), describe_cramp_event(e));
  }
}

void tried(Page& page, const ReportFigures& r) {
  page.heading(tr("What else you tried"));
  if (r.tried.empty()) {
    page.colour(kMuted);
    page.paragraph(tr("Nothing else was ticked in this period."));
    return;
  }
  const auto nights = [](int n, double cramps) {
    return n == 0 ? std::string("\u2013")
                  : format(trn("{0} night, {1} cramps a night", "{0} nights, {1} cramps a night", n), n, decimal(cramps, 1));
  };
  for (const TriedComparison& c : r.tried) {
    const std::string label = tried_thing_label(c.key);
    page.figure_row(format(tr("{0}: the nights after days with it"), label), nights(c.nights_with, c.cramps_with));
    page.figure_row(format(tr("{0}: the nights after days without it"), label), nights(c.nights_without, c.cramps_without));
  }
  page.skip(2);
  page.colour(kMuted);
  page.paragraph(tr("Your own nights side by side. A personal diary shows what went together, not what caused what: "
                    "other things change from day to day too."));
}

// The diary's own words for its nights: what the figures cannot say (where, when, after what).
void notes(Page& page, const ReportFigures& r) {
  std::vector<const ReportDay*> with_notes;
  for (const ReportDay& d : r.days) {
    if (!d.note.empty()) with_notes.push_back(&d);
  }
  if (with_notes.empty()) return;
  page.heading(tr("Notes from the diary"));
  const std::size_t from = with_notes.size() > kNotesListed ? with_notes.size() - kNotesListed : 0;
  for (std::size_t i = from; i < with_notes.size(); ++i) {
    page.figure_row(format(tr("The night of {0}"), report_date(with_notes[i]->day)), with_notes[i]->note);
  }
  if (from > 0) {
    page.colour(kMuted);
    page.paragraph(format(tr("The latest {0} of {1} notes; `limber diary` lists them all."), kNotesListed, with_notes.size()));
  }
}

void footer(Page& page, int number, int pages, DayNumber today) {
  page.font(8);
  page.colour(kMuted);
  const std::string left = format(tr("Made with Limber on {0}"), report_date(today));
  const std::string right = format(tr("Page {0} of {1}"), number, pages);
  page.text_at(kMargin, page.height() - 30, left);
  page.text_at(page.width() - kMargin - page.text_width(right), page.height() - 30, right);
}

// What notes() takes of the page: a heading, a row per note listed, and the line under them.
double notes_height(const ReportFigures& r) {
  const auto count = static_cast<std::size_t>(std::count_if(r.days.begin(), r.days.end(), [](const ReportDay& d) { return !d.note.empty(); }));
  return count == 0 ? 0.0 : 30 + 16 * static_cast<double>(std::min(count, kNotesListed)) + (count > kNotesListed ? 16 : 0);
}

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

void release_pdf_caches() {
  if (!cairo_library_loaded()) return;
  cairo_api().debug_reset_static_data();
  cairo_api().fontconfig_fini();
}

Expected<void, std::string> write_report_pdf(const ReportFigures& report, const std::filesystem::path& path, Paper paper,
                                             DayNumber today) {
  if (const auto loaded = cairo_library(); !loaded) return Unexpected{loaded.error()};
  const double width = paper == Paper::letter ? 612 : 595.28;
  const double height = paper == Paper::letter ? 792 : 841.89;
  std::string bytes;
  {
    std::unique_ptr<cairo_surface_t, SurfaceDeleter> surface(cairo_api().pdf_surface_create_for_stream(append, &bytes, width, height));
    if (cairo_api().surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
      return Unexpected{format(tr("the PDF cannot be made: {0}"), cairo_api().status_to_string(cairo_api().surface_status(surface.get())))};
    }
    cairo_api().pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, tr("Leg cramps and stretching"));
    cairo_api().pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "Limber");
    std::unique_ptr<cairo_t, ContextDeleter> cr(cairo_api().create(surface.get()));

    Page first(cr.get(), width, height);
    first.font(20, true);
    first.colour(kText);
    first.line_of_text(tr("Leg cramps and stretching"));
    first.font(11);
    first.colour(kMuted);
    first.skip(4);
    first.line_of_text(format(trn("{0} to {1}: {2} night", "{0} to {1}: {2} nights", report.period.days()),
                              report_date(report.period.first), report_date(report.period.last), report.period.days()));
    summary(first, report);
    trial_context(first);
    cramp_chart(first, report);
    footer(first, 1, 2, today);
    cairo_api().show_page(cr.get());

    Page second(cr.get(), width, height);
    // The calendar takes what the sections under it leave (a row about 16 pt, a heading about 30).
    const double below = 3 * 30 + 16 * (static_cast<double>(std::max<std::size_t>(1, report.routines.size())) +
                                        static_cast<double>(std::min<std::size_t>(7, report.rescues.size() + 1)) +
                                        2.0 * static_cast<double>(report.tried.size()) + 3) + 60 +
                         notes_height(report);
    calendar(second, report, height - std::max(200.0, below));
    routines(second, report);
    rescues(second, report);
    tried(second, report);
    notes(second, report);
    footer(second, 2, 2, today);
    cairo_api().show_page(cr.get());
    cairo_api().surface_finish(surface.get());
    if (cairo_api().status(cr.get()) != CAIRO_STATUS_SUCCESS) {
      return Unexpected{format(tr("the PDF cannot be made: {0}"), cairo_api().status_to_string(cairo_api().status(cr.get())))};
    }
  }
  return write_output_file(path, bytes);
}

}  // namespace limber
