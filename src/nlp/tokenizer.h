// The tokenizer: clean text to tokens with byte spans, Unicode-aware. It keeps
// abbreviations whole ("U.S.", "Mr.", "Ph.D."), initials ("F."), decimals and
// thousands ("3.5", "2,000"), URLs, e-mail addresses, domain and file names,
// emoticons, runs of punctuation ("!!", "***"), and words with a prefix before a
// hyphen ("non-human"); it splits clitics as the Penn Treebank and UD English do
// ("Russia's" -> Russia 's, "don't" -> do n't) and other hyphenated compounds
// ("cease-fire" -> cease - fire, "al-Assad" -> al - Assad), and keeps quotation
// marks, ellipses and bullets as tokens of their own. The conventions are those
// of UD English (EWT, GUM); the word lists are data (data/nlp/).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "nlp/word_lists.h"
#include "parley/document.h"

namespace parley {

class Tokenizer {
 public:
  explicit Tokenizer(const WordLists& words) : words_(words) {}

  // Appends the tokens of `text` to `out`; spans are byte offsets into `text`.
  void tokenize(std::string_view text, std::vector<Token>& out) const;

  // A dictionary phrase as the lookups see text: its tokens, case-folded. A
  // phrase is not a sentence: "U.S." keeps its period at the end.
  std::vector<std::string> folded_words(std::string_view phrase) const;

 private:
  const WordLists& words_;
};

}  // namespace parley
