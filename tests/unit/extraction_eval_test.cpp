// The extraction benchmark's metric on cases computed by hand, the way
// ../shared/tools/extraction-score.py computes them.
#include "eval/extraction_eval.h"

#include <gtest/gtest.h>

namespace parley {
namespace {

TEST(ExtractionEval, WordsArePythonsUnicodeWordRuns) {
  const auto w = word_tokens("Don't stop_now: caf\u00e9 \u0661\u0662 \u00bd x\u2014y \u4e2d\u6587");
  const std::vector<std::string_view> want = {"Don", "t", "stop_now", "caf\u00e9", "\u0661\u0662", "\u00bd", "x", "y",
                                              "\u4e2d\u6587"};
  EXPECT_EQ(w, want);
}

TEST(ExtractionEval, ShingleCountsAreNormalizedPerPage) {
  // truth: a b c d e -> abcd, bcde; predicted: a b c d x -> abcd, bcdx.
  const auto c = shingle_counts("a b c d e", "a b c d x");
  EXPECT_DOUBLE_EQ(c.tp, 1.0 / 3);
  EXPECT_DOUBLE_EQ(c.fp, 1.0 / 3);
  EXPECT_DOUBLE_EQ(c.fn, 1.0 / 3);
  // Fewer than four words make one short shingle; repeats are counted (multisets).
  const auto s = shingle_counts("a b", "a b");
  EXPECT_DOUBLE_EQ(s.tp, 1.0);
  const auto m = shingle_counts("a b c d a b c d", "a b c d");   // truth: abcd x2, bcda, cdab
  EXPECT_DOUBLE_EQ(m.tp, 1.0 / 5);
  EXPECT_DOUBLE_EQ(m.fn, 4.0 / 5);
  const auto none = shingle_counts("", "");
  EXPECT_EQ(none.tp + none.fp + none.fn, 0.0);
}

TEST(ExtractionEval, PrecisionAndRecallAreMeansOverPagesAndF1ComesFromThem) {
  // Page 1: tp 1/3 fp 1/3 fn 1/3 -> P 0.5, R 0.5. Page 2: perfect -> 1, 1.
  // Page 3: nothing predicted -> recall 0, no precision. Page 4: nothing true or predicted -> neither.
  const std::vector<ShingleCounts> pages = {shingle_counts("a b c d e", "a b c d x"), shingle_counts("a b", "a b"),
                                            shingle_counts("a b c d", ""), shingle_counts("", "")};
  const ExtractionScore s = aggregate(pages);
  EXPECT_DOUBLE_EQ(s.precision, (0.5 + 1.0) / 2);
  EXPECT_DOUBLE_EQ(s.recall, (0.5 + 1.0 + 0.0) / 3);
  EXPECT_DOUBLE_EQ(s.f1, 2 * 0.75 * 0.5 / 1.25);
}

}  // namespace
}  // namespace parley
