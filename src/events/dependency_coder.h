// The code stage on dependency parses: parley's event coder. For every verb of
// the CAMEO dictionary (found by its lemma, so every inflection counts) it
// reads the participants off the parse: the subject is the source, the
// indirect or direct object, a prepositional object ("ties with Gondor") or an
// oblique ("sanctions on Russia") the target; the passive voice turns them
// around ("was vetoed by Russia"); conjoined actors make compound events;
// clausal complements compose ("agreed to meet" -> 036, "asked Lavrov to
// release" -> 025) and lend their subject ("wants to improve ties"); relative
// clauses take the noun they modify as subject. The verb's patterns are
// matched against its own phrase only, so that words of another clause never
// refine its code. Negation and modality come from the verb's own dependents.
// Needs tokens with lemmas, heads and relations (the NLP model) and actor
// mentions; without a parse the shallow coder codes the document instead.
#pragma once

#include <string>
#include <unordered_map>

#include "events/date_resolver.h"
#include "events/discards.h"
#include "events/event_tables.h"
#include "events/modality_cues.h"
#include "events/shallow_coder.h"
#include "events/verb_compositions.h"
#include "events/verb_dictionary.h"
#include "parley/document.h"

namespace parley {

class DependencyCoder {
 public:
  // `fallback` codes the sentences whose parse is not sound (SentenceTree::sound).
  DependencyCoder(const VerbDictionary& verbs, const VerbCompositions& compositions, const EventTables& tables,
                  const DiscardList& discards, const DateResolver& dates, const ModalityCues& modality,
                  const ShallowCoder& fallback);

  // Fills doc.events from the parsed sentences of doc.
  void code(Document& doc, const CodingOptions& options = {}) const;

 private:
  friend class TreeCoder;
  static constexpr uint32_t kNone = UINT32_MAX;
  // The dictionary form whose lemma is `lemma` ("carry out", "veto"), or kNone.
  uint32_t form_of_lemma(const std::string& lemma) const;

  const VerbDictionary& verbs_;
  const VerbCompositions& compositions_;
  const EventTables& tables_;
  const DiscardList& discards_;
  const DateResolver& dates_;
  const ModalityCues& modality_;
  const ShallowCoder& fallback_;
  std::unordered_map<std::string, uint32_t> by_lemma_;
};

}  // namespace parley
