#include "nlp/sentence_splitter.h"

#include <gtest/gtest.h>

#include "nlp/tokenizer.h"
#include "unit/test_support.h"

namespace parley {
namespace {

class SplitterTest : public ::testing::Test {
 protected:
  void SetUp() override { words_ = WordLists::load(test::data_dir() + "/nlp"); }

  std::vector<std::string> sentences(std::string_view text) const {
    std::vector<Token> tokens;
    Tokenizer(words_).tokenize(text, tokens);
    std::vector<Sentence> out;
    SentenceSplitter(words_).split(text, tokens, out);
    std::vector<std::string> s;
    for (const auto& x : out) s.emplace_back(text.substr(x.span.begin, x.span.size()));
    return s;
  }
  WordLists words_;
};

using V = std::vector<std::string>;

TEST_F(SplitterTest, FullStopsQuestionsAndExclamations) {
  EXPECT_EQ(sentences("Russia vetoed it. The US objected! Why? Nobody knows."),
            (V{"Russia vetoed it.", "The US objected!", "Why?", "Nobody knows."}));
}

TEST_F(SplitterTest, AbbreviationsDoNotEndSentencesUnlessAnOpenerFollows) {
  EXPECT_EQ(sentences("Mr. Trump met Gen. Gerasimov and U.S. officials. He left."),
            (V{"Mr. Trump met Gen. Gerasimov and U.S. officials.", "He left."}));
  EXPECT_EQ(sentences("Troops stayed in the U.S. The next day they left."),
            (V{"Troops stayed in the U.S.", "The next day they left."}));
  EXPECT_EQ(sentences("John F. Kennedy spoke."), (V{"John F. Kennedy spoke."}));
}

TEST_F(SplitterTest, QuotesStayWithTheirSentence) {
  EXPECT_EQ(sentences("\u201CWas he fired?\u201D he asked in mock surprise. \u201CYou\u2019re kidding.\u201D"),
            (V{"\u201CWas he fired?\u201D he asked in mock surprise.", "\u201CYou\u2019re kidding.\u201D"}));
  EXPECT_EQ(sentences("He said \"It is over.\" Then he left."), (V{"He said \"It is over.\"", "Then he left."}));
}

TEST_F(SplitterTest, DecimalsAndEllipses) {
  EXPECT_EQ(sentences("Growth was 3.5 percent... Analysts were surprised."),
            (V{"Growth was 3.5 percent...", "Analysts were surprised."}));
}

TEST_F(SplitterTest, BlankLinesEndParagraphsAndSingleLinesEndSentences) {
  const std::string text = "Headline without a stop\n\nFirst paragraph. Second sentence.\n\u2022 a bullet line\n";
  EXPECT_EQ(sentences(text),
            (V{"Headline without a stop", "First paragraph.", "Second sentence.", "\u2022 a bullet line"}));
}

TEST_F(SplitterTest, HardWrappedTextJoinsItsLines) {
  const std::string text =
      "The minister said on Tuesday that the\ntalks would go on and that both sides\nwanted to meet again "
      "in the\nspring. Nobody objected.";
  EXPECT_EQ(sentences(text).size(), 2u);
}

TEST_F(SplitterTest, ParagraphNumbers) {
  const std::string text = "One. Two.\n\nThree.";
  std::vector<Token> tokens;
  Tokenizer(words_).tokenize(text, tokens);
  std::vector<Sentence> out;
  SentenceSplitter(words_).split(text, tokens, out);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[0].paragraph, 0u);
  EXPECT_EQ(out[1].paragraph, 0u);
  EXPECT_EQ(out[2].paragraph, 1u);
}

TEST_F(SplitterTest, EndlessTextIsCutIntoBoundedSentences) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "word ";
  const auto s = sentences(text);
  EXPECT_EQ(s.size(), (2000 + SentenceSplitter::kMaxTokens - 1) / SentenceSplitter::kMaxTokens);
}

}  // namespace
}  // namespace parley
