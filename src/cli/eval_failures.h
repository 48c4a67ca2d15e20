// The records an event evaluation got wrong, printed the same way by
// `parley eval petrarch` and `parley eval plover`: id, category, the reasons,
// the text, what the gold says and what parley coded.
#pragma once

#include <string>
#include <vector>

namespace parley::cli {

struct EvalFailure {
  std::string id, category, text;
  std::vector<std::string> reasons;  // "missing ARN GON 064", "wrong source ..."
  std::string gold, got;             // one line each
};

// Prints at most `limit` failures (all when limit < 0) on stdout.
void print_failures(const std::vector<EvalFailure>& failures, int limit);

}  // namespace parley::cli
