// References within a document that name no one: pronouns ("he", "their") and
// pairs ("the two men", "both leaders"). They run after the resolver has found
// the names, titles and nominals, and point back to them. Precision first: a
// reference is resolved only when one actor (for a pair, two people) fits in
// the sentence so far, or else in the sentence before; otherwise it is left
// alone. The words and what they may refer to are data
// (data/actors/references.tsv).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "parley/document.h"

namespace parley {

enum class ReferenceKind : uint8_t {
  Person,      // he, she, his, her: one person
  Collective,  // they, their: a country, government, organization or group
  Pair,        // the head of "the two men", "both leaders": the last two people
};

class ReferenceWords {
 public:
  // Reads `word <TAB> person|collective|pair`; throws DataError with file:line.
  static ReferenceWords load(const std::string& path);
  void add(std::string word, ReferenceKind kind) { words_[std::move(word)] = kind; }
  const ReferenceKind* find(std::string_view folded) const;

 private:
  std::unordered_map<std::string, ReferenceKind> words_;
};

// Adds a Pronoun mention for each resolved pronoun, and two Nominal mentions
// over the same words for each resolved pair (one per person), keeping
// doc.mentions in text order.
void resolve_references(const ReferenceWords& words, Document& doc);

}  // namespace parley
