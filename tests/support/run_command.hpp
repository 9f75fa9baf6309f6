#pragma once
// Runs a program the way a user's shell would and captures what it printed.

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "support/fixtures.hpp"

namespace limber::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string shell_quote(const std::string& arg) {
  std::string quoted = "'";
  for (const char c : arg) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

// `environment` is a prefix such as "LIMBER_DATA_DIR=/tmp/x" (already quoted as needed).
inline CommandResult run_command(const std::string& program, const std::vector<std::string>& args,
                                 const std::string& environment = "") {
  ScratchDir scratch;
  std::string command = environment.empty() ? "" : environment + " ";
  command += shell_quote(program);
  for (const auto& arg : args) command += " " + shell_quote(arg);
  command += " >" + shell_quote((scratch / "out").string()) + " 2>" + shell_quote((scratch / "err").string()) +
             " </dev/null";
  const int status = std::system(command.c_str());
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_file(scratch / "out");
  result.err = read_file(scratch / "err");
  return result;
}

}  // namespace limber::testing
