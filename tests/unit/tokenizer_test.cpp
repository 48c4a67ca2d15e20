#include "nlp/tokenizer.h"

#include <gtest/gtest.h>

#include "unit/test_support.h"

namespace parley {
namespace {

class TokenizerTest : public ::testing::Test {
 protected:
  void SetUp() override { words_ = WordLists::load(test::data_dir() + "/nlp"); }

  std::vector<std::string> tokens(std::string_view text) const {
    std::vector<Token> out;
    Tokenizer(words_).tokenize(text, out);
    std::vector<std::string> words;
    for (const auto& t : out) words.emplace_back(text.substr(t.span.begin, t.span.size()));
    return words;
  }
  WordLists words_;
};

using V = std::vector<std::string>;

TEST_F(TokenizerTest, AbbreviationsAndInitialisms) {
  EXPECT_EQ(tokens("U.S. officials met Mr. Lavrov."), (V{"U.S.", "officials", "met", "Mr.", "Lavrov", "."}));
  EXPECT_EQ(tokens("the U.N. and e.g. NATO"), (V{"the", "U.N.", "and", "e.g.", "NATO"}));
  EXPECT_EQ(tokens("at 5 p.m. today"), (V{"at", "5", "p.m.", "today"}));
}

TEST_F(TokenizerTest, NumbersWithUnitsDatesAndYearsAsUdEnglishWritesThem) {
  EXPECT_EQ(tokens("at 5pm, 375mm and 22,101MMBTU"), (V{"at", "5", "pm", ",", "375", "mm", "and", "22,101", "MMBTU"}));
  EXPECT_EQ(tokens("the 2nd of the 1970s"), (V{"the", "2nd", "of", "the", "1970s"}));
  EXPECT_EQ(tokens("since 01-Feb-02 and '68, in the 80's"),
            (V{"since", "01-Feb-02", "and", "'68", ",", "in", "the", "80", "'s"}));
  EXPECT_EQ(tokens("items EY4096.1 and 20.doc"), (V{"items", "EY4096.1", "and", "20.doc"}));
}

TEST_F(TokenizerTest, ShortFormsWithSlashesAndAmpersands) {
  EXPECT_EQ(tokens("AT&T and P&L, b/c w/o it; he/she"),
            (V{"AT&T", "and", "P&L", ",", "b/c", "w/o", "it", ";", "he", "/", "she"}));
  EXPECT_EQ(tokens("<mailto:a.b@enron.com>"), (V{"<", "mailto:a.b@enron.com", ">"}));
}

TEST_F(TokenizerTest, Initials) {
  EXPECT_EQ(tokens("John F. Kennedy"), (V{"John", "F.", "Kennedy"}));
}

TEST_F(TokenizerTest, NumbersKeepTheirSeparators) {
  EXPECT_EQ(tokens("59 missiles, 3.5 percent, 2,000 troops at 10:30"),
            (V{"59", "missiles", ",", "3.5", "percent", ",", "2,000", "troops", "at", "10:30"}));
  EXPECT_EQ(tokens("in 2014, 15 died"), (V{"in", "2014", ",", "15", "died"}));
}

TEST_F(TokenizerTest, ClitisAsInThePennTreebank) {
  EXPECT_EQ(tokens("Russia's veto"), (V{"Russia", "'s", "veto"}));
  EXPECT_EQ(tokens("Trump\u2019s meeting"), (V{"Trump", "\u2019s", "meeting"}));
  EXPECT_EQ(tokens("doesn't, can't, they're"), (V{"does", "n't", ",", "ca", "n't", ",", "they", "'re"}));
  EXPECT_EQ(tokens("O'Brien"), (V{"O'Brien"}));
}

TEST_F(TokenizerTest, QuotesEllipsesAndBullets) {
  EXPECT_EQ(tokens("\u201CWas he fired?\u201D he asked..."),
            (V{"\u201C", "Was", "he", "fired", "?", "\u201D", "he", "asked", "..."}));
  EXPECT_EQ(tokens("\"Not at all.\""), (V{"\"", "Not", "at", "all", ".", "\""}));
  EXPECT_EQ(tokens("wait\u2026 \u2022 Salvatore"), (V{"wait", "\u2026", "\u2022", "Salvatore"}));
  EXPECT_EQ(tokens("a \u2018better relationship\u2019"), (V{"a", "\u2018", "better", "relationship", "\u2019"}));
}

TEST_F(TokenizerTest, HyphensAlwaysSplit) {
  EXPECT_EQ(tokens("US-Russia cease-fire al-Assad"),
            (V{"US", "-", "Russia", "cease", "-", "fire", "al", "-", "Assad"}));
  EXPECT_EQ(tokens("U.S.-Russia"), (V{"U.S.", "-", "Russia"}));
}

TEST_F(TokenizerTest, UdEnglishKeepsPrefixedHyphenWordsAndNumbersWhole) {
  EXPECT_EQ(tokens("a non-human e-mail, 713-853-3989"), (V{"a", "non-human", "e-mail", ",", "713-853-3989"}));
  EXPECT_EQ(tokens("long-term"), (V{"long", "-", "term"}));
}

TEST_F(TokenizerTest, AddressesFileNamesEmoticonsAndPunctuationRuns) {
  EXPECT_EQ(tokens("mail kevin.a.boone@accenture.com or davidr...@optonline.net."),
            (V{"mail", "kevin.a.boone@accenture.com", "or", "davidr...@optonline.net", "."}));
  EXPECT_EQ(tokens("see paulhastings.com and Stocks.pdf"), (V{"see", "paulhastings.com", "and", "Stocks.pdf"}));
  EXPECT_EQ(tokens("great :) really!! what?! ***"), (V{"great", ":)", "really", "!!", "what", "?!", "***"}));
  EXPECT_EQ(tokens("#audiobooks by @user"), (V{"#audiobooks", "by", "@user"}));
}

TEST_F(TokenizerTest, AnAbbreviationThatEndsASentenceGivesUpItsPeriod) {
  EXPECT_EQ(tokens("They live in the U.S. The rest stayed."),
            (V{"They", "live", "in", "the", "U.S", ".", "The", "rest", "stayed", "."}));
  EXPECT_EQ(tokens("the U.S. Army"), (V{"the", "U.S.", "Army"}));
  EXPECT_EQ(tokens("apples, pears, etc.\nNext"), (V{"apples", ",", "pears", ",", "etc", ".", "Next"}));
  // A dictionary phrase is not a sentence.
  const Tokenizer t(words_);
  EXPECT_EQ(t.folded_words("U.S."), (V{"u.s."}));
}

TEST_F(TokenizerTest, UrlsStayWhole) {
  EXPECT_EQ(tokens("see https://example.org/a?b=1, then"), (V{"see", "https://example.org/a?b=1", ",", "then"}));
}

TEST_F(TokenizerTest, UnicodeLettersAndSpansAreBytes) {
  const std::string text = "Лавров встретился с Тиллерсоном.";
  std::vector<Token> out;
  Tokenizer(words_).tokenize(text, out);
  ASSERT_EQ(out.size(), 5u);
  EXPECT_EQ(text.substr(out[0].span.begin, out[0].span.size()), "Лавров");
  EXPECT_EQ(out[4].span.begin + 1, text.size());
  EXPECT_TRUE(out[1].space_before);
  EXPECT_FALSE(out[4].space_before);
}

TEST_F(TokenizerTest, LineStartsAreMarked) {
  std::vector<Token> out;
  Tokenizer(words_).tokenize("one two\nthree", out);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_TRUE(out[0].line_start);
  EXPECT_FALSE(out[1].line_start);
  EXPECT_TRUE(out[2].line_start);
}

}  // namespace
}  // namespace parley
