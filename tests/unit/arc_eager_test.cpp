#include "nlp/arc_eager.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>

namespace parley {
namespace {

// Follows the cheapest transition (the first on ties) from the start.
std::vector<int> follow_oracle(const std::vector<int>& heads, const std::vector<uint16_t>& labels, int n_labels) {
  const int n = static_cast<int>(heads.size()) - 1;
  ArcEagerState st(n);
  while (!st.terminal()) {
    int best = -1, best_cost = std::numeric_limits<int>::max();
    for (int id = 0; id < Transition::count(n_labels); ++id) {
      const Transition t = Transition::from_id(id);
      if (!st.allowed(t)) continue;
      const int c = st.cost(t, heads, labels);
      if (c < best_cost) best = id, best_cost = c;
    }
    EXPECT_EQ(best_cost, 0);
    st.apply(Transition::from_id(best));
  }
  st.finish(0, 1);
  return st.heads();
}

TEST(ArcEager, TheOracleRebuildsProjectiveTrees) {
  // "The minister met the envoy in Moscow ." heads (1-based, 0 = root)
  const std::vector<int> heads = {0, 2, 3, 0, 5, 3, 7, 3, 3};
  const std::vector<uint16_t> labels = {0, 2, 3, 0, 2, 4, 5, 6, 7};
  auto rebuilt = follow_oracle(heads, labels, 8);
  rebuilt[0] = 0;  // the root's own head is -1
  EXPECT_EQ(rebuilt, heads);
}

TEST(ArcEager, WrongTransitionsCost) {
  const std::vector<int> heads = {0, 2, 0};  // 1 <- 2, 2 is the root
  const std::vector<uint16_t> labels = {0, 1, 0};
  ArcEagerState st(2);
  st.apply({Transition::Shift, 0});
  EXPECT_EQ(st.cost({Transition::LeftArc, 1}, heads, labels), 0);
  EXPECT_EQ(st.cost({Transition::LeftArc, 2}, heads, labels), 1);  // wrong label
  EXPECT_GT(st.cost({Transition::RightArc, 1}, heads, labels), 0);
}

TEST(ArcEager, TheRootTakesOneDependentAndFinishMakesOneTree) {
  ArcEagerState st(3);
  EXPECT_TRUE(st.allowed({Transition::RightArc, 0}));
  st.apply({Transition::RightArc, 0});
  st.apply({Transition::Reduce, 0});
  EXPECT_FALSE(st.allowed({Transition::RightArc, 0}));
  while (!st.terminal()) st.apply({Transition::Shift, 0});
  st.finish(0, 1);
  int roots = 0;
  for (int w = 1; w <= 3; ++w) roots += st.head(w) == 0;
  EXPECT_EQ(roots, 1);
}

TEST(ArcEager, ProjectivizeLiftsCrossingArcs) {
  // 1 -> 3, 2 -> 4 cross; lifting makes the tree projective.
  std::vector<int> heads = {0, 0, 1, 1, 3};
  heads[4] = 2;  // (2, 4) crosses (1, 3)
  projectivize(heads);
  for (int d = 1; d < 5; ++d)
    for (int e = 1; e < 5; ++e) {
      const int a = std::min(d, heads[d]), b = std::max(d, heads[d]);
      const int c = std::min(e, heads[e]), f = std::max(e, heads[e]);
      EXPECT_FALSE(a < c && c < b && b < f) << d << " " << e;
    }
}

}  // namespace
}  // namespace parley
