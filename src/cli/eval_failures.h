// What `parley eval petrarch` and `parley eval plover` share: the options
// besides their records file and --json, and the records they got wrong,
// printed the same way (id, category, the reasons, the text, what the gold
// says and what parley coded).
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace parley::cli {

struct EventEvalOptions {
  std::string data_dir;      // --data
  std::string coder = "parse";
  std::string part;          // --part K/N
  int failures = -1;         // --failures: at most this many (all when < 0)
};

// Adds --data, --coder, --part and --failures to `cmd`.
void add_event_eval_options(CLI::App* cmd, EventEvalOptions& o);

struct EvalFailure {
  std::string id, category, text;
  std::vector<std::string> reasons;  // "missing ARN GON 064", "wrong source ..."
  std::string gold, got;             // one line each
};

// Prints at most `limit` failures (all when limit < 0) on stdout.
void print_failures(const std::vector<EvalFailure>& failures, int limit);

}  // namespace parley::cli
