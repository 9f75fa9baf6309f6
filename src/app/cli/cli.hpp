#pragma once
// The `limber` command line: parses arguments and runs the chosen command.

namespace limber {

int run_cli(int argc, char** argv);

}  // namespace limber
