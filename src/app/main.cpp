#include "app/cli/cli.hpp"

int main(int argc, char** argv) { return limber::run_cli(argc, argv); }
