#include "app/services/history_import_text.hpp"

#include "core/base/translate.hpp"

namespace limber {

std::vector<std::string> history_import_lines(const ImportReport& report, const std::string& file_name) {
  std::vector<std::string> lines;
  lines.push_back(format(tr("Imported {0} and {1} from {2}."),
                         format(trn("{0} new session", "{0} new sessions", report.sessions_added), report.sessions_added),
                         format(trn("{0} diary night", "{0} diary nights", report.diary_added), report.diary_added), file_name));
  if (report.sessions_known > 0) {
    lines.push_back(format(trn("{0} session was already here and stayed as it was.",
                               "{0} sessions were already here and stayed as they were.", report.sessions_known),
                           report.sessions_known));
  }
  if (report.sessions_skipped > 0 || report.diary_skipped > 0) {
    std::string reasons;
    for (const auto& [reason, count] : report.skipped_because) {
      reasons += format(tr("{0}{1} with {2}"), reasons.empty() ? "" : "; ", count, reason);
    }
    lines.push_back(format(tr("Skipped {0} and {1} that no Limber could have written ({2}); everything else came in."),
                           format(trn("{0} session", "{0} sessions", report.sessions_skipped), report.sessions_skipped),
                           format(trn("{0} diary night", "{0} diary nights", report.diary_skipped), report.diary_skipped),
                           reasons));
  }
  if (report.diary_kept > 0) {
    lines.push_back(format(trn("{0} night differed between the two diaries: this device's entry is kept.",
                               "{0} nights differed between the two diaries: this device's entries are kept.", report.diary_kept),
                           report.diary_kept));
  }
  return lines;
}

}  // namespace limber
