#include "events/sentence_tree.h"

#include <algorithm>

namespace parley {

SentenceTree::SentenceTree(const Document& doc, const Sentence& sentence)
    : doc_(doc), begin_(sentence.first_token), children_(sentence.end_token - sentence.first_token) {
  for (uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
    const int32_t h = doc.tokens[t].head;
    if (doc.tokens[t].deprel.empty()) continue;
    parsed_ = true;
    const bool punct = doc.tokens[t].upos == "PUNCT";
    if (h >= static_cast<int32_t>(sentence.first_token) && h < static_cast<int32_t>(sentence.end_token)) {
      children_[static_cast<uint32_t>(h) - begin_].push_back(t);
      if (!punct && doc.tokens[static_cast<uint32_t>(h)].upos == "PUNCT") sound_ = false;
    } else if (h < 0 && punct) {
      sound_ = false;
    }
  }
}

std::string_view SentenceTree::base_rel(uint32_t t) const {
  const std::string_view r = rel(t);
  return r.substr(0, r.find(':'));
}

int32_t SentenceTree::child(uint32_t t, std::string_view want) const {
  const bool exact = want.find(':') != std::string_view::npos;
  for (uint32_t c : children(t))
    if ((exact ? rel(c) : base_rel(c)) == want) return static_cast<int32_t>(c);
  return -1;
}

std::vector<uint32_t> SentenceTree::children(uint32_t t, std::string_view want) const {
  const bool exact = want.find(':') != std::string_view::npos;
  std::vector<uint32_t> out;
  for (uint32_t c : children(t))
    if ((exact ? rel(c) : base_rel(c)) == want) out.push_back(c);
  return out;
}

std::vector<uint32_t> SentenceTree::subtree(uint32_t t, const std::function<bool(uint32_t)>& skip) const {
  std::vector<uint32_t> out, stack{t};
  while (!stack.empty()) {  // iterative: a 400-token chain must not overflow the stack
    const uint32_t x = stack.back();
    stack.pop_back();
    out.push_back(x);
    for (uint32_t c : children(x))
      if (!skip(c)) stack.push_back(c);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string_view SentenceTree::preposition(uint32_t t) const {
  const int32_t c = child(t, "case");
  return c < 0 ? std::string_view() : doc_.token_norm(static_cast<uint32_t>(c));
}

}  // namespace parley
