#pragma once
// A file the user exported, handed to them where they keep files: on the desktop it is saved in
// the Downloads folder (the home folder without one), under a name no file there has yet; in a
// browser the browser downloads it, as any download (and asks where, if the user set it to).

#include <filesystem>
#include <string>

#include "core/base/expected.hpp"

namespace limber {

// `file` is Limber's own copy (made for this, and removed after); `name` the one to give it.
// Says, in a sentence, where it went.
[[nodiscard]] Expected<std::string, std::string> hand_over_file(const std::filesystem::path& file, const std::string& name);

// Where this build makes the copies it hands over (a folder of its own; each copy is removed
// once handed over).
[[nodiscard]] std::filesystem::path export_staging_dir();

}  // namespace limber
