// The lemmatizer: a word seen in training with that UPOS takes the lemma it
// had most often; any other word takes the edit that an averaged perceptron
// picks from the edits seen in training ("cut 3 characters, add 'y'", lower
// case first or not) by its suffixes and tags.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/perceptron.h"
#include "nlp/vocabulary.h"

namespace parley {

class Lemmatizer {
 public:
  struct Options {
    int epochs = 6;
    uint32_t seed = 1;
  };
  static Lemmatizer train(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>& dev,
                          const Options& options, std::ostream* log);

  std::string lemma(std::string_view form, std::string_view upos, std::string_view xpos) const;
  // Fills LEMMA of every word from its form, UPOS and XPOS.
  void lemmatize(ConlluSentence& sentence) const;

  void save(BinaryWriter& out) const;
  static Lemmatizer load(BinaryReader& in);

 private:
  std::vector<uint64_t> features(std::string_view lower, bool capitalized, std::string_view upos,
                                 std::string_view xpos) const;
  // The key of a (form, UPOS) pair in seen_; `lower`: the form was lower-cased.
  static uint64_t seen_key(std::string_view form, std::string_view upos, bool lower);

  Vocabulary edits_;                                // "L|cut|add" or "K|cut|add"
  std::unordered_map<uint64_t, std::string> seen_;  // (form, UPOS) -> its most frequent lemma
  PerceptronModel model_;
};

// The edit that turns `form` into `lemma` ("L|1|" for "forces" -> "force"), and
// its application; apply_edit gives nothing when the edit does not fit the form.
std::string lemma_edit(std::string_view form, std::string_view lemma);
bool apply_edit(std::string_view edit, std::string_view form, std::string& lemma);

}  // namespace parley
