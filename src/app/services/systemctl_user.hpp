#pragma once
// The user's systemd manager, asked through `systemctl --user`: what it said when it failed, and
// how to say its absence to a person.

#include <string>
#include <vector>

#include "core/base/expected.hpp"

namespace limber {

// systemctl --user ARGS; the error is the first line systemctl printed, or its exit status.
[[nodiscard]] Expected<void, std::string> systemctl_user(const std::vector<std::string>& args);

// "no systemd user manager runs for you on this computer, ...": what systemctl prints then ("Failed
// to connect to bus") means nothing to most people.
[[nodiscard]] std::string no_systemd_manager();

}  // namespace limber
