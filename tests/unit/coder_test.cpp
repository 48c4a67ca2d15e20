// The shallow coder on the constructions that news is made of.
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

TEST(Coder, SourceBeforeTheVerbTargetAfter) {
  const auto doc = test::process_text("Pompeo asked Lavrov to support the plan.", "2019-12-10");
  EXPECT_THAT(events(doc), Contains("USAGOV>RUSGOV:020"));
}

TEST(Coder, ADeedWithoutATarget) {
  const auto doc = test::process_text("Russia vetoed the measure.");
  EXPECT_THAT(events(doc), ElementsAre("RUS>-:129"));
  const auto& e = doc.events[0];
  EXPECT_EQ(e.root, "12");
  EXPECT_EQ(e.quad, 3);
  EXPECT_DOUBLE_EQ(e.goldstein, -5.0);
  EXPECT_EQ(doc.slice(e.verb), "vetoed");
  EXPECT_EQ(doc.slice(e.span), "Russia vetoed");
}

TEST(Coder, PassiveVoiceTurnsTheRolesAround) {
  const auto doc = test::process_text("The measure was vetoed by Russia.");
  EXPECT_THAT(events(doc), ElementsAre("RUS>-:129"));
}

TEST(Coder, CompoundActorsMeetEachOther) {
  const auto doc = test::process_text("Rex Tillerson and Sergei Lavrov met in Moscow on Wednesday.", "2017-04-13");
  EXPECT_THAT(events(doc), ElementsAre("USAGOV>RUSGOV:040", "RUSGOV>USAGOV:040"));
  EXPECT_EQ(doc.events[0].location, "Moscow");
  EXPECT_EQ(doc.events[0].date, (Date{2017, 4, 12}));
}

TEST(Coder, PossessiveNominal) {
  const auto doc = test::process_text("Trump\u2019s meeting with Lavrov was his first.", "2017-05-10");
  EXPECT_THAT(events(doc), ElementsAre("USAGOV>RUSGOV:040"));
}

TEST(Coder, InfinitiveTakesTheObjectOfTheVerbBefore) {
  const auto doc = test::process_text("The strike prompted Washington to launch missiles on a Syrian air base.");
  EXPECT_THAT(events(doc), Contains("USAGOV>SYR:194"));
}

TEST(Coder, NounsAreNotVerbs) {
  EXPECT_THAT(events(test::process_text("The attack on Syria shocked Russia.")), ::testing::Not(Contains("RUS>SYR:190")));
  EXPECT_THAT(events(test::process_text("In a White House press conference with Stoltenberg, Trump spoke.")),
              IsEmpty());
}

TEST(Coder, StatementsNeedAnAddressee) {
  EXPECT_THAT(events(test::process_text("Putin said Wednesday that U.S.-Russia relations have degraded.")), IsEmpty());
  EXPECT_THAT(events(test::process_text("Trump told Russia's top diplomat he wants better ties.")),
              Contains("USAGOV>RUSGOV:010"));
}

TEST(Coder, NegationAndModality) {
  const auto negated = test::process_text("Russia did not attack Ukraine.");
  ASSERT_FALSE(negated.events.empty());
  EXPECT_TRUE(negated.events[0].negated);
  const auto intended = test::process_text("China wants to meet Japan.");
  ASSERT_FALSE(intended.events.empty());
  EXPECT_EQ(intended.events.back().modality, Modality::Intended);
  const auto reported = test::process_text("\u201CRussia will attack Ukraine,\u201D the minister said.");
  ASSERT_FALSE(reported.events.empty());
  EXPECT_EQ(reported.events[0].modality, Modality::Reported);
}

TEST(Coder, FiringADirectorIsNoAttackButFiringMissilesIs) {
  EXPECT_THAT(events(test::process_text("Trump fired FBI Director James Comey.", "2017-05-10")), IsEmpty());
  EXPECT_THAT(events(test::process_text("The United States fired 59 cruise missiles at a Syrian air base.")),
              ElementsAre("USA>SYR:190"));
}

TEST(Coder, DiscardedSentencesAreNotCoded) {
  EXPECT_THAT(events(test::process_text("Brazil beat Germany to win the bronze medal.")), IsEmpty());
}

TEST(Coder, EveryEventPointsAtItsSentence) {
  const auto doc = test::process_text("Nothing here. Russia vetoed the measure. Nothing there.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].sentence, 1u);
  EXPECT_EQ(doc.slice(doc.sentences[1].span), "Russia vetoed the measure.");
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {
TEST(Coder, WithoutAPublicationDateTheDateIsUnknownNeverToday) {
  Document doc;
  doc.raw = "Russia vetoed the measure on Wednesday.";
  test::shipped_pipeline().process(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_FALSE(doc.events[0].date);
}
}  // namespace
}  // namespace parley
