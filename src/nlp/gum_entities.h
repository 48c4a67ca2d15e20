// Named entities from GUM's entity annotation (the MISC column's "Entity="
// brackets): the outermost person, place and organization mentions that carry
// a Wikipedia identity, i.e. named ones, trimmed to start and end with a proper
// noun ("the DAR Constitution Hall" -> "DAR Constitution Hall"), as PER, LOC
// and ORG in BIO tags. Training data for the entity tagger.
#pragma once

#include <vector>

#include "eval/ner_eval.h"
#include "nlp/conllu.h"

namespace parley {

// One NerSentence per sentence; sentences without entity annotation come out all O.
std::vector<NerSentence> entities_from_conllu(const std::vector<ConlluSentence>& sentences);

}  // namespace parley
