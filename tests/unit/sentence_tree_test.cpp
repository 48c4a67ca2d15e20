// SentenceTree: children by relation, subtrees, and whether a parse is sound.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "events/sentence_tree.h"

namespace parley {
namespace {

// "Russia vetoed it ." with the heads and relations given (-1: root).
Document parsed(const std::vector<int32_t>& heads, const std::vector<std::string>& rels) {
  Document doc;
  const std::vector<std::string> words{"Russia", "vetoed", "it", "."};
  const std::vector<std::string> upos{"PROPN", "VERB", "PRON", "PUNCT"};
  for (size_t i = 0; i < words.size(); ++i) {
    Token t;
    t.upos = Symbol::of(upos[i]);
    t.head = heads[i];
    t.deprel = Symbol::of(rels[i]);
    doc.tokens.push_back(t);
  }
  doc.sentences.push_back({{0, 0}, 0, 4, 0});
  return doc;
}

TEST(SentenceTree, ChildrenByRelationAndSubtrees) {
  const Document doc = parsed({1, -1, 1, 1}, {"nsubj", "root", "obj", "punct"});
  const SentenceTree tree(doc, doc.sentences[0]);
  EXPECT_TRUE(tree.parsed());
  EXPECT_TRUE(tree.sound());
  EXPECT_EQ(tree.child(1, "nsubj"), 0);
  EXPECT_EQ(tree.child(1, "obl"), -1);
  EXPECT_THAT(tree.subtree(1, [&](uint32_t c) { return tree.rel(c) == "punct"; }), ::testing::ElementsAre(0, 1, 2));
}

TEST(SentenceTree, AWordHangingFromAPunctuationMarkIsNoSoundParse) {
  const Document doc = parsed({3, 3, 1, -1}, {"nsubj", "amod", "obj", "root"});
  EXPECT_FALSE(SentenceTree(doc, doc.sentences[0]).sound());
}

}  // namespace
}  // namespace parley
