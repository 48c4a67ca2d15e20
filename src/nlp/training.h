// Training the NLP model from treebanks: reads the CoNLL-U files, keeps the
// documents it is allowed to learn from, trains the tagger, then gives the
// parser and lemmatizer the tags that the tagger would predict (jackknifed:
// each part of the data tagged by a tagger that did not see it), so that they
// learn from the tags they will see in use. Deterministic for a given seed.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "nlp/nlp_model.h"

namespace parley {

struct TrainingOptions {
  std::vector<std::string> train;   // CoNLL-U files
  std::string dev;                  // CoNLL-U, optional: accuracy reported as training goes
  std::string exclude_docs;         // RE2 pattern over "# newdoc id" values to leave out
  int sentence_epochs = 3;
  int tagger_epochs = 10;
  int parser_epochs = 15;
  int lemmatizer_epochs = 6;
  int jackknife = 5;                // folds for predicted tags; 0: train the parser on gold tags
  float prune = 0.01f;              // parser weights smaller than this are dropped (speed, size)
  uint32_t seed = 1;
};

NlpModel train_nlp_model(const TrainingOptions& options, std::ostream& log);

// The sentences of `path` whose document's id does not match `exclude` (empty: all).
std::vector<ConlluSentence> read_training_file(const std::string& path, const std::string& exclude);

}  // namespace parley
