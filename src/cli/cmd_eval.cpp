// parley eval: accuracy on public gold data, with the field's own metrics.
// One file per kind of evaluation (eval_*.cpp).
#include "cli/commands.h"
#include "cli/eval_commands.h"

namespace parley::cli {

void add_eval_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("eval", "Measure accuracy on gold data (UD treebanks, NER sets, article extraction, event coding)");
  cmd->require_subcommand(1);
  add_eval_ud_command(*cmd, exit_code);
  add_eval_ner_command(*cmd, exit_code);
  add_eval_extraction_command(*cmd, exit_code);
  add_eval_petrarch_command(*cmd, exit_code);
  add_eval_plover_command(*cmd, exit_code);
}

}  // namespace parley::cli
