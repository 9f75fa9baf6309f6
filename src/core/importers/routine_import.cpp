#include "core/importers/routine_import.hpp"

#include <fmt/format.h>

#include "core/base/text.hpp"
#include "core/base/translate.hpp"

namespace limber {
namespace {

// Just Another Workout Timer wrote its backups one byte per UTF-16 unit: Latin-1, not UTF-8.
std::string latin1_to_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() * 2);
  for (const char c : bytes) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x80) {
      out += c;
    } else {
      out += static_cast<char>(0xC0 | (u >> 6));
      out += static_cast<char>(0x80 | (u & 0x3F));
    }
  }
  return out;
}

}  // namespace

Expected<ImportedFile, std::string> import_routines(std::string_view bytes, std::string_view file_name) {
  if (bytes.size() > ImportLimits::file_bytes) {
    return Unexpected{format(tr("it is larger than {0} MB, which no routine file is"),
                             static_cast<int>(ImportLimits::file_bytes >> 20))};
  }
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  const auto first = bytes.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return Unexpected{std::string(tr("it is empty"))};
  if (bytes[first] == '<') return import_workrave(bytes);
  if (bytes[first] != '{') return import_limber(bytes, file_name);
  std::string converted;
  const bool latin1 = find_invalid_utf8(bytes).has_value();
  if (latin1) {
    converted = latin1_to_utf8(bytes);
    bytes = converted;
  }
  const bool feeel = bytes.find("\"fullWorkout\"") != std::string_view::npos ||
                     bytes.find("\"feeelMetadataVersion\"") != std::string_view::npos;
  auto file = feeel ? import_feeel(bytes) : import_jawt(bytes);
  if (file && latin1) {
    for (ImportedRoutine& r : file->routines) {
      r.approximated.push_back(tr("the file was not UTF-8: its letters were read as Latin-1"));
    }
  }
  return file;
}

}  // namespace limber
