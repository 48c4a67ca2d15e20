#include "bench/throughput.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>
#include <unistd.h>

#include "nlp/analyzer.h"
#include "nlp/nlp_model.h"
#include "parley/pipeline.h"
#include "parley/store.h"
#include "pipeline/knowledge.h"
#include "util/strings.h"
#include "util/text_file.h"

namespace fs = std::filesystem;

namespace parley {

namespace {

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// Sentences of the inputs, one a line: a CoNLL-U file's "# text =" lines, or a
// text file's non-empty lines.
std::vector<std::string> read_sentences(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const auto& path : paths) {
    const std::string content = read_file(path);
    const bool conllu = path.ends_with(".conllu");
    for (std::string_view line : split(content, '\n')) {
      if (conllu) {
        if (!line.starts_with("# text = ")) continue;
        line.remove_prefix(9);
      }
      line = trim(line);
      if (!line.empty()) out.emplace_back(line);
    }
  }
  return out;
}

// Documents of about twenty sentences in paragraphs of four, like a news
// report, until there are `min_bytes` of text. Each pass over the sentences
// starts the documents at another offset, so that no document repeats (the
// store would keep only one copy).
std::vector<std::string> make_documents(const std::vector<std::string>& sentences, size_t min_bytes) {
  std::vector<std::string> docs;
  size_t total = 0;
  for (size_t pass = 0; total < min_bytes && !sentences.empty() && pass < 20; ++pass) {
    for (size_t i = pass; i < sentences.size() && total < min_bytes; i += 20) {
      std::string doc;
      for (size_t j = i; j < std::min(i + 20, sentences.size()); ++j) {
        doc += sentences[j];
        doc += (j - i) % 4 == 3 ? "\n\n" : " ";
      }
      total += doc.size();
      docs.push_back(std::move(doc));
    }
  }
  return docs;
}

// The NLP model on one core: tag + parse of the gold-tokenized sentences of the
// CoNLL-U inputs, and the whole analysis (tokenize, split, tag, lemmatize,
// parse) of their raw text.
struct NlpFigures {
  bool measured = false;
  long words = 0;
  double tag_parse_per_second = 0;
  long raw_tokens = 0;
  double raw_per_second = 0;
};

NlpFigures measure_nlp(const BenchOptions& o, const Pipeline& pipeline) {
  NlpFigures r;
  std::vector<ConlluSentence> gold;
  for (const auto& path : o.inputs)
    if (path.ends_with(".conllu")) {
      auto part = read_conllu_file(path);
      gold.insert(gold.end(), part.begin(), part.end());
    }
  const NlpModel* model = pipeline.knowledge().model.get();
  if (gold.empty() || !model) return r;

  std::vector<ConlluSentence> sentences = gold;
  auto start = Clock::now();
  for (auto& s : sentences) {
    model->tagger.tag(s);
    model->parser.parse(s);
    r.words += static_cast<long>(s.words.size());
  }
  r.tag_parse_per_second = r.words / seconds_since(start);

  // The analyze stage as a run uses it: tokenize, split, tag, lemmatize, parse.
  Document doc;
  for (const auto& s : gold) doc.text += (s.text.empty() ? surface_text(s) : s.text) + (s.newpar ? "\n\n" : " ");
  start = Clock::now();
  pipeline.knowledge().analyzer.analyze(doc);
  r.raw_per_second = static_cast<double>(doc.tokens.size()) / seconds_since(start);
  r.raw_tokens = static_cast<long>(doc.tokens.size());
  r.measured = true;
  return r;
}

struct PeerResult {
  double seconds = 0;
  long long tokens = 0;
  bool ok = false;
};

PeerResult run_peer(const std::string& command, const fs::path& text_file) {
  PeerResult r;
  const std::string cmd = command + " < '" + text_file.string() + "'";
  const auto start = Clock::now();
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return r;
  char buf[128] = {0};
  const bool read = std::fgets(buf, sizeof buf, p) != nullptr;
  const int status = pclose(p);
  r.seconds = seconds_since(start);
  r.ok = read && status == 0;
  if (r.ok) r.tokens = std::atoll(buf);
  return r;
}

// Feeds prepared documents to the pipeline's parallel run through a JSONL file,
// into a fresh store: ingest, clean, analyze, resolve, code and store.
struct WholePath {
  double seconds = 0;
  RunCounts counts;
};

WholePath run_whole_path(const Pipeline& pipeline, const std::vector<std::string>& docs, int threads,
                         const fs::path& dir) {
  const fs::path jsonl = dir / "bench.jsonl";
  {
    std::ofstream out(jsonl);
    for (size_t i = 0; i < docs.size(); ++i)
      out << nlohmann::json{{"id", std::to_string(i)}, {"published", "2017-05-10"}, {"text", docs[i]}}.dump() << '\n';
  }
  const fs::path db = dir / ("bench-" + std::to_string(threads) + ".db");
  fs::remove(db);
  auto store = Store::open_sqlite(db.string());
  std::ostringstream errors;
  Diagnostics diag(errors);
  RunOptions run;
  run.inputs = {jsonl.string()};
  run.threads = threads;
  const auto start = Clock::now();
  pipeline.run(run, *store, diag);
  WholePath w{seconds_since(start), diag.counts()};
  store.reset();
  fs::remove(db);
  fs::remove(db.string() + "-wal");
  fs::remove(db.string() + "-shm");
  return w;
}

// Each per-document stage on its own, one thread, over the same documents as
// the whole path: how much of the path each stage is (the resolve stage's
// share is one of the targets of issue 6).
StageSeconds measure_stages(const Pipeline& pipeline, const std::vector<std::string>& docs) {
  StageSeconds seconds;
  for (const auto& text : docs) {
    Document doc;
    doc.raw = text;
    doc.meta.published = Date::parse_iso("2017-05-10");
    pipeline.process(doc, &seconds);
  }
  return seconds;
}

}  // namespace

void run_benchmarks(const BenchOptions& o, std::ostream& out) {
  const auto sentences = read_sentences(o.inputs);
  const auto docs = make_documents(sentences, static_cast<size_t>(o.min_mb * 1024 * 1024));
  size_t bytes = 0;
  for (const auto& d : docs) bytes += d.size();

  PipelineOptions po;
  po.data_dir = o.data_dir;
  po.model = o.model;
  const auto load_start = Clock::now();
  Pipeline pipeline(po);
  const double load_seconds = seconds_since(load_start);

  const NlpFigures nlp = measure_nlp(o, pipeline);

  // Tokenizer, one thread.
  const Tokenizer& tokenizer = pipeline.knowledge().analyzer.tokenizer();
  std::vector<Token> tokens;
  size_t token_count = 0;
  const auto tok_start = Clock::now();
  for (const auto& d : docs) {
    tokens.clear();
    tokenizer.tokenize(d, tokens);
    token_count += tokens.size();
  }
  const double tok_seconds = seconds_since(tok_start);

  const fs::path dir = fs::temp_directory_path() / ("parley-bench-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const WholePath one = run_whole_path(pipeline, docs, 1, dir);
  const StageSeconds stages = measure_stages(pipeline, docs);
  const double stage_total = stages.clean + stages.analyze + stages.resolve + stages.code;
  const int threads = o.threads > 0 ? o.threads : static_cast<int>(std::thread::hardware_concurrency());
  const WholePath all = threads > 1 ? run_whole_path(pipeline, docs, threads, dir) : one;

  PeerResult peer;
  if (!o.peer.empty()) {
    const fs::path text = dir / "bench.txt";
    std::ofstream(text) << [&] {
      std::string s;
      for (const auto& d : docs) s += d + "\n";
      return s;
    }();
    peer = run_peer(o.peer, text);
  }
  fs::remove_all(dir);

  const double tok_rate = token_count / tok_seconds;
  const double path_rate_1 = one.counts.sentences / one.seconds;
  const double path_rate_n = all.counts.sentences / all.seconds;
  const double peer_rate = peer.ok ? peer.tokens / peer.seconds : 0;

  if (o.json) {
    nlohmann::json j = {{"text_mb", bytes / 1048576.0},
                        {"documents", docs.size()},
                        {"load_seconds", load_seconds},
                        {"tokens", token_count},
                        {"tokenizer_tokens_per_second", tok_rate},
                        {"tokenizer_mb_per_second", bytes / 1048576.0 / tok_seconds},
                        {"sentences", one.counts.sentences},
                        {"events", one.counts.events},
                        {"whole_path_sentences_per_second_1_thread", path_rate_1},
                        {"threads", threads},
                        {"whole_path_sentences_per_second", path_rate_n},
                        {"stage_seconds_1_thread",
                         {{"clean", stages.clean}, {"analyze", stages.analyze}, {"resolve", stages.resolve},
                          {"code", stages.code}}},
                        {"resolve_share_of_stages", stages.resolve / stage_total},
                        {"resolve_share_of_whole_path", stages.resolve / one.seconds}};
    if (nlp.measured) {
      j["tag_parse_tokens_per_second"] = nlp.tag_parse_per_second;
      j["raw_analysis_tokens_per_second"] = nlp.raw_per_second;
    }
    if (peer.ok) {
      j["peer"] = o.peer;
      j["peer_tokens_per_second"] = peer_rate;
      j["tokenizer_speedup_over_peer"] = tok_rate / peer_rate;
    }
    out << j.dump(2) << '\n';
    return;
  }
  char line[256];
  out << "text: " << docs.size() << " documents, " << bytes / 1048576.0 << " MB, from " << sentences.size()
      << " sentences\n";
  std::snprintf(line, sizeof line, "load dictionaries and rules: %.2f s\n", load_seconds);
  out << line;
  std::snprintf(line, sizeof line, "tokenizer (1 thread):  %12.0f tokens/s  (%.1f MB/s, %zu tokens)\n", tok_rate,
                bytes / 1048576.0 / tok_seconds, token_count);
  out << line;
  if (nlp.measured) {
    std::snprintf(line, sizeof line, "NLP model: tag + parse (1 thread): %.0f tokens/s (%ld words); "
                  "analyze stage, raw text to parsed (1 thread): %.0f tokens/s\n",
                  nlp.tag_parse_per_second, nlp.words, nlp.raw_per_second);
    out << line;
  }
  std::snprintf(line, sizeof line, "whole path (1 thread): %12.0f sentences/s  (%llu sentences, %llu events)\n",
                path_rate_1, static_cast<unsigned long long>(one.counts.sentences),
                static_cast<unsigned long long>(one.counts.events));
  out << line;
  std::snprintf(line, sizeof line, "whole path (%d threads): %10.0f sentences/s\n", threads, path_rate_n);
  out << line;
  std::snprintf(line, sizeof line,
                "stages (1 thread): clean %.2f s, analyze %.2f s, resolve %.2f s, code %.2f s; "
                "resolve is %.1f%% of the stages, %.1f%% of the whole path (%.2f s)\n",
                stages.clean, stages.analyze, stages.resolve, stages.code, 100 * stages.resolve / stage_total,
                100 * stages.resolve / one.seconds, one.seconds);
  out << line;
  if (!o.peer.empty()) {
    if (peer.ok) {
      std::snprintf(line, sizeof line, "peer tokenizer:        %12.0f tokens/s  (%s); parley is %.1fx\n",
                    peer_rate, o.peer.c_str(), tok_rate / peer_rate);
      out << line;
    } else {
      out << "peer \"" << o.peer << "\" did not run (is it installed?)\n";
    }
  }
}

}  // namespace parley
