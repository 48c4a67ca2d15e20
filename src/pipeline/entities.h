// The entity tagger between the NLP model and the gazetteers: the input it
// reads for a sentence (words, their predicted UPOS, what the actor
// dictionaries match, WordNet's typed names), training it from NER files, and
// tagging.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "actors/actor_dictionary.h"
#include "nlp/name_gazetteer.h"
#include "nlp/nlp_model.h"

namespace parley {

// What the entity tagger looks words up in.
struct EntityGazetteers {
  const ActorDictionary& actors;
  const NameGazetteer& names;
};

// The typed names of the data directory (nlp/wordnet_names.tsv); throws DataError.
NameGazetteer load_entity_names(const std::string& data_dir);

EntityInput entity_input(const EntityGazetteers& gazetteers, const std::vector<std::string>& forms,
                         const std::vector<std::string>& upos);

// Trains `model.entities` on NER files (UNER IOB2 or CoNLL "TOKEN TAG") and on
// the named entities of CoNLL-U treebanks with GUM's entity annotation (their
// documents matching `exclude_docs` left out), with the UPOS that
// `model.tagger` gives their tokens.
void train_entity_tagger(NlpModel& model, const EntityGazetteers& gazetteers, const std::vector<std::string>& files,
                         const std::string& exclude_docs, int epochs, uint32_t seed, std::ostream& log);

// Sets every token's entity tag (its UPOS must be set).
void annotate_entities(const NlpModel& model, const EntityGazetteers& gazetteers, Document& doc);

// BIO tags for tokens (tagged with the model's tagger first).
std::vector<std::string> tag_entities(const NlpModel& model, const EntityGazetteers& gazetteers,
                                      const std::vector<std::string>& tokens);

}  // namespace parley
