// Discards (data/events/discards.tsv): phrases that mark a sentence or a whole
// document as not to be coded (sports results, obituaries, chronologies).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "actors/phrase_index.h"
#include "nlp/tokenizer.h"

namespace parley {

class DiscardList {
 public:
  static DiscardList load(const std::string& path, const Tokenizer& tokenizer);
  // The same for a list already in memory; `name` stands for the file in errors.
  static DiscardList load_text(std::string_view text, const std::string& name, const Tokenizer& tokenizer);

  // Whether words[begin, end) (case-folded tokens) contain a phrase of that scope.
  bool discards_sentence(const std::vector<std::string_view>& words, size_t begin, size_t end) const;
  bool discards_document(const std::vector<std::string_view>& words) const;

 private:
  bool contains(const std::vector<std::string_view>& words, size_t begin, size_t end, bool document) const;
  PhraseIndex index_;  // value: 1 for document scope, 0 for sentence scope
};

}  // namespace parley
