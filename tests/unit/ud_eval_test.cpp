#include "eval/ud_eval.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include "unit/test_support.h"

namespace parley {
namespace {

using ::testing::HasSubstr;

// A document from sentences of lines "ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL MISC"
// (space-separated; DEPS is left out and written as _).
std::vector<ConlluSentence> doc(const std::vector<std::vector<std::string>>& sentences) {
  std::string text;
  for (const auto& lines : sentences) {
    for (const std::string& line : lines) {
      std::istringstream fields(line);
      std::string f[9];
      for (std::string& field : f) fields >> field;
      text += f[0] + '\t' + f[1] + '\t' + f[2] + '\t' + f[3] + '\t' + f[4] + '\t' + f[5] + '\t' +
              f[6] + '\t' + f[7] + "\t_\t" + f[8] + '\n';
    }
    text += '\n';
  }
  std::istringstream in(text);
  return read_conllu(in, "test");
}

// A one-sentence document from the official script's test notation: "a" is a
// word, "ab a b" a multiword token "ab" of words "a" and "b". Word 1 is the root.
std::vector<ConlluSentence> tokens(const std::vector<std::string>& notation) {
  ConlluSentence s;
  for (const std::string& token : notation) {
    std::istringstream parts(token);
    std::string form, word;
    parts >> form;
    std::vector<std::string> words;
    while (parts >> word) words.push_back(word);
    if (words.empty()) words.push_back(form);
    const int first = static_cast<int>(s.words.size()) + 1;
    if (words.size() > 1)
      s.multiwords.push_back({first, first + static_cast<int>(words.size()) - 1, form, ""});
    for (const std::string& w : words) {
      const int id = static_cast<int>(s.words.size()) + 1;
      s.words.push_back(
          {id, w, w, "X", "X", "", id == 1 ? 0 : 1, id == 1 ? "root" : "dep", "", ""});
    }
  }
  return {s};
}

const std::vector<std::string> kTheCatSat = {
    "1 The the DET DT Definite=Def|PronType=Art 2 det _", "2 cat cat NOUN NN Number=Sing 3 nsubj _",
    "3 sat sit VERB VBD Mood=Ind|Tense=Past|VerbForm=Fin 0 root SpaceAfter=No",
    "4 . . PUNCT . _ 3 punct _"};

void expect_score(const UdScore& s, long correct, long gold, long system) {
  EXPECT_EQ(s.correct, correct);
  EXPECT_EQ(s.gold_total, gold);
  EXPECT_EQ(s.system_total, system);
  EXPECT_DOUBLE_EQ(s.precision, system ? double(correct) / system : 0.0);
  EXPECT_DOUBLE_EQ(s.recall, gold ? double(correct) / gold : 0.0);
  EXPECT_DOUBLE_EQ(s.f1, gold + system ? 2.0 * correct / (gold + system) : 0.0);
}

TEST(UdEval, IdenticalTreesScoreOneHundred) {
  const auto gold = doc({kTheCatSat, kTheCatSat});
  const UdEvaluation e = evaluate_ud(gold, gold);
  for (const UdScore* s :
       {&e.tokens, &e.words, &e.upos, &e.xpos, &e.ufeats, &e.alltags, &e.lemmas, &e.uas, &e.las}) {
    expect_score(*s, 8, 8, 8);
    EXPECT_DOUBLE_EQ(s->f1, 1.0);
  }
  expect_score(e.sentences, 2, 2, 2);
}

TEST(UdEval, OneWrongHeadCostsAQuarterOfUasAndLas) {
  auto system = kTheCatSat;
  system[3] = "4 . . PUNCT . _ 2 punct _";  // attached to "cat", not "sat"
  const UdEvaluation e = evaluate_ud(doc({kTheCatSat}), doc({system}));
  expect_score(e.uas, 3, 4, 4);
  expect_score(e.las, 3, 4, 4);
  EXPECT_DOUBLE_EQ(e.uas.f1, 0.75);
  expect_score(e.upos, 4, 4, 4);
}

TEST(UdEval, OneWrongLabelCostsOnlyLasAndSubtypesDoNotCount) {
  auto system = kTheCatSat;
  system[1] = "2 cat cat NOUN NN Number=Sing 3 obj _";
  system[0] = "1 The the DET DT Definite=Def|PronType=Art 2 det:predet _";  // still "det"
  const UdEvaluation e = evaluate_ud(doc({kTheCatSat}), doc({system}));
  expect_score(e.uas, 4, 4, 4);
  expect_score(e.las, 3, 4, 4);
}

TEST(UdEval, ScoresTagsFeaturesAndLemmasAsTheScriptDoes) {
  auto gold = kTheCatSat;
  gold[1] = "2 cat _ NOUN NN Number=Sing|Typo=Yes 3 nsubj _";  // lemma "_": any lemma is right
  auto system = kTheCatSat;
  system[0] = "1 The the PRON DT Definite=Def|PronType=Art 2 det _";  // wrong UPOS
  system[1] = "2 cat kitty NOUN NN Number=Sing 3 nsubj _";            // Typo is not universal
  system[2] = "3 sat sat VERB VBN Mood=Ind|Tense=Past|VerbForm=Fin 0 root SpaceAfter=No";
  system[3] = "4 . . PUNCT . Number=Sing 3 punct _";
  const UdEvaluation e = evaluate_ud(doc({gold}), doc({system}));
  expect_score(e.upos, 3, 4, 4);
  expect_score(e.xpos, 3, 4, 4);     // VBN for VBD
  expect_score(e.ufeats, 3, 4, 4);   // the period's Number=Sing
  expect_score(e.alltags, 1, 4, 4);  // only "cat" has all three right
  expect_score(e.lemmas, 3, 4, 4);   // "sat" for "sit"
}

// A sentence built in code may say "_" where one read from a file says "".
TEST(UdEval, TakesUnderscoreAndEmptyAsTheSameAbsentValue) {
  const auto gold = tokens({"a", "b"});
  auto system = gold;
  for (ConlluWord& w : system[0].words) w.upos = w.xpos = w.feats = "_";
  auto bare = gold;
  for (ConlluWord& w : bare[0].words) w.upos = w.xpos = w.feats = "";
  const UdEvaluation e = evaluate_ud(bare, system);
  expect_score(e.alltags, 2, 2, 2);
}

// Gold "can" + "not", system "cannot": 3 of 5 gold and 3 of 4 system tokens match.
TEST(UdEval, ScoresTokensAsCharacterSpans) {
  const auto gold = doc({{"1 I I PRON PRP _ 4 nsubj _", "2 can can AUX MD _ 4 aux SpaceAfter=No",
                          "3 not not PART RB _ 4 advmod _",
                          "4 go go VERB VB _ 0 root SpaceAfter=No", "5 . . PUNCT . _ 4 punct _"}});
  const auto system =
      doc({{"1 I I PRON PRP _ 3 nsubj _", "2 cannot cannot AUX MD _ 3 aux _",
            "3 go go VERB VB _ 0 root SpaceAfter=No", "4 . . PUNCT . _ 3 punct _"}});
  const UdEvaluation e = evaluate_ud(gold, system);
  expect_score(e.tokens, 3, 5, 4);
  EXPECT_NEAR(e.tokens.f1, 2.0 / 3.0, 1e-12);
  expect_score(e.words, 3, 5, 4);
  expect_score(e.upos, 3, 5, 4);
  expect_score(e.uas, 3, 5, 4);  // I -> go, go = root, . -> go: heads aligned
  expect_score(e.sentences, 1, 1, 1);
}

// Gold [Hi .] [Bye .] [Ok .], system [Hi . Bye .] [Ok .]: one sentence of three matches.
TEST(UdEval, ScoresSentencesAsSpans) {
  const auto gold = doc({{"1 Hi hi INTJ UH _ 0 root SpaceAfter=No", "2 . . PUNCT . _ 1 punct _"},
                         {"1 Bye bye INTJ UH _ 0 root SpaceAfter=No", "2 . . PUNCT . _ 1 punct _"},
                         {"1 Ok ok INTJ UH _ 0 root SpaceAfter=No", "2 . . PUNCT . _ 1 punct _"}});
  const auto system =
      doc({{"1 Hi hi INTJ UH _ 0 root SpaceAfter=No", "2 . . PUNCT . _ 1 punct _",
            "3 Bye bye INTJ UH _ 1 parataxis SpaceAfter=No", "4 . . PUNCT . _ 3 punct _"},
           {"1 Ok ok INTJ UH _ 0 root SpaceAfter=No", "2 . . PUNCT . _ 1 punct _"}});
  const UdEvaluation e = evaluate_ud(gold, system);
  expect_score(e.sentences, 1, 3, 2);
  EXPECT_NEAR(e.sentences.f1, 0.4, 1e-12);
  expect_score(e.tokens, 6, 6, 6);
  expect_score(e.uas, 5, 6, 6);  // "Bye" is a root in gold, under "Hi" in the system
  expect_score(e.las, 5, 6, 6);
}

// Gold "don't" = do + n't; the system keeps "don't" as one word: the words of the
// multiword token align with nothing, the rest by their spans.
TEST(UdEval, AlignsWordsThroughMultiwordTokens) {
  const auto gold =
      doc({{"1 I I PRON PRP _ 4 nsubj _", "2-3 don't _ _ _ _ _ _ _", "2 do do AUX VBP _ 4 aux _",
            "3 n't not PART RB _ 4 advmod _", "4 know know VERB VB _ 0 root SpaceAfter=No",
            "5 . . PUNCT . _ 4 punct _"}});
  const auto system =
      doc({{"1 I I PRON PRP _ 3 nsubj _", "2 don't do AUX VBP _ 3 aux _",
            "3 know know VERB VB _ 0 root SpaceAfter=No", "4 . . PUNCT . _ 3 punct _"}});
  const UdEvaluation e = evaluate_ud(gold, system);
  expect_score(e.tokens, 4, 4, 4);
  expect_score(e.words, 3, 5, 4);
  EXPECT_NEAR(e.words.f1, 2.0 / 3.0, 1e-12);
  expect_score(e.uas, 3, 5, 4);
  expect_score(e.las, 3, 5, 4);
}

TEST(UdEval, ComparesMultiwordPartsWithoutCase) {
  const auto gold = tokens({"Don't Do n't", "go"});
  const auto system = tokens({"Don't do n't", "go"});
  const UdEvaluation e = evaluate_ud(gold, system);
  expect_score(e.words, 3, 3, 3);
  expect_score(e.uas, 3, 3, 3);
}

// The official script's own alignment tests (test_equal_with_multiword, test_alignment).
TEST(UdEval, AlignsAsTheOfficialScriptsTests) {
  const auto aligned = [](const std::vector<std::string>& gold,
                          const std::vector<std::string>& system) {
    return evaluate_ud(tokens(gold), tokens(system)).words.correct;
  };
  EXPECT_EQ(aligned({"abc a b c"}, {"a", "b", "c"}), 3);
  EXPECT_EQ(aligned({"a", "bc b c", "d"}, {"a", "b", "c", "d"}), 4);
  EXPECT_EQ(aligned({"abcd a b c d"}, {"ab a b", "cd c d"}), 4);
  EXPECT_EQ(aligned({"abc a b c", "de d e"}, {"a", "bcd b c d", "e"}), 5);
  EXPECT_EQ(aligned({"abcd"}, {"a", "b", "c", "d"}), 0);
  EXPECT_EQ(aligned({"abc", "d"}, {"a", "b", "c", "d"}), 1);
  EXPECT_EQ(aligned({"a", "bc", "d"}, {"a", "b", "c", "d"}), 2);
  EXPECT_EQ(aligned({"a", "bc b c", "d"}, {"a", "b", "cd"}), 2);
  EXPECT_EQ(aligned({"abc a BX c", "def d EX f"}, {"ab a b", "cd c d", "ef e f"}), 4);
  EXPECT_EQ(aligned({"ab a b", "cd bc d"}, {"a", "bc", "d"}), 2);
  EXPECT_EQ(aligned({"a", "bc b c", "d"}, {"ab AX BX", "cd CX a"}), 1);
}

TEST(UdEval, RefusesDifferentTextSayingWhere) {
  auto system = kTheCatSat;
  system[1] = "2 dog dog NOUN NN Number=Sing 3 nsubj _";
  try {
    evaluate_ud(doc({kTheCatSat, kTheCatSat}), doc({kTheCatSat, system}));
    FAIL() << "no error";
  } catch (const UdEvalError& e) {
    EXPECT_THAT(e.what(), HasSubstr("from character 13"));
    EXPECT_THAT(e.what(), HasSubstr("gold sentence 2, token 'cat', reads 'catsat.'"));
    EXPECT_THAT(e.what(), HasSubstr("system sentence 2, token 'dog', reads 'dogsat.'"));
  }
  EXPECT_THROW(evaluate_ud(tokens({"a", "b"}), tokens({"a"})), UdEvalError);
}

TEST(UdEval, ScoresTheEwtDevTreebankAgainstItself) {
  const std::string dir = test::shared_data_dir();
  if (dir.empty()) GTEST_SKIP() << "shared data absent";
  const std::string path = dir + "/ud-english-ewt/en_ewt-ud-dev.conllu";
  const UdEvaluation e = evaluate_ud_files(path, path);
  expect_score(e.sentences, 2001, 2001, 2001);
  expect_score(e.tokens, 24787, 24787, 24787);
  for (const UdScore* s :
       {&e.words, &e.upos, &e.xpos, &e.ufeats, &e.alltags, &e.lemmas, &e.uas, &e.las})
    expect_score(*s, 25147, 25147, 25147);
}

}  // namespace
}  // namespace parley
