// The part-of-speech tagger: a greedy, left-to-right averaged perceptron that
// predicts each word's UPOS and XPOS together (one class per pair seen in
// training, so the two always agree), from the word, its affixes and shape,
// the words around it, the tags already given and how the sentence is written
// (as usual, in title case, in capitals). Frequent words that always
// had the same tag in training take it directly.
#pragma once

#include <cstdint>
#include <ostream>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/perceptron.h"
#include "nlp/vocabulary.h"
#include "nlp/word_features.h"

namespace parley {

class Tagger {
 public:
  struct Options {
    int epochs = 10;
    uint32_t seed = 1;
  };
  // Trains on the gold tags of `train`; when `dev` is given, its accuracy after
  // each epoch goes to `log`.
  static Tagger train(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>& dev,
                      const Options& options, std::ostream* log);

  // The class of each word (see upos()/xpos()); `atoms` are the words' atoms.
  void tag(std::span<const WordAtoms> atoms, std::vector<uint16_t>& classes) const;
  // Fills UPOS and XPOS of every word of the sentence.
  void tag(ConlluSentence& sentence) const;

  int classes() const { return classes_.size(); }
  std::string_view upos(uint16_t cls) const;
  std::string_view xpos(uint16_t cls) const;

  void save(BinaryWriter& out) const;
  static Tagger load(BinaryReader& in);

 private:
  class Features;
  // The ambiguity class of each word: the set of classes it had in training,
  // as an atom (or the shape-based "unknown" atom) — what the tagger knows of
  // the words ahead before it reaches them.
  std::vector<uint64_t> ambiguity(std::span<const WordAtoms> atoms) const;

  Vocabulary classes_;                             // "UPOS\tXPOS"
  std::unordered_map<uint64_t, uint16_t> known_;   // lower-case form atom -> its only class
  std::unordered_map<uint64_t, uint64_t> ambiguity_;  // lower-case form atom -> ambiguity class atom
  PerceptronModel model_;
};

}  // namespace parley
