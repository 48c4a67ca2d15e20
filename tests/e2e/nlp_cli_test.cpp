// The NLP commands as a user runs them: parse, eval ud, eval ner, train.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "e2e/cli.h"
#include "nlp/nlp_model.h"
#include "unit/test_support.h"

namespace parley {
namespace {

bool have_model() { return std::filesystem::exists(default_model_path()); }

TEST(NlpCli, ParseWritesUdpipeStyleConllu) {
  if (!have_model()) GTEST_SKIP() << "no shipped model at " << default_model_path();
  const auto r = test::parley("parse", "The minister didn't meet the envoy.\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("# sent_id = 1\n# text = The minister didn't meet the envoy.\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("3-4\tdidn't\t_"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\tn't\tnot\tPART\tRB\t"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\tenvoy\tenvoy\tNOUN\tNN\t_\t5\tobj\t_\tSpaceAfter=No\n"), std::string::npos) << r.out;
  const auto p = test::parley("parse", "The soldiers' families waited.\n");
  EXPECT_NE(p.out.find("2-3\tsoldiers'\t_"), std::string::npos) << p.out;
}

TEST(NlpCli, ParseReadsConlluAndRejectsMalformedInput) {
  if (!have_model()) GTEST_SKIP() << "no shipped model at " << default_model_path();
  const auto r = test::parley("parse --input conllu tests/fixtures/tiny.conllu");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("2\tvetoed\tveto\tVERB\tVBD\t_\t0\troot"), std::string::npos) << r.out;
  const std::string bad = test::temp_path("bad.conllu");
  std::ofstream(bad) << "1\tword\tword\tNOUN\n\n";
  const auto b = test::parley("parse --input conllu '" + bad + "'");
  EXPECT_EQ(b.exit_code, 1);
  EXPECT_NE(b.err.find(bad + ":1:"), std::string::npos) << b.err;
}

TEST(NlpCli, ParseRefusesBinaryAndRepairsBrokenUtf8) {
  if (!have_model()) GTEST_SKIP() << "no shipped model at " << default_model_path();
  const std::string binary = test::temp_path("noise.bin");
  std::ofstream(binary, std::ios::binary) << std::string("\x7f" "ELF\0\0\x01\x02\0\0\0", 11) << std::string(200, '\0');
  const auto b = test::parley("parse '" + binary + "'");
  EXPECT_EQ(b.exit_code, 1);
  EXPECT_NE(b.err.find(binary + ": binary data, not text"), std::string::npos) << b.err;
  const auto r = test::parley("parse", "The envoy \xff met Lavrov. He left.\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("1 invalid UTF-8 sequences replaced with U+FFFD"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("# text = The envoy \uFFFD met Lavrov."), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("# text = He left."), std::string::npos) << r.out;
}

TEST(NlpCli, EvalUdAndNerPrintTheirMetrics) {
  if (!have_model()) GTEST_SKIP() << "no shipped model at " << default_model_path();
  const auto ud = test::parley("eval ud --gold tests/fixtures/tiny.conllu --json");
  ASSERT_EQ(ud.exit_code, 0) << ud.err;
  const auto j = nlohmann::json::parse(ud.out);
  for (const char* key : {"tokens", "sentences", "words", "upos", "xpos", "lemmas", "uas", "las"})
    EXPECT_TRUE(j.contains(key)) << key;
  EXPECT_EQ(j["tokens"].get<double>(), 100.0);
  EXPECT_GT(j["upos"].get<double>(), 80.0);
  const auto raw = test::parley("eval ud --gold tests/fixtures/tiny.conllu --raw --json");
  ASSERT_EQ(raw.exit_code, 0) << raw.err;
  EXPECT_EQ(nlohmann::json::parse(raw.out)["tokens"].get<double>(), 100.0);
  const auto ner = test::parley("eval ner --gold tests/fixtures/tiny.iob2 --json");
  ASSERT_EQ(ner.exit_code, 0) << ner.err;
  const auto n = nlohmann::json::parse(ner.out);
  for (const char* key : {"precision", "recall", "f1"}) EXPECT_TRUE(n.contains(key)) << key;
  EXPECT_GT(n["f1"].get<double>(), 50.0);
}

TEST(NlpCli, TrainMakesAModelThatParseUses) {
  const std::string model = test::temp_path("tiny.model");
  const auto t = test::parley("train --train tests/fixtures/tiny.conllu --out '" + model +
                              "' --tagger-epochs 2 --parser-epochs 2 --lemmatizer-epochs 2 --jackknife 0");
  ASSERT_EQ(t.exit_code, 0) << t.err;
  const auto p = test::parley("parse --model '" + model + "'", "Russia vetoed the measure.");
  ASSERT_EQ(p.exit_code, 0) << p.err;
  EXPECT_NE(p.out.find("\tvetoed\t"), std::string::npos) << p.out;
  const auto missing = test::parley("parse --model /nonexistent.model", "x");
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("/nonexistent.model: cannot open the model file"), std::string::npos) << missing.err;
}

}  // namespace
}  // namespace parley
