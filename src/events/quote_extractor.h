// Quotes: direct quotations (straight and curly double quotes) and who said
// them. The speaker is found next to a cue verb after the quote ("...," Lavrov
// said; said De Mistura; Tillerson told reporters) or before it (Trump
// replied, "..."); "he" or "she" is the person last named as a subject in the
// sentences before; a quote with no cue of its own that follows another in the
// same paragraph continues the same speaker. Needs tokens, sentences, mentions.
#pragma once

#include <string>
#include <unordered_set>

#include "parley/document.h"

namespace parley {

class QuoteExtractor {
 public:
  explicit QuoteExtractor(std::unordered_set<std::string> cues) : cues_(std::move(cues)) {}
  // Reads data/events/quote_cues.txt.
  static QuoteExtractor load(const std::string& path);

  // Fills doc.quotes.
  void extract(Document& doc) const;

 private:
  friend class QuoteAttributor;
  std::unordered_set<std::string> cues_;
};

}  // namespace parley
