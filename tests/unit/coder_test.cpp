// Both event coders (the parse coder, parley's default, and the shallow coder
// of --coder shallow) on the constructions that news is made of.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "unit/test_support.h"

namespace parley {
namespace {

// "SOURCE>TARGET:CODE" for each event ("-" for no target).
std::vector<std::string> events(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& e : doc.events)
    out.push_back(e.source.actor.code + ">" + (e.target.present() ? e.target.actor.code : "-") + ":" + e.cameo);
  return out;
}

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

// Each test runs once with each coder.
class Coder : public ::testing::TestWithParam<std::string> {
 protected:
  Document process(const std::string& text, const std::string& published = "2017-05-10") const {
    return test::process_text(text, published,
                              GetParam() == "shallow" ? test::shallow_pipeline() : test::shipped_pipeline());
  }
};

TEST_P(Coder, SourceBeforeTheVerbTargetAfter) {
  const auto doc = process("Pompeo asked Lavrov to support the plan.", "2019-12-10");
  // An appeal (02): the parse coder composes it with what was asked, 022 "appeal for diplomatic cooperation".
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(events(doc)[0].substr(0, 16), "USAGOV>RUSGOV:02");
}

TEST_P(Coder, ADeedWithoutATarget) {
  const auto doc = process("Russia vetoed the measure.");
  EXPECT_THAT(events(doc), ElementsAre("RUS>-:129"));
  const auto& e = doc.events[0];
  EXPECT_EQ(e.root, "12");
  EXPECT_EQ(e.quad, 3);
  EXPECT_DOUBLE_EQ(e.goldstein, -5.0);
  EXPECT_EQ(doc.slice(e.verb), "vetoed");
  EXPECT_EQ(doc.slice(e.span), "Russia vetoed");
}

TEST_P(Coder, PassiveVoiceTurnsTheRolesAround) {
  const auto doc = process("The measure was vetoed by Russia.");
  EXPECT_THAT(events(doc), ElementsAre("RUS>-:129"));
}

TEST_P(Coder, CompoundActorsMeetEachOther) {
  const auto doc = process("Rex Tillerson and Sergei Lavrov met in Moscow on Wednesday.", "2017-04-13");
  EXPECT_THAT(events(doc), ElementsAre("USAGOV>RUSGOV:040", "RUSGOV>USAGOV:040"));
  EXPECT_EQ(doc.events[0].location, "Moscow");
  EXPECT_EQ(doc.events[0].date, (Date{2017, 4, 12}));
}

TEST_P(Coder, PossessiveNominal) {
  const auto doc = process("Trump\u2019s meeting with Lavrov was his first.", "2017-05-10");
  EXPECT_THAT(events(doc), ElementsAre("USAGOV>RUSGOV:040"));
}

TEST_P(Coder, InfinitiveTakesTheObjectOfTheVerbBefore) {
  const auto doc = process("The strike prompted Washington to launch missiles on a Syrian air base.");
  EXPECT_THAT(events(doc), Contains("USAGOV>SYR:194"));
}

TEST_P(Coder, NounsAreNotVerbs) {
  EXPECT_THAT(events(process("The attack on Syria shocked Russia.")), ::testing::Not(Contains("RUS>SYR:190")));
  EXPECT_THAT(events(process("In a White House press conference with Stoltenberg, Trump spoke.")),
              IsEmpty());
}

TEST_P(Coder, StatementsNeedAnAddressee) {
  EXPECT_THAT(events(process("Putin said Wednesday that U.S.-Russia relations have degraded.")), IsEmpty());
  EXPECT_THAT(events(process("Trump told Russia's top diplomat he wants better ties.")),
              Contains("USAGOV>RUSGOV:010"));
}

TEST_P(Coder, NegationAndModality) {
  const auto negated = process("Russia did not attack Ukraine.");
  ASSERT_FALSE(negated.events.empty());
  EXPECT_TRUE(negated.events[0].negated);
  const auto intended = process("China wants to meet Japan.");
  ASSERT_FALSE(intended.events.empty());
  EXPECT_EQ(intended.events.back().modality, Modality::Intended);
  const auto reported = process("\u201CRussia will attack Ukraine,\u201D the minister said.");
  ASSERT_FALSE(reported.events.empty());
  EXPECT_EQ(reported.events[0].modality, Modality::Reported);
}

TEST_P(Coder, FiringADirectorIsNoAttackButFiringMissilesIs) {
  EXPECT_THAT(events(process("Trump fired FBI Director James Comey.", "2017-05-10")), IsEmpty());
  EXPECT_THAT(events(process("The United States fired 59 cruise missiles at a Syrian air base.")),
              ElementsAre("USA>SYR:190"));
}

TEST_P(Coder, DiscardedSentencesAreNotCoded) {
  EXPECT_THAT(events(process("Brazil beat Germany to win the bronze medal.")), IsEmpty());
}

TEST_P(Coder, EveryEventPointsAtItsSentence) {
  const auto doc = process("Nothing here. Russia vetoed the measure. Nothing there.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].sentence, 1u);
  EXPECT_EQ(doc.slice(doc.sentences[1].span), "Russia vetoed the measure.");
}

INSTANTIATE_TEST_SUITE_P(BothCoders, Coder, ::testing::Values("parse", "shallow"));

}  // namespace
}  // namespace parley

namespace parley {
namespace {
TEST(CoderDates, WithoutAPublicationDateTheDateIsUnknownNeverToday) {
  Document doc;
  doc.raw = "Russia vetoed the measure on Wednesday.";
  test::shipped_pipeline().process(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_FALSE(doc.events[0].date);
}
}  // namespace
}  // namespace parley
