// References within a document that name no one: pronouns ("he", "their") and
// pairs ("the two men", "both leaders"). They run after the resolver has found
// the names, titles and nominals, and point back to them. Precision first: a
// reference is resolved only when one actor (for a pair, two people) fits in
// the sentence so far, or else in the sentence before; otherwise it is left
// alone. "he" and "she" pass over a person of the other gender, known from a
// title before the name ("Mrs May") or the name's first word ("Sergey"); a
// person of unknown gender fits both. The words and what they may refer to are
// data (data/actors/references.tsv, gender_words.tsv, given_names.tsv).
#pragma once

#include <cstdint>
#include <optional>
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

enum class Gender : uint8_t { Unknown, Male, Female };

class ReferenceWords {
 public:
  // Reads `word <TAB> person|collective|pair [<TAB> male|female]` (the third
  // field: the gender of a person pronoun); throws DataError with file:line.
  static ReferenceWords load(const std::string& path);
  // Reads `word <TAB> male|female|either`: names and titles that tell a
  // person's gender. A word read again takes its new value; "either" makes a
  // word tell nothing.
  void load_genders(const std::string& path);
  void add(std::string word, ReferenceKind kind, Gender gender = Gender::Unknown) {
    words_[word] = {kind, gender};
  }
  void add_gender(std::string word, Gender gender) { genders_[std::move(word)] = gender; }

  struct Reference {
    ReferenceKind kind;
    Gender gender;  // of the person a pronoun refers to; Unknown when it may be anyone ("his" is not)
  };
  const Reference* find(std::string_view folded) const;
  // What a (folded) name or title word says of a person's gender; nullopt when
  // the word is not listed (and a listed "either" gives Unknown).
  std::optional<Gender> gender(std::string_view folded) const;

 private:
  std::unordered_map<std::string, Reference> words_;
  std::unordered_map<std::string, Gender> genders_;
};

// Adds a Pronoun mention for each resolved pronoun, and two Nominal mentions
// over the same words for each resolved pair (one per person), keeping
// doc.mentions in text order.
void resolve_references(const ReferenceWords& words, Document& doc);

}  // namespace parley
