// parley bench: throughput of the tokenizer and of the whole path, on text
// that the user points at (the sentences of a CoNLL-U treebank, or any text),
// and of article extraction on the extraction benchmark's pages.
#include <iostream>

#include "bench/extraction_bench.h"
#include "bench/throughput.h"
#include "cli/commands.h"

namespace parley::cli {

void add_bench_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("bench", "Measure tokenizer and whole-path throughput (see bench/README.md)");
  auto o = std::make_shared<BenchOptions>();
  auto x = std::make_shared<ExtractionBenchOptions>();
  cmd->add_option("TEXT", o->inputs,
                  "text to run on: .conllu files (their # text lines) or plain text files")
      ->check(CLI::ExistingFile);
  cmd->add_option("--extraction", x->pages_dir,
                  "also (or only) time article extraction on the extraction benchmark in this directory")
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--extraction-peer", x->peer,
                  "a peer extractor to time on the same pages (given the directory; prints PAGES SECONDS)");
  cmd->add_option("--min-mb", o->min_mb, "repeat the text until it is at least this large")->capture_default_str();
  cmd->add_option("--threads", o->threads, "threads for the whole-path run (default: all cores)");
  cmd->add_option("--data", o->data_dir, "the data directory")->check(CLI::ExistingDirectory);
  cmd->add_option("--peer", o->peer, "a peer command to time on the same text (reads stdin, prints a count)");
  cmd->add_option("--model", o->model, "the NLP model for the tag + parse figures (default: the shipped one)");
  cmd->add_flag("--json", o->json, "print one JSON object");
  cmd->callback([o, x, &exit_code] {
    if (o->inputs.empty() && x->pages_dir.empty()) throw CLI::ValidationError("give TEXT, --extraction DIR, or both");
    if (!o->inputs.empty()) run_benchmarks(*o, std::cout);
    if (!x->pages_dir.empty()) {
      x->data_dir = o->data_dir;
      x->json = o->json;
      run_extraction_bench(*x, std::cout);
    }
    exit_code = kOk;
  });
}

}  // namespace parley::cli
