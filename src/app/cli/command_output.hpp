#pragma once
// What the commands that print the history and the diary share: CSV fields, and a failed store
// call said on stderr.

#include <fmt/format.h>

#include <cstdio>
#include <string>

#include "core/base/expected.hpp"

namespace limber {

// A CSV field, quoted when it holds a comma, a quote or a line break.
[[nodiscard]] std::string csv_field(const std::string& field);

// Prints a failed store call's message; true when it failed.
template <class T>
bool failed(const Expected<T, std::string>& result) {
  if (result) return false;
  fmt::print(stderr, "limber: {}\n", result.error());
  return true;
}

}  // namespace limber
