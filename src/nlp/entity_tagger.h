// The named-entity tagger: greedy, left to right, an averaged perceptron over
// BIO tags of PER, ORG and LOC, from the word, its shape and affixes, the words
// and tags around it, its part of speech, the run of capitalized words it is
// in (its first and last word, its length), what the caller's gazetteer says
// of it (parley passes what its actor dictionaries match; see actors/
// gazetteer_features.h), and the type of the listed name that covers it
// (WordNet's, nlp/name_gazetteer.h). An I- tag only ever continues an entity of its type.
// Names of other kinds (wikigold's MISC: "Paris Agreement", "Russian") are
// learnt as a fourth type and tagged O, so that O does not have to learn to
// look like a name.
#pragma once

#include <cstdint>
#include <ostream>
#include <span>
#include <string>
#include <vector>

#include "nlp/perceptron.h"
#include "nlp/vocabulary.h"
#include "nlp/word_features.h"

namespace parley {

// One sentence as the entity tagger sees it.
struct EntityInput {
  std::vector<WordAtoms> words;
  std::vector<uint64_t> tags;        // UPOS atoms, one per word
  std::vector<uint64_t> gazetteer;   // one atom per word (0: nothing known)
  std::vector<uint64_t> names;       // one atom per word: a typed name covering it (0: none)
};

// A training sentence: the input and its gold BIO tags ("B-PER", "I-PER", "O").
struct EntityExample {
  EntityInput input;
  std::vector<std::string> tags;
};

class EntityTagger {
 public:
  struct Options {
    int epochs = 10;
    uint32_t seed = 1;
  };
  // MISC is trained as its own type and tagged O; other types are trained as O.
  static EntityTagger train(const std::vector<EntityExample>& train, const Options& options, std::ostream* log);

  // BIO tags for the sentence.
  std::vector<std::string> tag(const EntityInput& sentence) const;
  bool trained() const { return tags_.size() > 0; }

  void save(BinaryWriter& out) const;
  static EntityTagger load(BinaryReader& in);

 private:
  class Features;
  bool allowed(int tag, int prev) const;  // BIO: an I- continues its own type
  Vocabulary tags_;
  PerceptronModel model_;
};

}  // namespace parley
