// For each token of a document, the index of the mention that covers it
// (-1 for none): how the coder and the quote extractor find the actor at a word.
#pragma once

#include <cstdint>
#include <vector>

#include "parley/document.h"

namespace parley {

inline std::vector<int32_t> mention_index(const Document& doc) {
  std::vector<int32_t> at(doc.tokens.size(), -1);
  for (size_t m = 0; m < doc.mentions.size(); ++m)
    for (uint32_t k = doc.mentions[m].first_token; k < doc.mentions[m].end_token; ++k)
      at[k] = static_cast<int32_t>(m);
  return at;
}

}  // namespace parley
