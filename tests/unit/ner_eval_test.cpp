#include "eval/ner_eval.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "unit/test_support.h"

namespace parley {
namespace {

using ::testing::HasSubstr;

// "John Smith visited New York ." and "Apple fell ."
std::vector<NerSentence> tagged(const std::vector<std::string>& first,
                                const std::vector<std::string>& second) {
  return {{{"John", "Smith", "visited", "New", "York", "."}, first},
          {{"Apple", "fell", "."}, second}};
}

const std::vector<NerSentence> kGold =
    tagged({"B-PER", "I-PER", "O", "B-LOC", "I-LOC", "O"}, {"B-ORG", "O", "O"});

void expect_score(const NerScore& s, long correct, long gold, long predicted) {
  EXPECT_EQ(s.correct, correct);
  EXPECT_EQ(s.gold, gold);
  EXPECT_EQ(s.predicted, predicted);
  EXPECT_DOUBLE_EQ(s.precision, predicted ? double(correct) / predicted : 0.0);
  EXPECT_DOUBLE_EQ(s.recall, gold ? double(correct) / gold : 0.0);
  EXPECT_DOUBLE_EQ(s.f1, gold + predicted ? 2.0 * correct / (gold + predicted) : 0.0);
}

std::string write_temp(const std::string& name, const std::string& content) {
  const std::string path = test::temp_path(name);
  std::ofstream(path) << content;
  return path;
}

TEST(NerEval, CorrectEntitiesScoreOne) {
  const NerEvaluation e = evaluate_ner(kGold, kGold);
  expect_score(e.overall, 3, 3, 3);
  EXPECT_DOUBLE_EQ(e.overall.f1, 1.0);
  ASSERT_EQ(e.by_type.size(), 3u);
  expect_score(e.by_type.at("LOC"), 1, 1, 1);
}

TEST(NerEval, AWrongBoundaryIsBothAMissAndASpuriousEntity) {
  const auto predicted = tagged({"O", "B-PER", "O", "B-LOC", "I-LOC", "O"}, {"B-ORG", "O", "O"});
  const NerEvaluation e = evaluate_ner(kGold, predicted);
  expect_score(e.overall, 2, 3, 3);
  expect_score(e.by_type.at("PER"), 0, 1, 1);
}

TEST(NerEval, AWrongTypeCountsAgainstBothTypes) {
  const auto predicted =
      tagged({"B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O"}, {"B-ORG", "O", "O"});
  const NerEvaluation e = evaluate_ner(kGold, predicted);
  expect_score(e.overall, 2, 3, 3);
  expect_score(e.by_type.at("LOC"), 0, 1, 0);
  expect_score(e.by_type.at("ORG"), 1, 1, 2);
  expect_score(e.by_type.at("PER"), 1, 1, 1);
}

TEST(NerEval, AMissedEntityLowersRecall) {
  const auto predicted = tagged({"B-PER", "I-PER", "O", "O", "O", "O"}, {"B-ORG", "O", "O"});
  const NerEvaluation e = evaluate_ner(kGold, predicted);
  expect_score(e.overall, 2, 3, 2);
  EXPECT_DOUBLE_EQ(e.overall.precision, 1.0);
  EXPECT_NEAR(e.overall.f1, 0.8, 1e-12);
}

TEST(NerEval, ASpuriousEntityLowersPrecision) {
  const auto predicted =
      tagged({"B-PER", "I-PER", "O", "B-LOC", "I-LOC", "O"}, {"B-ORG", "B-MISC", "O"});
  const NerEvaluation e = evaluate_ner(kGold, predicted);
  expect_score(e.overall, 3, 3, 4);
  expect_score(e.by_type.at("MISC"), 0, 0, 1);
}

// As conlleval: an I- without a B- of its type before it starts an entity.
TEST(NerEval, AnIWithoutItsBStartsAnEntity) {
  const auto loose = tagged({"I-PER", "I-PER", "O", "I-LOC", "I-LOC", "O"}, {"I-ORG", "O", "O"});
  expect_score(evaluate_ner(kGold, loose).overall, 3, 3, 3);
  const auto split = tagged({"B-PER", "I-LOC", "O", "B-LOC", "I-LOC", "O"}, {"B-ORG", "O", "O"});
  expect_score(evaluate_ner(kGold, split).overall, 2, 3, 4);  // "John" PER, "Smith" LOC
}

TEST(NerEval, RefusesSidesThatDoNotLineUp) {
  EXPECT_THROW(evaluate_ner(kGold, {kGold[0]}), NerError);
  auto shorter = kGold;
  shorter[1].tags.pop_back();
  shorter[1].tokens.pop_back();
  EXPECT_THROW(evaluate_ner(kGold, shorter), NerError);
  auto renamed = kGold;
  renamed[0].tokens[3] = "Old";
  EXPECT_THAT([&] { evaluate_ner(kGold, renamed); },
              ::testing::ThrowsMessage<NerError>(
                  HasSubstr("sentence 1: gold and predicted tokens differ from token 4")));
  auto bad = kGold;
  bad[0].tags[0] = "PER";
  EXPECT_THAT(
      [&] { evaluate_ner(kGold, bad); },
      ::testing::ThrowsMessage<NerError>(HasSubstr("predicted sentence 1, token 1: tag 'PER'")));
}

TEST(NerEval, ReadsConllIoTagsAsIob2) {
  const std::string path =
      write_temp("wiki.conll",
                 "-DOCSTART- O\n\n"
                 "John I-PER\nSmith I-PER\nmet O\nMary I-PER\nJane B-PER\n. O\n\n"
                 "# O\nEU I-ORG\n\n-DOCSTART- O\n\n");
  const auto sentences = read_ner_file(path);
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences[0].tokens,
            (std::vector<std::string>{"John", "Smith", "met", "Mary", "Jane", "."}));
  EXPECT_EQ(sentences[0].tags,
            (std::vector<std::string>{"B-PER", "I-PER", "O", "B-PER", "B-PER", "O"}));
  EXPECT_EQ(sentences[1].tokens, (std::vector<std::string>{"#", "EU"}));  // "#" is a token here
  EXPECT_EQ(sentences[1].tags, (std::vector<std::string>{"O", "B-ORG"}));
}

TEST(NerEval, ReadsUniversalNer) {
  const std::string path = write_temp("uner.iob2",
                                      "# sent_id = s1\n# text = Kori Schulman wrote\n"
                                      "1\tKori\tB-PER\t-\tblvns\n2\tSchulman\tI-PER\t-\tblvns\n"
                                      "3\twrote\tO\t-\t-\n\n");
  const auto sentences = read_ner_file(path);
  ASSERT_EQ(sentences.size(), 1u);
  EXPECT_EQ(sentences[0].tags, (std::vector<std::string>{"B-PER", "I-PER", "O"}));
}

TEST(NerEval, RejectsMalformedLinesWithTheirPlace) {
  const auto error_of = [](const std::string& name, const std::string& content) {
    try {
      read_ner_file(write_temp(name, content));
    } catch (const NerError& e) {
      return std::string(e.what());
    }
    return std::string("(no error)");
  };
  EXPECT_THAT(error_of("a.conll", "John B-PER\nSmith PERSON\n"),
              HasSubstr("a.conll:2: tag 'PERSON'"));
  EXPECT_THAT(error_of("b.conll", "John\n"), HasSubstr("b.conll:1: expected TOKEN and TAG"));
  EXPECT_THAT(error_of("c.iob2", "# x\n1\tJohn\tB-PER\t-\n"),
              HasSubstr("c.iob2:2: expected 5 TAB-separated columns"));
  EXPECT_THAT(error_of("d.iob2", "1\tJohn\tB-PER\t-\t-\n3\tSmith\tI-PER\t-\t-\n"),
              HasSubstr("d.iob2:2: token id '3', expected 2"));
  EXPECT_THROW(read_ner_file("/nonexistent/x.iob2"), NerError);
}

TEST(NerEval, ReadsTheUniversalNerPudTestFile) {
  const std::string dir = test::shared_data_dir();
  if (dir.empty()) GTEST_SKIP() << "shared data absent";
  const auto gold = read_ner_file(dir + "/uner-english-pud/en_pud-ud-test.iob2");
  EXPECT_EQ(gold.size(), 1000u);
  const NerEvaluation e = evaluate_ner(gold, gold);
  // README-nlp.md says 1,076, but its own counts by type (and en_pud-ud-test.stats) add up to
  // 1,075.
  expect_score(e.overall, 1075, 1075, 1075);
  ASSERT_EQ(e.by_type.size(), 3u);
  expect_score(e.by_type.at("LOC"), 426, 426, 426);
  expect_score(e.by_type.at("PER"), 414, 414, 414);
  expect_score(e.by_type.at("ORG"), 235, 235, 235);
}

TEST(NerEval, ReadsWikigold) {
  const std::string dir = test::shared_data_dir();
  if (dir.empty()) GTEST_SKIP() << "shared data absent";
  const auto gold = read_ner_file(dir + "/wikigold/wikigold.conll.txt");
  EXPECT_EQ(gold.size(), 1696u);
  const NerEvaluation e = evaluate_ner(gold, gold);
  expect_score(e.overall, 3558, 3558, 3558);
  expect_score(e.by_type.at("MISC"), 712, 712, 712);
}

}  // namespace
}  // namespace parley
