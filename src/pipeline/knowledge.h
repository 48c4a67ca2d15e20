// Everything the stages know, loaded once from the data directory and shared,
// read-only, by all worker threads.
#pragma once

#include <memory>
#include <string>

#include "actors/actor_dictionary.h"
#include "actors/resolver.h"
#include "events/date_resolver.h"
#include "events/dependency_coder.h"
#include "events/discards.h"
#include "events/event_tables.h"
#include "events/modality_cues.h"
#include "events/quote_extractor.h"
#include "events/shallow_coder.h"
#include "events/verb_compositions.h"
#include "events/verb_dictionary.h"
#include "extract/cleaner.h"
#include "nlp/word_lists.h"
#include "nlp/analyzer.h"
#include "nlp/name_gazetteer.h"
#include "nlp/nlp_model.h"
#include "parley/pipeline.h"

namespace parley {

struct Pipeline::Knowledge {
  explicit Knowledge(const PipelineOptions& options);

  std::string data_dir;
  std::string model_path;             // empty: no model
  std::unique_ptr<NlpModel> model;
  WordLists words;
  Analyzer analyzer;
  Cleaner cleaner;
  ActorDictionary actors;
  NameGazetteer names;                // the entity tagger's typed names (WordNet's)
  ActorResolver resolver;
  VerbDictionary verbs;
  EventTables tables;
  DiscardList discards;
  DateResolver dates;
  ModalityCues modality;
  VerbCompositions compositions;
  ShallowCoder shallow_coder;
  DependencyCoder parse_coder;
  bool use_parse_coder;  // a model parses the sentences and --coder shallow was not asked for
  CodingOptions coding;
  QuoteExtractor quotes;
};

}  // namespace parley
