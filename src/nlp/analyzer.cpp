#include "nlp/analyzer.h"

#include "nlp/feature_hash.h"
#include "nlp/nlp_model.h"
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

Analyzer::Analyzer(const WordLists& words, const NlpModel* model)
    : tokenizer_(words), splitter_(words), model_(model) {
  if (!model_) return;
  for (uint16_t c = 0; c < model_->tagger.classes(); ++c) {
    upos_.push_back(Symbol::of(model_->tagger.upos(c)));
    xpos_.push_back(Symbol::of(model_->tagger.xpos(c)));
  }
  for (uint16_t l = 0; l < model_->parser.labels(); ++l) labels_.push_back(Symbol::of(model_->parser.label(l)));
}

void Analyzer::analyze(Document& doc) const {
  doc.tokens.clear();
  doc.sentences.clear();
  doc.lemmas.clear();
  tokenizer_.tokenize(doc.text, doc.tokens);
  fold_tokens(doc);
  if (!model_) {
    splitter_.split(doc.text, doc.tokens, doc.sentences);
    return;
  }
  // Each token's atoms, computed once for the sentence model, tagger and parser.
  std::vector<SentenceModel::Input> inputs(doc.tokens.size());
  for (size_t k = 0; k < inputs.size(); ++k) {
    inputs[k].atoms = word_atoms(doc.token_text(k));
    inputs[k].space_after = k + 1 == inputs.size() || doc.tokens[k + 1].space_before;
  }
  const SentenceModel* sentences = model_->sentences.trained() ? &model_->sentences : nullptr;
  splitter_.split(doc.text, doc.tokens, doc.sentences, sentences, inputs);
  for (const Sentence& s : doc.sentences) annotate(doc, s, inputs);
}

void Analyzer::annotate(Document& doc, const Sentence& s, std::span<const SentenceModel::Input> tokens) const {
  const uint32_t first = s.first_token, n = s.end_token - s.first_token;
  std::vector<WordAtoms> atoms;
  atoms.reserve(n);
  for (uint32_t k = first; k < s.end_token; ++k) atoms.push_back(tokens[k].atoms);
  std::vector<uint16_t> classes;
  model_->tagger.tag(atoms, classes);
  std::vector<Parser::Input> inputs;
  inputs.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    Token& t = doc.tokens[first + i];
    t.upos = upos_[classes[i]];
    t.xpos = xpos_[classes[i]];
    const std::string lemma = model_->lemmatizer.lemma(doc.token_text(first + i), t.upos.str(), t.xpos.str());
    t.lemma = {static_cast<uint32_t>(doc.lemmas.size()), static_cast<uint32_t>(doc.lemmas.size() + lemma.size())};
    doc.lemmas += lemma;
    inputs.push_back({atoms[i].lower, features::atom(t.xpos.str()), features::atom(t.upos.str())});
  }
  std::vector<int> heads;
  std::vector<uint16_t> labels;
  model_->parser.parse(inputs, heads, labels);
  for (uint32_t i = 0; i < n; ++i) {
    Token& t = doc.tokens[first + i];
    t.head = heads[i + 1] == 0 ? -1 : static_cast<int32_t>(first) + heads[i + 1] - 1;
    t.deprel = labels_[labels[i + 1]];
  }
}

}  // namespace parley
