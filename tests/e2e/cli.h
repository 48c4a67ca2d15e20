// Running the `parley` binary as a user does: a command line in, stdout,
// stderr and the exit code out.
#pragma once

#include <string>

namespace parley::test {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `parley ARGS` through the shell (ARGS is shell syntax), with `input` on stdin.
CommandResult parley(const std::string& args, const std::string& input = "");

}  // namespace parley::test
