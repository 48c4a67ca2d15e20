#include "nlp/analyzer.h"

#include "util/utf8.h"

namespace parley {

void fold_tokens(Document& doc) {
  doc.norm.clear();
  doc.norm.reserve(doc.text.size());
  for (auto& t : doc.tokens) {
    const auto begin = static_cast<uint32_t>(doc.norm.size());
    utf8::append_folded(doc.slice(t.span), doc.norm);
    t.norm = {begin, static_cast<uint32_t>(doc.norm.size())};
  }
}

void Analyzer::analyze(Document& doc) const {
  doc.tokens.clear();
  doc.sentences.clear();
  tokenizer_.tokenize(doc.text, doc.tokens);
  fold_tokens(doc);
  splitter_.split(doc.text, doc.tokens, doc.sentences);
}

}  // namespace parley
