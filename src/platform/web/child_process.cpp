#include "platform/child_process.hpp"

namespace limber {

// A page cannot start programs: reminders while Limber is closed and opening the report in
// another program are the desktop's (the callers say so where the desktop offers them).
Expected<ProcessResult, std::string> run_process(const std::vector<std::string>& argv) {
  return Unexpected{std::string("a browser cannot run ") + (argv.empty() ? std::string("programs") : argv.front())};
}

Expected<void, std::string> start_detached(const std::vector<std::string>& argv) {
  return Unexpected{std::string("a browser cannot run ") + (argv.empty() ? std::string("programs") : argv.front())};
}

std::string own_executable() { return {}; }

}  // namespace limber
