// The seed corpus end to end, as a new user runs it: the main job, then the
// query commands. The events that the user's reports are about must be there,
// and the whole coded output is compared with a golden file.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "e2e/cli.h"
#include "unit/test_support.h"
#include "util/strings.h"

namespace parley {
namespace {

using nlohmann::json;

class SeedsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = test::temp_path("seeds.db");
    run_ = test::parley("run examples/seeds --manifest examples/seeds/manifest.jsonl --db '" + db_ + "'");
  }
  static std::vector<json> lines(const std::string& args) {
    const auto r = test::parley(args + " --db '" + db_ + "' --format jsonl");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::vector<json> out;
    for (std::string_view line : split(r.out, '\n'))
      if (!line.empty()) out.push_back(json::parse(line));
    return out;
  }
  static std::string country(const json& side) { return side.is_null() ? "" : side["country"].get<std::string>(); }
  static std::string name(const json& side) { return side.is_null() ? "" : side["name"].get<std::string>(); }

  static inline std::string db_;
  static inline test::CommandResult run_;
};

TEST_F(SeedsTest, TheMainJobStoresEveryReportAndPrintsItsEvents) {
  ASSERT_EQ(run_.exit_code, 0) << run_.err;
  EXPECT_NE(run_.out.find("read 5, skipped 0, stored 5, duplicates 0"), std::string::npos) << run_.out;
  EXPECT_NE(run_.out.find("Russia vetoed the measure"), std::string::npos) << run_.out;
}

TEST_F(SeedsTest, TrumpReceivesLavrov) {
  bool found = false;
  for (const auto& e : lines("events --dyad USA:RUS --root 04"))
    found |= name(e["source"]) == "Donald Trump" && name(e["target"]) == "Sergey Lavrov";
  EXPECT_TRUE(found);
}

TEST_F(SeedsTest, TheUsStrikesASyrianAirBase) {
  bool found = false;
  for (const auto& e : lines("events --source USA --target SYR")) {
    const std::string root = e["root"];
    found |= root == "18" || root == "19";
  }
  EXPECT_TRUE(found);
}

TEST_F(SeedsTest, RussiaVetoesAtTheSecurityCouncil) {
  bool found = false;
  for (const auto& e : lines("events --source RUS")) {
    const std::string root = e["root"];
    found |= (root == "12" || root == "16") && e["evidence"].get<std::string>().find("vetoed") != std::string::npos;
  }
  EXPECT_TRUE(found);
}

TEST_F(SeedsTest, PompeoAsksLavrovToBackGuaido) {
  bool found = false;
  for (const auto& e : lines("events --source Pompeo --target Lavrov")) {
    const std::string root = e["root"];
    found |= (root == "02" || root == "10") && country(e["source"]) == "USA" && country(e["target"]) == "RUS";
  }
  EXPECT_TRUE(found);
}

TEST_F(SeedsTest, LavrovsQuotes) {
  const auto quotes = lines("quotes --actor Lavrov");
  auto said = [&](const std::string& words) {
    for (const auto& q : quotes)
      if (q["quote"].get<std::string>().find(words) != std::string::npos) return name(q["speaker"]);
    return std::string("(no such quote)");
  };
  EXPECT_EQ(said("Was he fired?"), "Sergey Lavrov");
  EXPECT_EQ(said("It is useful to talk to each other"), "Sergey Lavrov");
}

TEST_F(SeedsTest, EventRecordsHaveTheFieldsOfTheDesign) {
  const auto events = lines("events --limit 1");
  ASSERT_EQ(events.size(), 1u);
  for (const char* key : {"id", "doc", "file", "sentence", "date", "source", "target", "cameo", "root", "plover",
                          "goldstein", "quad", "negated", "modality", "evidence", "span", "confidence"})
    EXPECT_TRUE(events[0].contains(key)) << key;
  for (const char* key : {"text", "code", "country", "name"}) EXPECT_TRUE(events[0]["source"].contains(key)) << key;
  EXPECT_NE(events[0]["file"].get<std::string>().find("examples/seeds/"), std::string::npos);
  const auto quotes = lines("quotes --limit 1");
  ASSERT_EQ(quotes.size(), 1u);
  for (const char* key : {"id", "doc", "file", "sentence", "speaker", "quote", "cue", "span"})
    EXPECT_TRUE(quotes[0].contains(key)) << key;
}

TEST_F(SeedsTest, EverySpanPointsAtItsEvidence) {
  for (const auto& e : lines("events")) {
    const auto doc = test::parley("docs " + e["doc"].get<std::string>() + " --text --db '" + db_ + "'");
    const int begin = e["span"][0], end = e["span"][1];
    ASSERT_LE(end, static_cast<int>(doc.out.size()));
    const std::string evidence = e["evidence"];
    EXPECT_NE(evidence.find(doc.out.substr(static_cast<size_t>(begin), static_cast<size_t>(end - begin))),
              std::string::npos);
  }
}

TEST_F(SeedsTest, RunningAgainStoresNothingTwice) {
  const auto again = test::parley("run examples/seeds --db '" + db_ + "' -q");
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("stored 0, duplicates 5"), std::string::npos) << again.out;
}

// Issue 6's people: each gets their country, and where the text gives their
// role ("Russian Foreign Minister Sergey Lavrov"), a fact learned from the text
// with that role's code and the sentence behind it.
TEST_F(SeedsTest, TheSeedPeopleGetTheirCountryAndTheRoleTheTextGives) {
  struct Person {
    const char* query;
    const char* name;
    const char* country;
    const char* learned;  // the code a title or apposition in the text gives; "" when none does
  };
  const Person people[] = {
      {"Lavrov", "Sergey Lavrov", "RUS", "RUSGOV"},        {"Tillerson", "Rex Tillerson", "USA", "USAGOV"},
      {"Haley", "Nikki Haley", "USA", "USAGOV"},           {"Putin", "Vladimir Putin", "RUS", "RUSGOV"},
      {"Peskov", "Dmitry Peskov", "RUS", ""},              {"Kislyak", "Sergey Kislyak", "RUS", "RUSGOV"},
      {"Safronkov", "Vladimir Safronkov", "RUS", ""},      {"Pompeo", "Mike Pompeo", "USA", "USAGOV"},
      {"Assad", "Bashar al-Assad", "SYR", "SYRGOV"},       {"Stoltenberg", "Jens Stoltenberg", "IGO", "IGOWSTNAT"},
      {"Mistura", "Staffan de Mistura", "IGO", ""},        {"Comey", "James Comey", "USA", "USACOP"},
      {"Guaido", "Juan Guaido", "VEN", ""},
  };
  for (const Person& p : people) {
    bool placed = false, learned = false;
    for (const auto& a : lines(std::string("actors --name ") + p.query)) {
      if (a["name"] != p.name) continue;
      placed |= a["country"] == p.country;
      for (const auto& f : a["facts"])
        learned |= f["code"] == p.learned && !f["evidence"].get<std::string>().empty() && !f["role"].get<std::string>().empty();
    }
    EXPECT_TRUE(placed) << p.name;
    if (*p.learned) {
      EXPECT_TRUE(learned) << p.name << " learned " << p.learned;
    }
  }
}

TEST_F(SeedsTest, ActorsByCodeShowAliasesDatesAndFacts) {
  const auto rows = lines("actors --code RUSGOV --name Lavrov");
  ASSERT_FALSE(rows.empty());
  const auto& lavrov = rows[0];
  EXPECT_EQ(lavrov["name"], "Sergey Lavrov");
  EXPECT_EQ(lavrov["from"], "2017-04-13");
  EXPECT_EQ(lavrov["to"], "2019-12-10");
  EXPECT_NE(std::find(lavrov["aliases"].begin(), lavrov["aliases"].end(), "Lavrov"), lavrov["aliases"].end());
  bool taught = false;
  for (const auto& f : lavrov["facts"]) taught |= f["text"] == "Russian Foreign Minister Sergey Lavrov" && f["date"] == "2017-05-10";
  EXPECT_TRUE(taught);
  for (const auto& a : lines("actors --actor Lavrov")) EXPECT_NE(a["name"].get<std::string>().find("Lavrov"), std::string::npos);
}

// The coded seeds, one line an event, compared with tests/golden/seeds.events.tsv.
// After a deliberate change to the coder, regenerate it with PARLEY_UPDATE_GOLDEN=1
// and review the diff like any other change.
TEST_F(SeedsTest, GoldenEvents) {
  std::string actual;
  for (const auto& e : lines("events")) {
    std::string file = e["file"];
    file = file.substr(file.find_last_of('/') + 1);
    actual += file + "\t" + std::to_string(e["sentence"].get<int>()) + "\t" +
              (e["date"].is_null() ? "?" : e["date"].get<std::string>()) + "\t" + e["source"]["code"].get<std::string>() +
              "\t" + (e["target"].is_null() ? "-" : e["target"]["code"].get<std::string>()) + "\t" +
              e["cameo"].get<std::string>() + "\t" + e["verb"].get<std::string>() + "\n";
  }
  const std::string path = test::source_dir() + "/tests/golden/seeds.events.tsv";
  if (std::getenv("PARLEY_UPDATE_GOLDEN")) {
    std::ofstream(path) << actual;
    GTEST_SKIP() << "golden file rewritten: " << path;
  }
  std::ifstream in(path);
  ASSERT_TRUE(in) << path;
  std::stringstream expected;
  expected << in.rdbuf();
  EXPECT_EQ(actual, expected.str());
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {

// The other coder and the events without a target, as a user asks for them.
TEST(SeedsCoders, TheShallowCoderAndEventsWithoutATarget) {
  auto count_events = [](const std::string& options) {
    const std::string db = test::temp_path("seeds-" + std::to_string(std::hash<std::string>{}(options)) + ".db");
    const auto run = test::parley("run examples/seeds --manifest examples/seeds/manifest.jsonl -q --db '" + db + "' " + options);
    EXPECT_EQ(run.exit_code, 0) << run.err;
    const auto events = test::parley("events --limit 0 --format jsonl --db '" + db + "'");
    return std::count(events.out.begin(), events.out.end(), '\n');
  };
  const auto parse = count_events("");
  const auto shallow = count_events("--coder shallow");
  const auto any = count_events("--any-target");
  EXPECT_GT(parse, 15);
  EXPECT_GT(shallow, 15);
  EXPECT_GT(any, parse);  // statements without an addressee ("Putin said ...") come in
  EXPECT_EQ(test::parley("run examples/seeds --coder deep --db x.db").exit_code, 2);
}

}  // namespace
}  // namespace parley
