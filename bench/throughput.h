// Throughput benchmarks behind `parley bench`: the tokenizer alone (tokens/s),
// the NLP model (tag + parse on gold tokens, and the whole analysis from raw
// text, tokens/s, one core) and the whole path from raw text to stored events
// (sentences/s), on text read at bench time, with an optional peer program
// timed on the same text.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace parley {

struct BenchOptions {
  std::vector<std::string> inputs;   // .conllu (their "# text =" lines) or plain text
  double min_mb = 10;                // the text is repeated up to this size
  int threads = 0;                   // whole path: 0 = all cores
  std::string data_dir;
  std::string peer;                  // a shell command: reads text on stdin, prints its token count
  std::string model;                 // the NLP model for the tag+parse figures ("" : the default)
  bool json = false;
};

void run_benchmarks(const BenchOptions& options, std::ostream& out);

}  // namespace parley
