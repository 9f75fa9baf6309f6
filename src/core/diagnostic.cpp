#include "core/diagnostic.hpp"

#include <fmt/format.h>

namespace limber {

std::string format_diagnostic(const Diagnostic& d) {
  return fmt::format("{}:{}:{}: error: {}", d.file, d.line, d.column, d.message);
}

}  // namespace limber
