// The parse coder on what only a parse tells: clauses, complements and
// relative clauses. (tests/unit/coder_test.cpp runs what both coders share.)
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "unit/test_support.h"

namespace parley {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Not;

std::vector<std::string> codes(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& e : doc.events)
    out.push_back(e.source.actor.code + ">" + (e.target.present() ? e.target.actor.code : "-") + ":" + e.cameo);
  return out;
}

std::vector<std::string> events(const std::string& text, const std::string& published = "2017-05-10") {
  return codes(test::process_text(text, published));
}

// The events of one sentence coded as PLOVER codes them: with or without a target.
std::vector<std::string> events_any_target(const std::string& text, const std::string& published) {
  Document doc;
  doc.raw = text;
  doc.meta.published = Date::parse_iso(published);
  CodingOptions any_target;
  any_target.require_dyad = false;
  test::shipped_pipeline().process(doc, any_target);
  return codes(doc);
}

TEST(ParseCoder, AgreeingToMeetIsAnIntentToMeet) {
  EXPECT_THAT(events("Russia and China agreed to meet in Geneva."), ElementsAre("RUS>CHN:036", "CHN>RUS:036"));
}

TEST(ParseCoder, ThreateningToAttackIsAThreatOfForce) {
  EXPECT_THAT(events("Iran threatened to attack Israel."), ElementsAre("IRN>ISR:138"));
}

TEST(ParseCoder, AComplementTakesTheSubjectOfTheVerbItCompletes) {
  const auto doc = test::process_text("Germany wants to improve relations with France.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].source.actor.code, "DEU");
  EXPECT_EQ(doc.events[0].target.actor.code, "FRA");
  EXPECT_EQ(doc.events[0].modality, Modality::Intended);
}

TEST(ParseCoder, ARelativeClauseTakesTheNounItModifies) {
  EXPECT_THAT(events("Germany, which criticized France on Monday, stayed calm."), Contains("DEU>FRA:111"));
}

TEST(ParseCoder, EachClauseHasItsOwnParticipants) {
  // "accused" belongs to Poland, not to the speaker; the speaker's "said" has no addressee.
  EXPECT_THAT(events("Germany said Poland accused Russia of lying."), ElementsAre("POL>RUS:112"));
}

TEST(ParseCoder, ADemandIsAimedAtTheSubjectOfWhatIsDemanded) {
  EXPECT_THAT(events("Poland has demanded that Germany pay reparations for the war."), Contains("POL>DEU:100"));
}

TEST(ParseCoder, SayingWhatSomeoneMustDoIsADemand) {
  EXPECT_THAT(events("The United States declared on Tuesday that China must drop its barriers."),
              Contains("USA>CHN:100"));
}

TEST(ParseCoder, AVisitIsAimedAtTheCountryVisited) {
  const auto doc = test::process_text("Iraqi President Saddam Hussein arrived in Amman on Wednesday.", "2000-03-01");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].source.actor.country(), "IRQ");
  EXPECT_EQ(doc.events[0].target.actor.country(), "JOR");
  EXPECT_EQ(doc.events[0].location, "Amman");
}

TEST(ParseCoder, ForceUsedInAnotherCountryIsAimedAtIt) {
  const auto doc = test::process_text("Israeli warplanes bombed several villages in Lebanon on Sunday.");
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].source.actor.country(), "ISR");
  EXPECT_EQ(doc.events[0].target.actor.country(), "LBN");
}

TEST(ParseCoder, APlaceInTheSourcesOwnCountryIsNoTarget) {
  EXPECT_THAT(events("Iraqi troops bombed several villages in Iraq."), Not(Contains(::testing::HasSubstr(">IRQ:"))));
}

TEST(ParseCoder, APastTimeDropsOnlyItsOwnClause) {
  // data/events/discards.tsv: "WORLD WAR TWO" and "YEARS AGO" have the scope clause.
  EXPECT_THAT(events("Poland demanded an admission by Moscow that Soviet forces murdered Polish officers "
                     "during World War Two."),
              ElementsAre("POL>RUSGOV:100"));
  EXPECT_THAT(events("Two years ago, Poland demanded an admission by Moscow."), IsEmpty());
}

TEST(ParseCoder, TheOwnerOfTheObjectBeforeAnActorDeeperInIt) {
  EXPECT_THAT(events("South Korea has rejected North Korea's demand to end its alliance with Washington."),
              Contains(::testing::StartsWith("KOR>PRK:12")));
}

TEST(ParseCoder, ATargetThatIsTheSourceItselfLeavesTheEventWithoutOne) {
  EXPECT_THAT(events_any_target("Bosnian Serbs demanded a truce in east Bosnia.", "2000-01-01"),
              ElementsAre("BIH>-:1056"));
}

TEST(ParseCoder, AnActorModifyingACompoundModifiesTheNoun) {
  EXPECT_THAT(events("British aircraft using precision guided missiles killed 4 Iraqis in Basra.", "2003-04-01"),
              Contains(::testing::StartsWith("GBR>IRQ")));
}

TEST(ParseCoder, APatternNounMatchesItsPlural) {
  // verbs.txt: LIFT "* restriction" 081.
  EXPECT_THAT(events("Latvia lifted restrictions on the use of Russian.", "2000-01-01"), ElementsAre("LVA>RUS:081"));
}

TEST(ParseCoder, StrengtheningForcesIsIncreasingArmedForces) {
  // verbs_parley.txt: STRENGTHEN "* forces" 154; the place is the target.
  EXPECT_THAT(events("Israel has strengthened its forces in Lebanon.", "2000-01-01"), ElementsAre("ISR>LBN:154"));
  // An oblique of time is no target: not the Russians of "following the discovery of Russian-made rockets".
  EXPECT_THAT(events("Israel has strengthened its forces in Lebanon following the discovery of Russian-made rockets.",
                     "2000-01-01"),
              ElementsAre("ISR>LBN:154"));
}

TEST(ParseCoder, RenewingAndMountingAreWhatTheirObjectNames) {
  // verbs_parley.txt: RENEW "* &NEGOTIATION" 046 (a synset of verbs.txt); MOUNT "* invasion" 190.
  EXPECT_THAT(events("Israel and Lebanon renewed negotiations.", "2000-01-01"), ElementsAre("ISR>LBN:046", "LBN>ISR:046"));
  EXPECT_THAT(events("Israel mounted an invasion of Lebanon.", "2000-01-01"), ElementsAre("ISR>LBN:190"));
}

TEST(ParseCoder, APurposeClauseSharesTheSubject) {
  EXPECT_THAT(events("Palestinian youths resorted to throwing stones at Israeli soldiers.", "2000-01-01"),
              ElementsAre("PSE>ISRMIL:182"));
  EXPECT_THAT(events("Iran deployed troops to attack Iraq.", "2000-01-01"), Contains("IRN>IRQ:190"));
}

TEST(ParseCoder, AHungerStrikeIsAProtest) {
  // verbs_parley.txt: not the arrest of "staged ... in prison", nor a military strike.
  EXPECT_THAT(events_any_target("Algerian students staged a hunger strike in prison.", "2000-01-01"),
              ElementsAre("DZAEDU>-:142"));
}

TEST(ParseCoder, AComplaintIsAimedAtWhatItIsAbout) {
  EXPECT_THAT(events("Lebanon complained to the United Nations over the Israeli air raids.", "2000-01-01"),
              ElementsAre("LBN>ISR:114"));
}

TEST(ParseCoder, AThreatIsAimedAtWhomItsConditionAsksToAct) {
  EXPECT_THAT(events("Iran threatened to launch a new offensive unless Baghdad accepted its conditions.", "2000-01-01"),
              ElementsAre("IRN>IRQGOV:138"));
}

TEST(ParseCoder, AgreeingToWhatIsNoEventIsAnIntentNotSpecified) {
  EXPECT_THAT(events("Jordan and Britain have agreed to undertake joint exercises."),
              ElementsAre("JOR>GBR:030", "GBR>JOR:030"));
}

TEST(ParseCoder, CondemningADeedTargetsItsAgent) {
  EXPECT_THAT(events("France condemned the attack by Syrian soldiers."),
              Contains(::testing::StartsWith("FRA>SYRMIL:")));
}

TEST(ParseCoder, WantingSomeoneToActIsAnAppealToThem) {
  EXPECT_THAT(events("Beijing also wants Trump to eliminate the tariffs.", "2019-12-10"),
              ElementsAre("CHNGOV>USAGOV:020"));
}

TEST(ParseCoder, ThePassiveParticipleOfANounPhrase) {
  EXPECT_THAT(events("The resolution, vetoed by Russia on Tuesday, failed."), Contains("RUS>-:129"));
}

TEST(ParseCoder, EventsRecordTheirRule) {
  const auto doc = test::process_text("Russia vetoed the measure.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_THAT(doc.events[0].rule, ::testing::StartsWith("parse: verb \"veto\""));
}

TEST(ParseCoder, WordsOfAnotherClauseDoNotRefineTheCode) {
  // "attack" is the object of another clause, not what France condemned... the
  // code of "condemned" comes from its own phrase.
  EXPECT_THAT(events("France condemned Syria after the attack."), Not(Contains("FRA>SYR:190")));
}

}  // namespace
}  // namespace parley
