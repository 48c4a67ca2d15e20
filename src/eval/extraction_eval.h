// The article extraction benchmark's metric (scrapinghub's
// article-extraction-benchmark, as ../shared/tools/extraction-score.py
// implements it): words are runs of \w (Python's Unicode word characters:
// letters, numbers, '_'), a text is the multiset of its 4-word shingles (a text
// of one to three words is one shorter shingle), and each page's true
// positives, false positives and false negatives are divided by their sum so
// that every page weighs the same. Precision and recall are means over pages;
// F1 comes from the two means.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace parley {

struct ShingleCounts {
  double tp = 0, fp = 0, fn = 0;   // normalized: they sum to 1, or are all 0
};

struct ExtractionScore {
  double precision = 0, recall = 0, f1 = 0;
};

// The \w+ words of a text.
std::vector<std::string_view> word_tokens(std::string_view text);

ShingleCounts shingle_counts(std::string_view truth, std::string_view predicted);

// A page with no true and no predicted shingle counts for neither mean; a page
// with tp + fp == 0 (nothing predicted) counts for recall only, and so on.
ExtractionScore aggregate(const std::vector<ShingleCounts>& pages);

}  // namespace parley
