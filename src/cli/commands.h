// The `parley` subcommands, one file each. Each registers itself on the app
// and, when run, sets the exit code:
//   0  success
//   1  an error stopped the command (bad data file, store failure, bad input path)
//   2  the command line was wrong
//   3  the run finished, but some inputs were skipped (each was reported on stderr)
#pragma once

#include <CLI/CLI.hpp>

namespace parley::cli {

enum ExitCode { kOk = 0, kError = 1, kUsage = 2, kPartial = 3 };

void add_run_command(CLI::App& app, int& exit_code);
void add_events_command(CLI::App& app, int& exit_code);
void add_quotes_command(CLI::App& app, int& exit_code);
void add_actors_command(CLI::App& app, int& exit_code);
void add_docs_command(CLI::App& app, int& exit_code);
void add_bench_command(CLI::App& app, int& exit_code);
void add_train_command(CLI::App& app, int& exit_code);
void add_parse_command(CLI::App& app, int& exit_code);
void add_eval_command(CLI::App& app, int& exit_code);
void add_extract_command(CLI::App& app, int& exit_code);

}  // namespace parley::cli
