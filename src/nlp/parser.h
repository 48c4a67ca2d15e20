// The dependency parser: greedy arc-eager transitions (arc_eager.h) chosen by
// an averaged perceptron over the rich feature set of Zhang and Nivre (2011):
// words, tags, labels, distance, valency and label sets of the stack, the
// buffer and their children. Trained with the dynamic oracle, exploring its
// own mistakes after the first epoch, on projectivized gold trees.
#pragma once

#include <cstdint>
#include <ostream>
#include <span>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/perceptron.h"
#include "nlp/vocabulary.h"

namespace parley {

class Parser {
 public:
  struct Options {
    int epochs = 15;
    uint32_t seed = 1;
    double explore = 0.9;   // after epoch 1, follow the model's own choice this often
    float prune = 0.01f;    // averaged weights smaller than this are dropped
  };
  // Trains on the gold trees of `train`, reading each word's form and tags
  // (UPOS, XPOS) as they are in `train` (gold, or predicted for realism).
  static Parser train(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>& dev,
                      const Options& options, std::ostream* log);

  // One word to parse: its lower-case form atom and its tag atoms.
  struct Input {
    uint64_t word = 0;
    uint64_t tag = 0;      // XPOS
    uint64_t coarse = 0;   // UPOS
  };
  // Heads (0 = root) and label ids of words 1..n (index 0 unused).
  void parse(std::span<const Input> words, std::vector<int>& heads, std::vector<uint16_t>& labels) const;
  // Fills HEAD and DEPREL of every word from its form, UPOS and XPOS.
  void parse(ConlluSentence& sentence) const;
  const std::string& label(uint16_t id) const { return labels_.name(id); }
  int labels() const { return labels_.size(); }

  void save(BinaryWriter& out) const;
  static Parser load(BinaryReader& in);

 private:
  class Features;
  static std::vector<Input> inputs(const ConlluSentence& s);
  Vocabulary labels_;
  PerceptronModel model_;
};

}  // namespace parley
