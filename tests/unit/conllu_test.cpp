#include "nlp/conllu.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "unit/test_support.h"
#include "util/text_file.h"

namespace parley {
namespace {

using ::testing::HasSubstr;

const char* const kTwoSentences =
    "# newdoc id = doc1\n"
    "# sent_id = doc1-1\n"
    "# text = I don't know.\n"
    "1\tI\tI\tPRON\tPRP\tCase=Nom|Number=Sing|Person=1|PronType=Prs\t4\tnsubj\t4:nsubj\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\tMood=Ind|Tense=Pres|VerbForm=Fin\t4\taux\t4:aux\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_\n"
    "4\tknow\tknow\tVERB\tVB\tVerbForm=Inf\t0\troot\t0:root\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_\n"
    "\n"
    "# newpar\n"
    "# sent_id = doc1-2\n"
    "# text = Go there_\n"
    "1\tGo\tgo\tVERB\tVB\t_\t0\troot\t0:root\t_\n"
    "1.1\twent\tgo\tVERB\tVBD\t_\t_\t_\t1:conj\tCopyOf=1\n"
    "2\tthere\tthere\tADV\tRB\t_\t1\tadvmod\t1:advmod\tSpaceAfter=No\n"
    "3\t_\t_\tPUNCT\tNFP\t_\t1\tpunct\t1:punct\t_\n"
    "\n";

std::vector<ConlluSentence> read(const std::string& text) {
  std::istringstream in(text);
  return read_conllu(in, "test.conllu");
}

std::string written(const std::vector<ConlluSentence>& sentences) {
  std::ostringstream out;
  write_conllu(out, sentences);
  return out.str();
}

// The message of the ConlluError that reading `text` throws.
std::string error_of(const std::string& text) {
  try {
    read(text);
  } catch (const ConlluError& e) {
    return e.what();
  }
  return "(no error)";
}

const std::string kRoot = "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t0:root\t_\n";

TEST(Conllu, ReadsWordsTokensAndComments) {
  const auto sentences = read(kTwoSentences);
  ASSERT_EQ(sentences.size(), 2u);
  const ConlluSentence& s = sentences[0];
  EXPECT_EQ(s.sent_id, "doc1-1");
  EXPECT_EQ(s.text, "I don't know.");
  EXPECT_TRUE(s.newdoc);
  EXPECT_FALSE(s.newpar);
  EXPECT_EQ(s.comments, (std::vector<std::string>{"newdoc id = doc1", "sent_id = doc1-1",
                                                  "text = I don't know."}));
  ASSERT_EQ(s.words.size(), 5u);
  EXPECT_EQ(s.words[2].form, "n't");
  EXPECT_EQ(s.words[2].feats, "");  // "_" reads as absent
  EXPECT_EQ(s.words[3].head, 0);
  EXPECT_EQ(s.words[3].misc, "SpaceAfter=No");
  ASSERT_EQ(s.multiwords.size(), 1u);
  EXPECT_EQ(s.multiwords[0].first, 2);
  EXPECT_EQ(s.multiwords[0].last, 3);
  EXPECT_EQ(s.multiwords[0].form, "don't");
  EXPECT_TRUE(sentences[1].newpar);
  ASSERT_EQ(sentences[1].words.size(), 3u);    // the empty node 1.1 is not a word
  EXPECT_EQ(sentences[1].words[2].form, "_");  // an underscore token stays one
  ASSERT_EQ(sentences[1].empty_nodes.size(), 1u);
  EXPECT_EQ(sentences[1].empty_nodes[0].after, 1);
}

TEST(Conllu, KnowsWhereSpacesAre) {
  const auto sentences = read(kTwoSentences);
  const ConlluSentence& s = sentences[0];
  EXPECT_TRUE(s.space_after(1));
  EXPECT_FALSE(s.space_after(2));  // inside "don't"
  EXPECT_TRUE(s.space_after(3));   // ends "don't", which has no SpaceAfter=No
  EXPECT_FALSE(s.space_after(4));
  EXPECT_EQ(surface_text(s), "I don't know.");
  EXPECT_EQ(surface_text(sentences[1]), "Go there_");
}

TEST(Conllu, WritesBackWhatItRead) { EXPECT_EQ(written(read(kTwoSentences)), kTwoSentences); }

TEST(Conllu, AcceptsAMissingFinalBlankLineAndCarriageReturns) {
  const auto sentences = read("# sent_id = a\r\n" + kRoot + "\r\n" + kRoot);
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences[0].sent_id, "a");
  EXPECT_EQ(sentences[1].words[0].form, "Hi");
}

TEST(Conllu, AcceptsASentenceWithoutHeads) {
  const auto sentences =
      read("1\tHi\t_\t_\t_\t_\t_\t_\t_\t_\n2\tthere\t_\t_\t_\t_\t_\t_\t_\t_\n\n");
  ASSERT_EQ(sentences.size(), 1u);
  EXPECT_EQ(sentences[0].words[1].head, -1);
}

TEST(Conllu, GeneratesCommentsForASentenceWithoutThem) {
  ConlluSentence s;
  s.newpar = true;
  s.words = {{1, "Hello", "hello", "INTJ", "UH", "", 0, "root", "", "SpaceAfter=No"},
             {2, "!", "!", "PUNCT", ".", "", 1, "punct", "", ""}};
  EXPECT_EQ(written({s, s}),
            "# newpar\n# sent_id = 1\n# text = Hello!\n"
            "1\tHello\thello\tINTJ\tUH\t_\t0\troot\t_\tSpaceAfter=No\n"
            "2\t!\t!\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n"
            "# newpar\n# sent_id = 2\n# text = Hello!\n"
            "1\tHello\thello\tINTJ\tUH\t_\t0\troot\t_\tSpaceAfter=No\n"
            "2\t!\t!\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n");
}

TEST(Conllu, RejectsAWrongColumnCount) {
  EXPECT_THAT(error_of(kRoot + "2\tthere\tthere\tADV\tRB\t_\t1\tadvmod\t_\n\n"),
              HasSubstr("test.conllu:2: expected 10 TAB-separated columns, found 9"));
  EXPECT_THAT(error_of("1 Hi hi INTJ UH _ 0 root _ _\n"), HasSubstr("test.conllu:1: expected 10"));
}

TEST(Conllu, RejectsBadIds) {
  EXPECT_THAT(error_of("x\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n"),
              HasSubstr("test.conllu:1: bad word id 'x'"));
  EXPECT_THAT(error_of(kRoot + "3\tthere\tthere\tADV\tRB\t_\t1\tadvmod\t_\t_\n"),
              HasSubstr("test.conllu:2: word id 3 out of order: expected 2"));
  EXPECT_THAT(error_of(kRoot + "2-1\tab\t_\t_\t_\t_\t_\t_\t_\t_\n"),
              HasSubstr("test.conllu:2: bad multiword range '2-1'"));
  EXPECT_THAT(error_of(kRoot + "3.1\tab\t_\t_\t_\t_\t_\t_\t_\t_\n"),
              HasSubstr("test.conllu:2: empty node 3.1 out of order"));
}

TEST(Conllu, RejectsAMultiwordTokenWithoutItsWords) {
  EXPECT_THAT(error_of(kRoot + "2-3\tab\t_\t_\t_\t_\t_\t_\t_\t_\n"
                               "2\ta\ta\tX\tX\t_\t1\tdep\t_\t_\n\n"),
              HasSubstr("test.conllu:2: the multiword token 2-3 is not followed by its words"));
}

TEST(Conllu, RejectsHeadsOutOfRangeOrNotNumbers) {
  EXPECT_THAT(error_of(kRoot + "2\tthere\tthere\tADV\tRB\t_\t3\tadvmod\t_\t_\n\n"),
              HasSubstr("test.conllu:2: HEAD 3 is out of range 0..2"));
  EXPECT_THAT(error_of(kRoot + "2\tthere\tthere\tADV\tRB\t_\tone\tadvmod\t_\t_\n\n"),
              HasSubstr("test.conllu:2: HEAD 'one' is neither a number nor _"));
  EXPECT_THAT(error_of(kRoot + "2\tthere\tthere\tADV\tRB\t_\t-1\tadvmod\t_\t_\n\n"),
              HasSubstr("test.conllu:2: HEAD '-1'"));
  EXPECT_THAT(error_of(kRoot + "2\tthere\tthere\tADV\tRB\t_\t_\tadvmod\t_\t_\n\n"),
              HasSubstr("test.conllu:2: HEAD is _ but other words of the sentence have heads"));
}

TEST(Conllu, RejectsCyclesAndASecondRoot) {
  EXPECT_THAT(error_of(kRoot + "2\ta\ta\tX\tX\t_\t3\tdep\t_\t_\n"
                               "3\tb\tb\tX\tX\t_\t2\tdep\t_\t_\n\n"),
              HasSubstr("test.conllu:2: word 2 does not reach the root: its heads run into the "
                        "cycle 2 -> 3 -> 2"));
  EXPECT_THAT(error_of(kRoot + "2\ta\ta\tX\tX\t_\t2\tdep\t_\t_\n\n"),
              HasSubstr("test.conllu:2: word 2 does not reach the root"));
  EXPECT_THAT(error_of(kRoot + "2\tthere\tthere\tADV\tRB\t_\t0\troot\t_\t_\n\n"),
              HasSubstr("test.conllu:2: a second word attached to the root: word 2 (root) after "
                        "word 1 (root)"));
}

TEST(Conllu, RejectsCommentsInsideASentenceAndSentencesWithoutWords) {
  EXPECT_THAT(error_of(kRoot + "# late\n"),
              HasSubstr("test.conllu:2: a comment inside a sentence"));
  EXPECT_THAT(error_of(kRoot + "\n# orphan\n"),
              HasSubstr("test.conllu:3: a sentence without words"));
}

TEST(Conllu, NamesAnUnreadableFile) {
  EXPECT_THROW(read_conllu_file("/nonexistent/x.conllu"), ConlluError);
}

// Every UD file of the shared data, read and written back, is the same file.
TEST(Conllu, RoundTripsTheUdTreebanksByteForByte) {
  const std::string dir = test::shared_data_dir();
  if (dir.empty()) GTEST_SKIP() << "shared data absent";
  for (const char* file :
       {"ud-english-ewt/en_ewt-ud-dev.conllu", "ud-english-gum/en_gum-ud-dev.conllu"}) {
    const std::string path = dir + "/" + file;
    const std::string original = read_file(path);
    EXPECT_EQ(written(read_conllu_file(path)), original) << path;
  }
}

}  // namespace
}  // namespace parley
