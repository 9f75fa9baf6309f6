#pragma once
// The report (core/history/report.hpp) as a PDF of one or two pages, drawn with Cairo: real text in
// DejaVu Sans (selectable and searchable), the cramp chart and the calendar as vector shapes.

#include <filesystem>
#include <string>

#include "core/base/expected.hpp"
#include "core/history/report.hpp"

namespace limber {

// Writes the whole file or nothing (atomically); the error says why, for the user.
[[nodiscard]] Expected<void, std::string> write_report_pdf(const ReportFigures& report, const std::filesystem::path& path,
                                                           Paper paper, DayNumber today);

// For a process about to exit after writing reports (`limber report`): frees the caches Cairo and
// fontconfig keep for the life of the process, so that a leak checker sees none. Nothing may draw
// text after it.
void release_pdf_caches();

}  // namespace limber
