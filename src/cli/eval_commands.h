// The subcommands of `parley eval`, one file each.
#pragma once

#include <CLI/CLI.hpp>

namespace parley::cli {

void add_eval_ud_command(CLI::App& eval, int& exit_code);
void add_eval_ner_command(CLI::App& eval, int& exit_code);
void add_eval_extraction_command(CLI::App& eval, int& exit_code);
void add_eval_petrarch_command(CLI::App& eval, int& exit_code);
void add_eval_plover_command(CLI::App& eval, int& exit_code);

}  // namespace parley::cli
