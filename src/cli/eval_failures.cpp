#include "cli/eval_failures.h"

#include <algorithm>
#include <iostream>

#include "util/strings.h"

namespace parley::cli {

void add_event_eval_options(CLI::App* cmd, EventEvalOptions& o) {
  cmd->add_option("--data", o.data_dir, "parley's data directory (eval petrarch: for all but PETRARCH's dictionaries)")
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--coder", o.coder, "the event coder: parse (from the dependency parse; the default) or shallow")
      ->check(CLI::IsMember({"parse", "shallow"}));
  cmd->add_option("--part", o.part, "only the records whose id hashes to K modulo N (K/N), to keep a part unseen");
  cmd->add_option("--failures", o.failures, "print at most N failed records (default: all; not with --json)")
      ->check(CLI::NonNegativeNumber);
}

void print_failures(const std::vector<EvalFailure>& failures, int limit) {
  const size_t n = limit < 0 ? failures.size() : std::min(failures.size(), static_cast<size_t>(limit));
  if (n > 0) std::cout << "\nfailures (" << n << " of " << failures.size() << "):\n";
  for (size_t i = 0; i < n; ++i) {
    const EvalFailure& f = failures[i];
    std::cout << "\n" << f.id << " (" << f.category << "): " << join(f.reasons, "; ") << "\n  text: " << f.text
              << "\n  gold: " << f.gold << "\n  got:  " << f.got << "\n";
  }
}

}  // namespace parley::cli
