#include "core/base/diagnostic.hpp"

#include <fmt/format.h>

#include "core/base/translate.hpp"

namespace limber {

std::string format_diagnostic(const Diagnostic& d) {
  // "error" in the user's language, as compilers print it (gcc: "Fehler").
  return fmt::format("{}:{}:{}: {}: {}", d.file, d.line, d.column, trc("diagnostic", "error"), d.message);
}

}  // namespace limber
