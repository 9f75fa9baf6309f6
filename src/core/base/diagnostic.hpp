#pragma once
// A problem found in a file, at a place a person (or their editor) can jump to.

#include <string>
#include <vector>

namespace limber {

struct Diagnostic {
  std::string file;
  int line = 0;    // 1-based
  int column = 0;  // 1-based
  std::string message;
  bool operator==(const Diagnostic&) const = default;
};

using Diagnostics = std::vector<Diagnostic>;

// "FILE:LINE:COLUMN: error: MESSAGE", the form compilers use and editors understand.
[[nodiscard]] std::string format_diagnostic(const Diagnostic& diagnostic);

}  // namespace limber
