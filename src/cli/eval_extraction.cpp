// parley eval extraction: the article extractor on the article extraction
// benchmark: 4-word shingle precision, recall and F1 (as the benchmark's
// evaluate.py, ../shared/tools/extraction-score.py), and pages per second on
// one core, in process.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/eval_commands.h"
#include "eval/extraction_benchmark.h"
#include "eval/extraction_eval.h"
#include "parley/extractor.h"
#include "pipeline/knowledge.h"

namespace parley::cli {

namespace {
struct EvalExtractionOptions {
  std::string dir, data_dir, part, save;
  bool json = false;
  int worst = 0;
};

double page_f1(const ShingleCounts& c) { return aggregate({c}).f1; }

void print_worst(const std::vector<BenchmarkPage>& pages, const std::vector<ShingleCounts>& counts, int n) {
  std::vector<size_t> order(pages.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return page_f1(counts[a]) < page_f1(counts[b]); });
  for (size_t k = 0; k < order.size() && k < static_cast<size_t>(n); ++k) {
    const size_t i = order[k];
    std::printf("  %s  F1=%.3f tp=%.3f fp=%.3f fn=%.3f\n", pages[i].id.substr(0, 16).c_str(), page_f1(counts[i]),
                counts[i].tp, counts[i].fp, counts[i].fn);
  }
}

void save_outputs(const std::string& path, const std::vector<BenchmarkPage>& pages,
                  const std::vector<std::string>& texts) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  for (size_t i = 0; i < pages.size(); ++i) j[pages[i].id] = {{"articleBody", texts[i]}};
  std::ofstream out(path);
  out << j.dump(1) << '\n';
  if (!out) throw std::runtime_error(path + ": cannot write");
}
}  // namespace

void add_eval_extraction_command(CLI::App& eval, int& exit_code) {
  auto* cmd = eval.add_subcommand(
      "extraction", "Article extraction: shingle precision, recall, F1 and pages/s on the extraction benchmark");
  auto o = std::make_shared<EvalExtractionOptions>();
  cmd->add_option("--data", o->dir, "the benchmark: ground-truth.json and html/<id>.html.gz")
      ->required()
      ->check(CLI::ExistingDirectory);
  cmd->add_flag("--json", o->json, "print one JSON object: precision, recall, f1 (0-1), pages, pages_per_second");
  cmd->add_option("--part", o->part, "only the pages whose id hashes to K modulo N (K/N), to check that rules generalize");
  cmd->add_option("--worst", o->worst, "also list the N pages with the lowest F1")->check(CLI::NonNegativeNumber);
  cmd->add_option("--save-output", o->save, "write the extracted texts as {id: {articleBody}} JSON");
  cmd->add_option("--rules", o->data_dir, "parley's data directory (extract/ rules)")->check(CLI::ExistingDirectory);
  cmd->callback([o, &exit_code] {
    const PageExtractor extractor(o->data_dir.empty() ? default_data_dir() : o->data_dir);
    const auto pages = load_benchmark(o->dir, o->part);
    std::vector<std::string> texts;
    texts.reserve(pages.size());
    const auto start = std::chrono::steady_clock::now();
    for (const auto& p : pages) texts.push_back(extractor.extract(p.html).text);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::vector<ShingleCounts> counts;
    for (size_t i = 0; i < pages.size(); ++i) counts.push_back(shingle_counts(pages[i].truth, texts[i]));
    const ExtractionScore s = aggregate(counts);
    const double rate = seconds > 0 ? static_cast<double>(pages.size()) / seconds : 0;
    if (!o->save.empty()) save_outputs(o->save, pages, texts);
    if (o->json) {
      std::cout << nlohmann::ordered_json{{"precision", s.precision}, {"recall", s.recall}, {"f1", s.f1},
                                          {"pages", pages.size()}, {"pages_per_second", rate}}
                       .dump()
                << '\n';
    } else {
      std::printf("pages=%zu  F1=%.4f  P=%.4f  R=%.4f  %.0f pages/s (1 core)\n", pages.size(), s.f1, s.precision,
                  s.recall, rate);
      print_worst(pages, counts, o->worst);
    }
    exit_code = kOk;
  });
}

}  // namespace parley::cli
