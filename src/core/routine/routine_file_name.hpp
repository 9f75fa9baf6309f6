#pragma once
// A routine's file name from its name, for files the app writes (the editor, `limber new`).

#include <string>
#include <vector>

namespace limber {

// A file stem made from a routine's name: lowercase ASCII letters (accented Latin letters
// transliterated), other scripts' letters as written, digits and dashes; never empty, never `..`
// or a path; `taken` stems get -2, -3, ...
[[nodiscard]] std::string routine_file_stem(const std::string& name, const std::vector<std::string>& taken);

}  // namespace limber
