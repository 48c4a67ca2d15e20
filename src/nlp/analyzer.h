// The analyze stage, first version: tokens (with their case-folded forms) and
// sentences for a document's clean text. The trained tagger and parser of the
// NLP stack come later and fill in the rest of each token.
#pragma once

#include "nlp/sentence_splitter.h"
#include "nlp/tokenizer.h"
#include "parley/document.h"

namespace parley {

class Analyzer {
 public:
  explicit Analyzer(const WordLists& words)
      : tokenizer_(words), splitter_(words) {}

  void analyze(Document& doc) const;
  const Tokenizer& tokenizer() const { return tokenizer_; }

 private:
  Tokenizer tokenizer_;
  SentenceSplitter splitter_;
};

// Fills every token's case-folded form (Token::norm into Document::norm).
void fold_tokens(Document& doc);

}  // namespace parley
