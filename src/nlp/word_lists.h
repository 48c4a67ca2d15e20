// The word lists (data/nlp/) that the tokenizer and the sentence splitter
// share: abbreviations, sentence openers, the prefixes that keep a hyphenated
// word whole ("non-human"), emoticons, and the endings of domain and file names
// ("paulhastings.com", "stocks.pdf").
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace parley {

enum class AbbreviationClass { Title, Month, Other };

class WordLists {
 public:
  // Reads abbreviations.tsv, sentence_starters.txt, hyphen_prefixes.txt,
  // emoticons.txt and name_endings.txt from `dir`; throws DataError.
  static WordLists load(const std::string& dir);

  // `word` with its final period ("Mr.", "Inc."); nothing if it is not listed.
  const AbbreviationClass* find(std::string_view word) const;
  bool is_sentence_starter(std::string_view word) const { return starters_.count(std::string(word)) > 0; }
  // Lower case, without the hyphen: "non", "pre", "e".
  bool is_hyphen_prefix(std::string_view lower) const { return hyphen_prefixes_.count(std::string(lower)) > 0; }
  // The longest emoticon that `text` starts with, or 0.
  size_t emoticon_at(std::string_view text) const;
  // Lower case, without the dot: "com", "pdf".
  bool is_name_ending(std::string_view lower) const { return name_endings_.count(std::string(lower)) > 0; }

  void add(std::string word, AbbreviationClass c) { classes_[std::move(word)] = c; }
  void add_starter(std::string word) { starters_.insert(std::move(word)); }

 private:
  std::unordered_map<std::string, AbbreviationClass> classes_;
  std::unordered_set<std::string> starters_;
  std::unordered_set<std::string> hyphen_prefixes_;
  std::unordered_set<std::string> emoticons_;
  std::unordered_set<std::string> name_endings_;
  size_t longest_emoticon_ = 0;
  std::string emoticon_starts_;  // the first bytes of the emoticons: most text is ruled out at once
};

}  // namespace parley
