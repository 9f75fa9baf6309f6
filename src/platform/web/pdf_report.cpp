#include "platform/pdf_report.hpp"

namespace limber {

// Cairo is not in the browser build (its web answer: the report's PDF is the desktop's, and the
// progress screen says so). The history the page exports makes the same report there.
Expected<void, std::string> write_report_pdf(const ReportFigures& /*report*/, const std::filesystem::path& /*path*/,
                                             Paper /*paper*/, DayNumber /*today*/) {
  return Unexpected{std::string("the PDF report is made by Limber on a computer; export the history there")};
}

void release_pdf_caches() {}

}  // namespace limber
