// The abbreviation and sentence-opener lists (data/nlp/) that the tokenizer and
// the sentence splitter share.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace parley {

enum class AbbreviationClass { Title, Month, Other };

class Abbreviations {
 public:
  // Reads abbreviations.tsv and sentence_starters.txt from `dir`; throws DataError.
  static Abbreviations load(const std::string& dir);

  // `word` with its final period ("Mr.", "Inc."); nothing if it is not listed.
  const AbbreviationClass* find(std::string_view word) const;
  bool is_sentence_starter(std::string_view word) const;

  void add(std::string word, AbbreviationClass c) { classes_[std::move(word)] = c; }
  void add_starter(std::string word) { starters_.insert(std::move(word)); }

 private:
  std::unordered_map<std::string, AbbreviationClass> classes_;
  std::unordered_set<std::string> starters_;
};

}  // namespace parley
