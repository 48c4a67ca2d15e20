#include "nlp/name_gazetteer.h"

#include <gtest/gtest.h>

#include <fstream>

#include "nlp/feature_hash.h"
#include "test_support.h"
#include "util/text_file.h"

namespace parley {
namespace {

uint64_t atom(const char* s) { return features::atom(std::string_view(s)); }

const NameGazetteer& shipped() {
  static const NameGazetteer names = NameGazetteer::load(test::data_dir() + "/nlp/wordnet_names.tsv");
  return names;
}

// The converter's output loads, and types the names that the tagger confused.
TEST(NameGazetteer, ShippedWordNetNamesLoad) {
  EXPECT_GT(shipped().size(), 10000u);
  EXPECT_EQ(shipped().type_of("Danube"), "LOC");
  EXPECT_EQ(shipped().type_of("Sahara"), "LOC");
  EXPECT_EQ(shipped().type_of("Caucasus"), "LOC");
  EXPECT_EQ(shipped().type_of("Albert Einstein"), "PER");
  EXPECT_EQ(shipped().type_of("Clinton"), "PER");
  EXPECT_EQ(shipped().type_of("Harvard University"), "ORG");
  EXPECT_EQ(shipped().type_of("capital of Austria"), "");  // not capitalized: left out
}

TEST(NameGazetteer, TheLongestNameCoveringAWordGivesItsAtom) {
  const auto a = shipped().atoms({"Boats", "sail", "the", "Danube", "past", "Albert", "Einstein", "'s", "house", "."});
  const std::vector<uint64_t> want = {0, 0, 0, atom("B-LOC"), 0, atom("B-PER"), atom("I-PER"), 0, 0, 0};
  EXPECT_EQ(a, want);
  // Case counts: "danube" is not the river's name.
  EXPECT_EQ(shipped().atoms({"danube"}), std::vector<uint64_t>{0});
}

TEST(NameGazetteer, MatchesAcrossTheTokenizersSplits) {
  NameGazetteer g;
  g.add("Washington D.C.", "LOC");
  g.add("Washington", "PER");
  g.add("Arab-Israeli War", "ORG");  // any type will do for the test
  EXPECT_EQ(g.atoms({"in", "Washington", "D.C.", "today"}),
            (std::vector<uint64_t>{0, atom("B-LOC"), atom("I-LOC"), 0}));
  EXPECT_EQ(g.atoms({"Washington", "said"}), (std::vector<uint64_t>{atom("B-PER"), 0}));
  EXPECT_EQ(g.atoms({"Arab", "-", "Israeli", "War"}),
            (std::vector<uint64_t>{atom("B-ORG"), atom("I-ORG"), atom("I-ORG"), atom("I-ORG")}));
}

TEST(NameGazetteer, ABadLineIsADataErrorWithFileAndLine) {
  const std::string path = test::temp_path("names.tsv");
  {
    std::ofstream out(path);
    out << "# header\nDanube\tLOC\nSahara\tDESERT\n";
  }
  try {
    NameGazetteer::load(path);
    FAIL() << "no DataError";
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find(path + ":3:"), std::string::npos) << e.what();
  }
  {
    std::ofstream out(path);
    out << "Danube\n";
  }
  EXPECT_THROW(NameGazetteer::load(path), DataError);
}

}  // namespace
}  // namespace parley
