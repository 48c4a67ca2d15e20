#include "cli/eval_failures.h"

#include <algorithm>
#include <iostream>

#include "util/strings.h"

namespace parley::cli {

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
