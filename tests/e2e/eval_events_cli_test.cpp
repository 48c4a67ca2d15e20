// The event evaluations as a user runs them: eval petrarch on PETRARCH's
// validation records and eval plover on the PLOVER gold-standard records
// (from ../shared/data; skipped, saying so, when it is absent). They check
// what a user reads, never the accuracy itself, which the coder changes.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "e2e/cli.h"
#include "unit/test_support.h"

namespace parley {
namespace {

std::string petrarch_records() {
  const std::string f = test::shared_data_dir() + "/petrarch2/petrarch2/data/text/PETR.UnitTest.records.xml";
  return test::shared_data_dir().empty() || !std::filesystem::exists(f) ? "" : f;
}

std::string plover_records() {
  const std::string f = test::shared_data_dir() + "/plover/PLOVER_GSR_CAMEO.json";
  return test::shared_data_dir().empty() || !std::filesystem::exists(f) ? "" : f;
}

void expect_fraction(const nlohmann::json& j, const char* key) {
  ASSERT_TRUE(j.contains(key)) << j.dump();
  EXPECT_GE(j[key].get<double>(), 0.0) << key;
  EXPECT_LE(j[key].get<double>(), 1.0) << key;
}

TEST(EvalEventsCli, PetrarchJsonCountsEveryRecord) {
  const std::string file = petrarch_records();
  if (file.empty()) GTEST_SKIP() << "no PETRARCH records under " << test::source_dir() << "/../shared/data";
  const auto r = test::parley("eval petrarch --json '" + file + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["records"], 190);  // every <Sentence> of the file
  EXPECT_LE(j["correct"].get<int>(), 190);
  for (const char* key : {"accuracy", "precision", "recall", "f1"}) expect_fraction(j, key);
  EXPECT_EQ(j.size(), 6u) << j.dump();
}

TEST(EvalEventsCli, PetrarchPartsSplitTheRecordsAndFailuresAreListed) {
  const std::string file = petrarch_records();
  if (file.empty()) GTEST_SKIP() << "no PETRARCH records under " << test::source_dir() << "/../shared/data";
  int total = 0;
  for (int k = 0; k < 3; ++k) {
    const auto r = test::parley("eval petrarch --json --part " + std::to_string(k) + "/3 '" + file + "'");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    total += nlohmann::json::parse(r.out)["records"].get<int>();
  }
  EXPECT_EQ(total, 190);
  const auto text = test::parley("eval petrarch --failures 2 '" + file + "'");
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("records=190"), std::string::npos) << text.out;
  if (text.out.find("failures (") != std::string::npos) {
    EXPECT_NE(text.out.find("\n  text: "), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("\n  gold: "), std::string::npos) << text.out;
  }
}

TEST(EvalEventsCli, PetrarchReportsMalformedRecordsWithTheirLine) {
  const std::string bad = test::temp_path("bad.xml");
  std::ofstream(bad) << "<Sentences>\n<Sentence id=\"A\" date=\"19950101\">\n<Text>Arnor\n</Sentences>\n";
  const auto r = test::parley("eval petrarch '" + bad + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(bad + ":4: </Sentences> inside <Text>"), std::string::npos) << r.err;
}

TEST(EvalEventsCli, EmptyOrForeignRecordFilesAreErrorsNotZeroScores) {
  const std::string empty_xml = test::temp_path("empty.xml"), empty_json = test::temp_path("empty.json"),
                    numeric_id = test::temp_path("numeric.json");
  std::ofstream(empty_xml) << "";
  std::ofstream(empty_json) << "[]";
  std::ofstream(numeric_id) << R"([{"id": 5, "event": "AGREE", "text": "Russia agreed."}])";
  const auto xml = test::parley("eval petrarch '" + empty_xml + "' --dictionaries .");
  EXPECT_EQ(xml.exit_code, 1);
  EXPECT_NE(xml.err.find(empty_xml + ": no <Sentence> records"), std::string::npos) << xml.err;
  const auto json = test::parley("eval plover '" + empty_json + "'");
  EXPECT_EQ(json.exit_code, 1);
  EXPECT_NE(json.err.find(empty_json + ": want a JSON array of records"), std::string::npos) << json.err;
  const auto id = test::parley("eval plover '" + numeric_id + "'");
  EXPECT_EQ(id.exit_code, 1);
  EXPECT_NE(id.err.find(numeric_id + ": record 1: want an object with id and event"), std::string::npos) << id.err;
}

TEST(EvalEventsCli, PloverJsonHasTheAccuraciesOverAllAndOverTheCodedRecords) {
  const std::string file = plover_records();
  if (file.empty()) GTEST_SKIP() << "no PLOVER records under " << test::source_dir() << "/../shared/data";
  const auto r = test::parley("eval plover --json '" + file + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["records"], 215);  // 216 records less the DOCUMENT one
  for (const char* key : {"type_accuracy", "type_source_accuracy", "source_country_accuracy", "target_country_accuracy",
                          "source_country_accuracy_when_coded", "target_country_accuracy_when_coded",
                          "source_country_among_actors", "target_country_among_actors"})
    expect_fraction(j, key);
  // Resolution finds at least what the events carry.
  EXPECT_GE(j["source_country_among_actors"].get<double>(), j["source_country_accuracy"].get<double>());
  // Over the records with an event: fewer records, the same rights.
  EXPECT_LE(j["records_coded"].get<int>(), 215);
  EXPECT_LE(j["source_country_when_coded"]["of"].get<int>(), j["records_coded"].get<int>());
  EXPECT_LE(j["target_country_when_coded"]["right"].get<int>(), j["target_country_when_coded"]["of"].get<int>());
  const auto text = test::parley("eval plover --failures 1 '" + file + "'");
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("records=215"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("when coded (records with an event: "), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("among the resolved actors (events or not)"), std::string::npos) << text.out;
}

}  // namespace
}  // namespace parley
