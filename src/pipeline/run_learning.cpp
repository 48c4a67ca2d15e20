#include "pipeline/run_learning.h"

namespace parley {

RunLearning::RunLearning(const Pipeline& pipeline, const ActorDictionary& dictionary, const RunOptions& options,
                         RunCounts& counts)
    : pipeline_(pipeline),
      on_(options.learn_across_documents),
      counts_(counts),
      stored_(dictionary, options.fact_window_days),
      run_(dictionary, options.fact_window_days, &stored_) {
  if (!on_) return;
  for (const LearnedFact& f : options.learned_facts) stored_.add(f);
  counts_.facts_known = stored_.size();
}

// A capitalized word that the run's own facts name, outside every mention
// coded by the document or a dictionary (a mention coded by the store's facts
// counts: a nearer fact of the run may win). A cheap test that may say yes in
// vain (the resolver then finds the same), never no when the run's facts
// could code a name.
bool RunLearning::could_use_run_facts(const Document& doc) const {
  if (run_.size() == 0) return false;
  std::vector<bool> coded(doc.tokens.size(), false);
  for (const Mention& m : doc.mentions)
    if (m.actor.known() && !LearnedFacts::learned(m.actor))
      for (uint32_t k = m.first_token; k < m.end_token && k < coded.size(); ++k) coded[k] = true;
  for (uint32_t k = 0; k < doc.tokens.size(); ++k)
    if (!coded[k] && doc.token_text(k) != doc.token_norm(k) && run_.knows_word(doc.token_norm(k))) return true;
  return false;
}

void RunLearning::prepare(Document& doc) {
  if (!on_ || !doc.meta.published || !could_use_run_facts(doc)) return;
  pipeline_.resolve_again(doc, &run_);
  ++counts_.resolved_again;
}

void RunLearning::learn(const Document& doc) {
  if (!on_) return;
  const size_t before = run_.size();
  run_.add_document(doc);
  counts_.facts_learned += run_.size() - before;
}

}  // namespace parley
