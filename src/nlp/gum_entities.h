// Named entities from GUM's entity annotation (the MISC column's "Entity="
// brackets): the person, place and organization mentions that carry a
// Wikipedia identity, i.e. named ones, cut down to their name, the first run
// of proper nouns and capitalized words (with "of", "the", "and" inside:
// "University of North Carolina"), as NER annotates: "the DAR Constitution Hall" -> "DAR
// Constitution Hall", "Groningen, in the Netherlands" -> "Groningen" (and
// "Netherlands", its own mention). As PER, LOC and ORG in BIO tags: training
// data for the entity tagger.
#pragma once

#include <vector>

#include "eval/ner_eval.h"
#include "nlp/conllu.h"

namespace parley {

// One NerSentence per sentence; sentences without entity annotation come out all O.
std::vector<NerSentence> entities_from_conllu(const std::vector<ConlluSentence>& sentences);

}  // namespace parley
