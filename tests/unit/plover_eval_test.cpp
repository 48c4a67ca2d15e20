// Judging parley's events against a PLOVER gold record, and reading the records.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "eval/plover_eval.h"
#include "unit/test_support.h"
#include "util/text_file.h"

namespace parley {
namespace {

using ::testing::ElementsAre;

TEST(PloverEval, TypeSourceAndTargetAreJudgedApart) {
  PloverRecord gold{"R1", "AGREE", "text", std::nullopt, {"TUR", "GRC"}, {"CYP"}};
  const auto right = check_plover(gold, {{"CONSULT", "040", "USA", "CYP"}, {"AGREE", "030", "GRC", ""}});
  EXPECT_TRUE(right.type);
  EXPECT_TRUE(right.type_source);
  EXPECT_TRUE(right.source);
  EXPECT_TRUE(right.target);  // from the CONSULT event: countries are judged over all events
  EXPECT_TRUE(right.reasons.empty());
  const auto wrong = check_plover(gold, {{"AGREE", "030", "USA", "RUS"}});
  EXPECT_TRUE(wrong.type);
  EXPECT_FALSE(wrong.type_source);
  EXPECT_THAT(wrong.reasons, ElementsAre("wrong source of the AGREE event", "no event with a gold source country",
                                         "no event with a gold target country"));
  EXPECT_THAT(check_plover(gold, {}).reasons, ElementsAre("no event"));

  PloverScore s;
  s.add(gold, right, true);
  s.add({"R2", "FIGHT", "t", std::nullopt, {}, {}}, check_plover({"R2", "FIGHT", "t", std::nullopt, {}, {}}, {}), false);
  EXPECT_EQ(s.records, 2u);
  EXPECT_DOUBLE_EQ(s.type_accuracy(), 0.5);
  EXPECT_DOUBLE_EQ(s.type_source_accuracy(), 1.0);  // over the one record with gold source codes
  EXPECT_DOUBLE_EQ(s.target_accuracy(), 1.0);
}

TEST(PloverEval, CountriesWhenCodedLeaveOutTheRecordsWithoutEvents) {
  const PloverRecord a{"A", "AGREE", "t", std::nullopt, {"TUR"}, {"GRC"}};
  const PloverRecord b{"B", "FIGHT", "t", std::nullopt, {"SRB"}, {"BIH"}};
  const PloverRecord c{"C", "AGREE", "t", std::nullopt, {"ISR"}, {}};
  PloverScore s;
  s.add(a, check_plover(a, {{"AGREE", "030", "TUR", "GRC"}}), true);  // right on both sides
  s.add(b, check_plover(b, {}), false);                                // the coder found nothing
  s.add(c, check_plover(c, {{"AGREE", "030", "PSE", ""}}), true);      // coded, wrong source
  EXPECT_EQ(s.coded, 2u);
  EXPECT_DOUBLE_EQ(s.source_accuracy(), 1.0 / 3);  // all records: the uncoded one counts as wrong
  EXPECT_DOUBLE_EQ(s.target_accuracy(), 0.5);
  EXPECT_EQ(s.when_coded.with_source, 2u);
  EXPECT_EQ(s.when_coded.source, 1u);
  EXPECT_DOUBLE_EQ(s.source_accuracy_when_coded(), 0.5);
  EXPECT_EQ(s.when_coded.with_target, 1u);
  EXPECT_DOUBLE_EQ(s.target_accuracy_when_coded(), 1.0);
}

TEST(PloverEval, AmongTheActorsJudgesResolutionWithoutTheCoder) {
  const PloverRecord gold{"A", "DEMAND", "t", std::nullopt, {"POL"}, {"RUS"}};
  const auto both = check_actors(gold, {"RUS", "POL"});
  EXPECT_TRUE(both.source);
  EXPECT_TRUE(both.target);
  const auto one = check_actors(gold, {"POL", "DEU"});
  EXPECT_TRUE(one.source);
  EXPECT_FALSE(one.target);
  PloverScore s;
  s.among_actors.add(gold, both);
  s.among_actors.add(gold, one);
  s.among_actors.add({"B", "FIGHT", "t", std::nullopt, {}, {"IRQ"}}, check_actors(gold, {}));
  EXPECT_DOUBLE_EQ(s.source_among_actors(), 1.0);  // two records name a gold source
  EXPECT_DOUBLE_EQ(s.target_among_actors(), 1.0 / 3);
}

TEST(PloverEval, AFederationMembersCodeCountsForTheMemberToo) {
  const std::unordered_set<std::string> members{"SCGSRB", "USRAZE"};
  EXPECT_EQ(member_country("SCGSRBMIL", members), "SRB");
  EXPECT_EQ(member_country("SCGSRB", members), "SRB");
  EXPECT_EQ(member_country("IGOBGD", members), "");  // Bangladeshi peacekeepers: an IGO's, not Bangladesh's
  EXPECT_EQ(member_country("SRB", members), "");
  const PloverRecord gold{"R", "REJECT", "t", std::nullopt, {"SRB"}, {"AUS"}};
  const auto c = check_plover(gold, {{"REJECT", "120", "SCG", "AUS", "SRB", ""}});
  EXPECT_TRUE(c.source);
  EXPECT_TRUE(c.type_source);
  EXPECT_FALSE(check_plover(gold, {{"REJECT", "120", "SCG", "AUS"}}).source);  // the federation alone is not Serbia
}

TEST(PloverEval, TypesOfPlover2021StandForThoseOfTheGoldRecords) {
  EXPECT_THAT(plover_05_types({"REQUEST", "100", "", ""}), ElementsAre("DEMAND"));
  EXPECT_THAT(plover_05_types({"ACCUSE", "090", "", ""}), ElementsAre("INVESTIGATE"));
  EXPECT_THAT(plover_05_types({"ACCUSE", "111", "", ""}), ElementsAre("DISAPPROVE"));
  EXPECT_THAT(plover_05_types({"ASSAULT", "190", "", ""}), ElementsAre("FIGHT"));
  EXPECT_THAT(plover_05_types({"ASSAULT", "181", "", ""}), ElementsAre("ASSAULT"));
  EXPECT_THAT(plover_05_types({"CONCEDE", "083", "", ""}), ElementsAre("CONCEDE", "RETREAT"));
  EXPECT_THAT(plover_05_types({"AGREE", "036", "", ""}), ElementsAre("AGREE"));
}

TEST(PloverEval, ReadsRecordsSkippingDocumentation) {
  const std::string path = test::temp_path("gsr.json");
  std::ofstream(path) << R"([{"id": "D-1", "event": "DOCUMENT"},
    {"id": "A-1", "event": "AGREE", "date": "2000-01-01", "text": "Turkey agreed.",
     "source": [{"actorText": "Turkish", "code": "TURGOV", "sector": "GOV"}], "target": "diplomatic"}])";
  const auto records = load_plover_records(path);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].id, "A-1");
  EXPECT_EQ(records[0].date->iso(), "2000-01-01");
  EXPECT_THAT(records[0].source_countries, ElementsAre("TUR"));
  EXPECT_TRUE(records[0].target_countries.empty());
  std::ofstream(path) << "[{\"id\": 3";
  EXPECT_THROW(load_plover_records(path), DataError);
}

}  // namespace
}  // namespace parley
