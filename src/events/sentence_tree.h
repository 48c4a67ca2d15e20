// A sentence's dependency tree as the event coder reads it: each token's
// children in text order, relations by name, and the token sets the coder
// needs (a verb's own phrase, without its subject and embedded clauses).
// Needs tokens with heads and relations from the NLP model's parser.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "parley/document.h"

namespace parley {

class SentenceTree {
 public:
  SentenceTree(const Document& doc, const Sentence& sentence);

  // Whether the parser annotated this sentence (some token has a head).
  bool parsed() const { return parsed_; }
  // Whether the parse looks sound: no word hangs from a punctuation mark and
  // the root is no punctuation mark, as happens when the greedy parser loses
  // its way in a long string of names. The coder does not read such a tree.
  bool sound() const { return sound_; }

  // Relation of token t to its head, without its subtype ("nsubj:pass" -> "nsubj").
  std::string_view base_rel(uint32_t t) const;
  std::string_view rel(uint32_t t) const { return doc_.tokens[t].deprel.str(); }
  int32_t head(uint32_t t) const { return doc_.tokens[t].head; }
  const std::vector<uint32_t>& children(uint32_t t) const { return children_[t - begin_]; }

  // The first child of t whose relation is `rel` (exactly, or its base when
  // `rel` has no subtype), or -1.
  int32_t child(uint32_t t, std::string_view rel) const;
  // Every child of t with that relation, in text order.
  std::vector<uint32_t> children(uint32_t t, std::string_view rel) const;

  // t's subtree in text order; a child c is left out with its subtree when skip(c).
  std::vector<uint32_t> subtree(uint32_t t, const std::function<bool(uint32_t)>& skip) const;

  // The preposition of a nominal ("with" for "with Gondor"): its case child's form, or "".
  std::string_view preposition(uint32_t t) const;

 private:
  const Document& doc_;
  uint32_t begin_ = 0;
  bool parsed_ = false;
  bool sound_ = true;
  std::vector<std::vector<uint32_t>> children_;
};

}  // namespace parley
