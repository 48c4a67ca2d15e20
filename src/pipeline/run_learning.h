// What a run's documents teach each other about actors, the same whatever the
// thread count or the scheduling.
//
// The workers resolve every document with what the store's documents taught
// before the run (a read-only LearnedFacts built once at the start). The
// writer, which receives the documents in input order, keeps what each stored
// document taught in a second layer over it. Before it stores a document, when
// that layer knows a word the document left uncoded, it resolves and codes the
// document again with both layers. So a document learns from exactly the
// stored documents before it in the input, never from whichever document a
// thread happened to finish first; the price is that those few documents are
// resolved twice, the second time on the writer's one thread.
// Needs the pipeline (Pipeline::resolve_again) and its actor dictionary.
#pragma once

#include "actors/learned_facts.h"
#include "parley/pipeline.h"

namespace parley {

class RunLearning {
 public:
  RunLearning(const Pipeline& pipeline, const ActorDictionary& dictionary, const RunOptions& options,
              RunCounts& counts);

  // What the workers resolve with: the store's facts; null when learning is off.
  const LearnedFacts* stored() const { return on_ ? &stored_ : nullptr; }
  // In the writer, before `doc` is stored: resolves and codes it again when
  // the run's earlier documents taught a word it left uncoded.
  void prepare(Document& doc);
  // In the writer, once `doc` is stored: keeps what it taught.
  void learn(const Document& doc);

 private:
  bool could_use_run_facts(const Document& doc) const;

  const Pipeline& pipeline_;
  const bool on_;
  RunCounts& counts_;
  LearnedFacts stored_;
  LearnedFacts run_;  // over stored_
};

}  // namespace parley
