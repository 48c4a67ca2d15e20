// The per-document path: extract -> analyze -> resolve -> code, and a run that
// streams documents from the inputs through that path on all cores into a
// single writer. Runs are deterministic: the writer receives the documents in
// input order whatever the thread count, and what documents teach each other
// about actors depends on that order alone.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "parley/diagnostics.h"
#include "parley/document.h"

namespace parley {

class LearnedFacts;  // src/actors/learned_facts.h: what documents taught about actors, by name

struct PipelineOptions {
  std::string data_dir;                   // dictionaries and rules; default: the built-in path
  std::vector<std::string> actor_files;   // user actor files (--actors), ahead of the shipped ones
  // The NLP model (tagger, parser, entities). Empty: the default one, and none
  // at all if it is missing; "none": do not load one.
  std::string model;
  // The event coder: "parse" (the default: from the dependency parse; needs a
  // model, else the shallow coder runs) or "shallow" (TABARI-style, over
  // tokens and actor mentions only: faster, less precise).
  std::string coder = "parse";
  // Dictionaries in PETRARCH's own formats (PETRARCH2's data/dictionaries)
  // that replace the shipped verbs, actors, role words (agents) and discards;
  // each one given replaces its part (parley eval petrarch).
  struct PetrarchDictionaries {
    std::string verbs, actors, agents, discards;
  };
  PetrarchDictionaries petrarch;
  CodingOptions coding;
};

// Where a run's documents go: the store, or anything else that wants them.
class DocumentSink {
 public:
  virtual ~DocumentSink() = default;
  // Whether a document with this id is already stored (same normalized text).
  virtual bool contains(const std::string& id) = 0;
  virtual void write(const Document& doc) = 0;
  // Called once at the end of a run.
  virtual void finish() {}
};

struct RunOptions {
  std::vector<std::string> inputs;        // files, directories, "-" for stdin
  std::string manifest;                   // JSON Lines of per-file metadata
  int threads = 0;                        // 0: all cores
  size_t max_document_bytes = size_t{64} << 20;
  bool progress = false;                  // draw a progress bar on stderr
  // What titles and appositions of stored documents taught (Store::learned_facts):
  // a name that no dictionary knows is coded with what they said about it
  // within `fact_window_days` of the document's date. The run's own stored
  // documents teach the documents after them in input order.
  std::vector<LearnedFact> learned_facts;
  bool learn_across_documents = true;     // false: every document on its own (--no-learned)
  int fact_window_days = kLearnedFactWindowDays;
};

// Seconds spent in each stage, summed over the documents processed with it:
// what `parley bench` reports as each stage's share of the path.
struct StageSeconds {
  double clean = 0;    // charset, article extraction, boilerplate, identity hash
  double analyze = 0;  // tokens, sentences, the NLP model, entity tags
  double resolve = 0;  // actors
  double code = 0;     // events and quotes
};

class Pipeline {
 public:
  // Loads every dictionary and rule file; throws DataError naming the file and line.
  explicit Pipeline(const PipelineOptions& options);
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Runs the stages on a document whose raw input, format and metadata are set:
  // fills its clean text, id, tokens, sentences, mentions, events and quotes.
  // With `seconds`, adds the time of each stage to it.
  void process(Document& doc, StageSeconds* seconds = nullptr) const;
  // The same with other coding options than the pipeline's (an evaluation's
  // per-record settings), and what other documents taught (may be null).
  void process(Document& doc, const CodingOptions& coding, StageSeconds* seconds = nullptr,
               const LearnedFacts* learned = nullptr) const;
  // Resolves and codes a processed document again (mentions, facts, events,
  // quotes), with what other documents taught.
  void resolve_again(Document& doc, const LearnedFacts* learned) const;

  // Reads the inputs, processes them in parallel and hands them to `sink` in
  // input order. Problems with inputs go to `diag`; its counts are the run's.
  void run(const RunOptions& options, DocumentSink& sink, Diagnostics& diag) const;

  // The data directory in use.
  const std::string& data_dir() const;
  // The NLP model file in use; empty when none is loaded.
  const std::string& model_path() const;

  struct Knowledge;
  const Knowledge& knowledge() const { return *knowledge_; }

 private:
  std::unique_ptr<Knowledge> knowledge_;
};

// The default data directory: $PARLEY_DATA if set, else the one built in.
std::string default_data_dir();

}  // namespace parley
