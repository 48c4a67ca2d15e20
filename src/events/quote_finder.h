// Where a document's quotations are: the spans between matching double
// quotation marks (" ", “ ”, « »), within a paragraph. The coder uses them to
// mark events as reported speech; the quote extractor to find who spoke.
// Single quotes are scare quotes in most news ("a ‘better relationship’") and
// are not treated as speech.
#pragma once

#include <cstdint>
#include <vector>

#include "parley/document.h"

namespace parley {

struct QuoteRegion {
  uint32_t open = 0;    // token index of the opening mark
  uint32_t close = 0;   // token index of the closing mark (== end of paragraph if unclosed)
  uint32_t sentence = 0;
  bool closed = true;
};

std::vector<QuoteRegion> find_quote_regions(const Document& doc);

// For every token, whether it lies inside a quotation.
std::vector<bool> tokens_in_quotes(const Document& doc, const std::vector<QuoteRegion>& regions);

}  // namespace parley
