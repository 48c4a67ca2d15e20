// The code stage, first version: a shallow event coder in the manner of
// TABARI. It finds the verbs of the CAMEO dictionary in each sentence and, for
// each, takes the actor before the verb phrase as the source and the first
// actor after it as the target, refines the code with the verb's patterns,
// handles the passive voice ("was vetoed by Russia"), compound actors ("Trump
// and Putin met"), possessive nominals ("Trump's meeting with Lavrov"),
// negation, modality and the event's date. It needs tokens, sentences and
// actor mentions; it reads no parse.
#pragma once

#include "events/date_resolver.h"
#include "events/discards.h"
#include "events/event_tables.h"
#include "events/modality_cues.h"
#include "events/verb_dictionary.h"
#include "parley/document.h"

namespace parley {

class ShallowCoder {
 public:
  ShallowCoder(const VerbDictionary& verbs, const EventTables& tables, const DiscardList& discards,
               const DateResolver& dates, const ModalityCues& modality)
      : verbs_(verbs), tables_(tables), discards_(discards), dates_(dates), modality_(modality) {}

  // Fills doc.events.
  void code(Document& doc, const CodingOptions& options = {}) const;
  // Adds the events of the sentences marked in `sentences` only (the parse
  // coder's fallback for sentences whose parse it cannot trust).
  void code_sentences(Document& doc, const CodingOptions& options, const std::vector<bool>& sentences) const;

 private:
  friend class SentenceCoder;
  const VerbDictionary& verbs_;
  const EventTables& tables_;
  const DiscardList& discards_;
  const DateResolver& dates_;
  const ModalityCues& modality_;
};

}  // namespace parley
