// The sentence splitter: groups tokens into sentences and paragraphs. A blank
// line always ends a sentence and a paragraph; a single line break ends a
// sentence unless the text is hard-wrapped. Inside running text the NLP model's
// SentenceModel decides when one is loaded; without it, rules: a sentence ends
// at . ! ? or an ellipsis (with any closing quotes or brackets) before a
// capital, a digit, an opening quote or a bullet; after an abbreviation only
// before a common sentence opener; never inside "“Was he fired?” he asked".
#pragma once

#include <string_view>
#include <vector>

#include "nlp/sentence_model.h"
#include "nlp/word_lists.h"
#include "parley/document.h"

namespace parley {

class SentenceSplitter {
 public:
  // Longer runs without a sentence end are cut here, so that no stage downstream
  // ever sees an unbounded sentence (a 100 MB line of text, say).
  static constexpr uint32_t kMaxTokens = 400;

  explicit SentenceSplitter(const WordLists& words) : words_(words) {}

  // With a `model`, it decides inside running text, reading `inputs` (one per token).
  void split(std::string_view text, const std::vector<Token>& tokens, std::vector<Sentence>& out,
             const SentenceModel* model = nullptr, std::span<const SentenceModel::Input> inputs = {}) const;

 private:
  const WordLists& words_;
};

}  // namespace parley
