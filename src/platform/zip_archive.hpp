#pragma once
// Reading a zip archive another app wrote (Feeel's "export all"), with libzip, loaded when the
// first archive is read (the window and most commands never need it, and libzip pulls in OpenSSL
// at every start otherwise). Every limit is the reader's own, whatever the archive claims: each
// file is unpacked only up to its limit (a zip bomb stops there), names that point out of the
// archive are refused, and nothing is ever written to disk.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "core/base/expected.hpp"

namespace limber {

struct ZipLimits {
  std::size_t entries = 2000;
  std::size_t entry_bytes = 8u << 20;   // one file, unpacked
  std::size_t total_bytes = 64u << 20;  // every file, unpacked
};

// Calls `take(name, bytes)` for each file (not folder) in `archive`, in the archive's order, one
// at a time. An error (the archive's, or a limit) says why it stopped; files already taken stay
// taken.
[[nodiscard]] Expected<void, std::string> for_each_zip_file(
    std::string_view archive, const ZipLimits& limits,
    const std::function<void(const std::string& name, std::string_view bytes)>& take);

// "PK\3\4" (or an empty archive's "PK\5\6").
[[nodiscard]] bool looks_like_zip(std::string_view bytes);

}  // namespace limber
