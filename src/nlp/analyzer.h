// The analyze stage: tokens (with their case-folded forms) and sentences for a
// document's clean text, then, when an NLP model is loaded, each token's UPOS,
// XPOS, lemma, head and dependency relation.
#pragma once

#include <span>
#include <vector>

#include "nlp/sentence_splitter.h"
#include "nlp/tokenizer.h"
#include "parley/document.h"
#include "parley/symbol.h"

namespace parley {

struct NlpModel;

class Analyzer {
 public:
  // `model` may be null: then only tokens and sentences.
  explicit Analyzer(const WordLists& words, const NlpModel* model = nullptr);

  void analyze(Document& doc) const;
  const Tokenizer& tokenizer() const { return tokenizer_; }
  const NlpModel* model() const { return model_; }

 private:
  void annotate(Document& doc, const Sentence& sentence, std::span<const SentenceModel::Input> tokens) const;

  Tokenizer tokenizer_;
  SentenceSplitter splitter_;
  const NlpModel* model_;
  // The model's tag classes and relation labels as symbols, looked up once.
  std::vector<Symbol> upos_, xpos_, labels_;
};

// Fills every token's case-folded form (Token::norm into Document::norm).
void fold_tokens(Document& doc);

}  // namespace parley
