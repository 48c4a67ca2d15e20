// The learned half of sentence splitting: after each token, does a sentence
// end here? An averaged perceptron over the token, its neighbours (forms,
// shapes, capitals, the space between) and the length of the sentence so far,
// trained on the sentence boundaries of the treebanks within their paragraphs.
// It learns what rules miss in web text: sentences that end without a period
// ("Thanks John" before "I"), periods that end none ("Mr. Smith", "p.m. on"),
// and quotes and brackets that close a sentence. SentenceSplitter still cuts at
// blank lines and line breaks; the model decides inside running text.
#pragma once

#include <cstdint>
#include <ostream>
#include <span>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/perceptron.h"
#include "nlp/word_features.h"

namespace parley {

class SentenceModel {
 public:
  // What the model reads of a token: its atoms and whether a space follows it.
  struct Input {
    WordAtoms atoms;
    bool space_after = true;
  };
  struct Options {
    int epochs = 3;
    uint32_t seed = 1;
  };

  bool trained() const { return model_.classes() > 0; }

  // Does a sentence that began `length` tokens before token k end after it?
  bool ends_after(std::span<const Input> tokens, size_t k, size_t length) const;

  // Learns from the sentences of `train` in document order (# newpar and
  // # newdoc mark the paragraphs); reports boundary F1 on `dev` to `log`.
  static SentenceModel train(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>& dev,
                             const Options& options, std::ostream* log);

  void save(BinaryWriter& out) const;
  static SentenceModel load(BinaryReader& in);

 private:
  PerceptronModel model_;
};

}  // namespace parley
