#include "app/services/systemctl_user.hpp"

#include "core/base/translate.hpp"
#include "platform/child_process.hpp"

namespace limber {

Expected<void, std::string> systemctl_user(const std::vector<std::string>& args) {
  std::vector<std::string> argv{"systemctl", "--user"};
  argv.insert(argv.end(), args.begin(), args.end());
  const auto result = run_process(argv);
  if (!result) return Unexpected{result.error()};
  if (result->exit_code != 0) {
    std::string said = result->output;
    while (!said.empty() && (said.back() == '\n' || said.back() == ' ')) said.pop_back();
    if (const auto newline = said.find('\n'); newline != std::string::npos) said.resize(newline);
    return Unexpected{said.empty() ? format(tr("systemctl --user exited with {0}"), result->exit_code) : said};
  }
  return {};
}

std::string no_systemd_manager() {
  return tr("no systemd user manager runs for you on this computer, so nothing starts its timer");
}

}  // namespace limber
