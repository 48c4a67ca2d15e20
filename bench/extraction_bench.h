// The extraction benchmark behind `parley bench --extraction DIR`: article
// extraction (parse, charset, article, metadata) in pages per second and MB
// per second on one core, in process, on the benchmark's pages read at bench
// time, with an optional peer program timed on the same pages.
#pragma once

#include <ostream>
#include <string>

namespace parley {

struct ExtractionBenchOptions {
  std::string pages_dir;     // the benchmark: ground-truth.json, html/<id>.html.gz
  std::string data_dir;      // parley's data directory ("" : the default)
  std::string peer;          // a command run with the directory as its last argument; prints "PAGES SECONDS"
  double min_seconds = 3;    // the pages are extracted again until this much time has passed
  bool json = false;
};

void run_extraction_bench(const ExtractionBenchOptions& options, std::ostream& out);

}  // namespace parley
