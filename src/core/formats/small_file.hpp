#pragma once
// Reading a file Limber expects to be small (a routine, a pose, a session kept aside) whole, after
// checking its size: a file far larger than any Limber writes is refused before it is read.

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "core/base/expected.hpp"

namespace limber {

// The file's bytes, or why not in words: "this is a folder, not a routine file", "cannot read the
// file: ...", "the file is N bytes; a routine file may be at most M bytes (1 MiB)". `what` names
// the kind of file ("a routine file").
[[nodiscard]] Expected<std::string, std::string> read_small_file(const std::filesystem::path& path,
                                                                 std::uintmax_t max_bytes, std::string_view what);

}  // namespace limber
