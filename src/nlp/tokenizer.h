// The tokenizer: clean text to tokens with byte spans, Unicode-aware. It keeps
// abbreviations whole ("U.S.", "Mr.", "Ph.D."), initials ("F."), decimals and
// thousands ("3.5", "2,000") and URLs; it splits clitics as the Penn Treebank
// and UD English do ("Russia's" -> Russia 's, "don't" -> do n't) and splits
// every hyphen ("cease-fire" -> cease - fire), and keeps quotation marks,
// ellipses and bullets as tokens of their own.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "nlp/abbreviations.h"
#include "parley/document.h"

namespace parley {

class Tokenizer {
 public:
  explicit Tokenizer(const Abbreviations& abbreviations) : abbreviations_(abbreviations) {}

  // Appends the tokens of `text` to `out`; spans are byte offsets into `text`.
  void tokenize(std::string_view text, std::vector<Token>& out) const;

  // A dictionary phrase as the lookups see text: its tokens, case-folded.
  std::vector<std::string> folded_words(std::string_view phrase) const;

 private:
  const Abbreviations& abbreviations_;
};

}  // namespace parley
