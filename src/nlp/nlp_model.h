// The trained NLP model that parley ships (models/) or that `parley train`
// makes: sentence boundaries, tagger, lemmatizer, parser and entity tagger in one compressed file,
// loaded once.
#pragma once

#include <string>

#include "nlp/conllu.h"
#include "nlp/entity_tagger.h"
#include "nlp/lemmatizer.h"
#include "nlp/parser.h"
#include "nlp/sentence_model.h"
#include "nlp/tagger.h"

namespace parley {

struct NlpModel {
  SentenceModel sentences;
  Tagger tagger;
  Lemmatizer lemmatizer;
  Parser parser;
  EntityTagger entities;  // untrained when the model was made without NER data

  // Tags, lemmatizes and parses the words of a sentence (its forms are read).
  void annotate(ConlluSentence& sentence) const;

  void save(const std::string& path) const;
  // Throws ModelError naming the file when it is missing, foreign, old or corrupt.
  static NlpModel load(const std::string& path);
};

// The model to use when none is named: $PARLEY_MODEL if set, else the shipped one.
std::string default_model_path();

}  // namespace parley
