#pragma once
// Running other programs: one to completion with its output captured (systemctl, systemd-run),
// or one left to run on its own after Limber has gone (the session a notification starts).

#include <string>
#include <vector>

#include "core/base/expected.hpp"

namespace limber {

struct ProcessResult {
  int exit_code = -1;  // -1: killed by a signal
  std::string output;  // stdout and stderr together, as a person would have seen them
};

// Searches PATH for argv[0]. The error is only for a program that could not be started at all.
[[nodiscard]] Expected<ProcessResult, std::string> run_process(const std::vector<std::string>& argv);

// Starts argv in a session of its own that outlives this process; nothing of it is waited for.
[[nodiscard]] Expected<void, std::string> start_detached(const std::vector<std::string>& argv);

// The running program's own file (/proc/self/exe), for commands that run Limber again.
[[nodiscard]] std::string own_executable();

}  // namespace limber
