#include "e2e/cli.h"

#include <sys/wait.h>

#include <fstream>
#include <sstream>

#include "unit/test_support.h"

namespace parley::test {

namespace {
std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
}  // namespace

CommandResult parley(const std::string& args, const std::string& input) {
  const std::string in = temp_path("stdin"), out = temp_path("stdout"), err = temp_path("stderr");
  std::ofstream(in, std::ios::binary) << input;
  const std::string command = std::string("cd '") + source_dir() + "' && '" + PARLEY_BINARY + "' " + args + " < '" +
                              in + "' > '" + out + "' 2> '" + err + "'";
  const int status = std::system(command.c_str());
  CommandResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(out);
  r.err = slurp(err);
  return r;
}

}  // namespace parley::test
