// Discards (data/events/discards.tsv): phrases that mark a clause, a sentence
// or a whole document as not to be coded (past times, sports results,
// obituaries, chronologies).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "actors/phrase_index.h"
#include "nlp/tokenizer.h"

namespace parley {

class DiscardList {
 public:
  // What a phrase keeps from coding. A clause phrase dates a past event ("two
  // years ago", "during World War II"): a coder that knows the clauses drops
  // only the clause it stands in, one that does not drops the sentence.
  enum class Scope : uint32_t { kSentence = 0, kDocument = 1, kClause = 2 };

  static DiscardList load(const std::string& path, const Tokenizer& tokenizer);
  // The same for a list already in memory; `name` stands for the file in errors.
  static DiscardList load_text(std::string_view text, const std::string& name, const Tokenizer& tokenizer);

  // A phrase found in the text: its first token and its scope.
  struct Phrase {
    size_t first;
    Scope scope;
  };
  // The phrases in words[begin, end) (case-folded tokens), in text order.
  std::vector<Phrase> find(const std::vector<std::string_view>& words, size_t begin, size_t end) const;
  static bool any_of(const std::vector<Phrase>& found, Scope scope);
  bool discards_document(const std::vector<std::string_view>& words) const {
    return any_of(find(words, 0, words.size()), Scope::kDocument);
  }

 private:
  PhraseIndex index_;  // value: the phrase's Scope
};

}  // namespace parley
