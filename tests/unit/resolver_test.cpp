// The actor resolver on sentences of the kinds news is made of.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "unit/test_support.h"

namespace parley {
namespace {

// "text=CODE" for every mention, in order.
std::vector<std::string> mentions(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& m : doc.mentions) out.push_back(std::string(doc.slice(m.span)) + "=" + m.actor.code);
  return out;
}

const Mention* find(const Document& doc, std::string_view text) {
  for (const auto& m : doc.mentions)
    if (doc.slice(m.span) == text) return &m;
  return nullptr;
}

using ::testing::Contains;

TEST(Resolver, CountriesAdjectivesAndMetonyms) {
  const auto doc = test::process_text("Russia and the United States talked. The Kremlin denied it. "
                                      "The White House said Syrian forces moved.");
  const auto m = mentions(doc);
  EXPECT_THAT(m, Contains("Russia=RUS"));
  EXPECT_THAT(m, Contains("United States=USA"));
  EXPECT_THAT(m, Contains("Kremlin=RUSGOV"));
  EXPECT_THAT(m, Contains("White House=USAGOV"));
  EXPECT_THAT(m, Contains("Syrian forces=SYRMIL"));
}

TEST(Resolver, TitleTeachesAPersonsCodeForTheRestOfTheDocument) {
  const auto doc = test::process_text(
      "Russian Foreign Minister Sergey Zlotnikov arrived. Later, Zlotnikov said nothing.");
  const Mention* title = find(doc, "Russian Foreign Minister Sergey Zlotnikov");
  ASSERT_NE(title, nullptr);
  EXPECT_EQ(title->actor.code, "RUSGOV");
  EXPECT_EQ(title->actor.name, "Sergey Zlotnikov");
  EXPECT_EQ(title->origin, MentionOrigin::Title);
  EXPECT_NE(title->actor.provenance.find("Russian Foreign Minister Sergey Zlotnikov arrived"), std::string::npos);
  const Mention* later = find(doc, "Zlotnikov");
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(later->actor.code, "RUSGOV");
  EXPECT_EQ(later->origin, MentionOrigin::Alias);
}

TEST(Resolver, TitleWithComplementAndCommas) {
  const auto doc = test::process_text("U.S. Ambassador to the United Nations, Nikki Haley, called on Moscow.");
  const Mention* haley = find(doc, "U.S. Ambassador to the United Nations, Nikki Haley");
  ASSERT_NE(haley, nullptr) << ::testing::PrintToString(mentions(doc));
  EXPECT_EQ(haley->actor.code, "USAGOV");
  EXPECT_EQ(find(doc, "United Nations"), nullptr);  // inside the title, not an actor of its own
}

TEST(Resolver, AppositionTeachesTheName) {
  const auto doc = test::process_text(
      "The president met Oleg Dubrovin, the Russian ambassador to the U.S. who is at the center of it.");
  const Mention* m = find(doc, "Oleg Dubrovin, the Russian ambassador to the U.S.");
  ASSERT_NE(m, nullptr) << ::testing::PrintToString(mentions(doc));
  EXPECT_EQ(m->actor.code, "RUSGOV");
  EXPECT_EQ(m->actor.name, "Oleg Dubrovin");
}

TEST(Resolver, NominalsAndReferenceToTheLastPersonOfThatCountry) {
  const auto doc = test::process_text(
      "Russian Foreign Minister Sergey Zlotnikov met officials. Russia's top diplomat smiled. "
      "The Russian diplomat scoffed.");
  const Mention* top = find(doc, "Russia's top diplomat");
  ASSERT_NE(top, nullptr) << ::testing::PrintToString(mentions(doc));
  EXPECT_EQ(top->actor.code, "RUSGOV");
  const Mention* back = find(doc, "Russian diplomat");
  ASSERT_NE(back, nullptr) << ::testing::PrintToString(mentions(doc));
  EXPECT_EQ(back->actor.name, "Sergey Zlotnikov");
  EXPECT_EQ(back->origin, MentionOrigin::Nominal);
}

TEST(Resolver, DatedDictionaryCodes) {
  // Tillerson was secretary of state from February 2017 to March 2018.
  const auto in_office = test::process_text("Rex Tillerson spoke.", "2017-06-01");
  const auto later = test::process_text("Rex Tillerson spoke.", "2020-06-01");
  ASSERT_FALSE(in_office.mentions.empty());
  ASSERT_FALSE(later.mentions.empty());
  EXPECT_EQ(in_office.mentions[0].actor.code, "USAGOV");
  EXPECT_NE(later.mentions[0].actor.code, "USAGOV");
}

TEST(Resolver, LowercaseWordsAreNotCountryNames) {
  const auto doc = test::process_text("They told us to turkey and chad.");
  EXPECT_TRUE(doc.mentions.empty()) << ::testing::PrintToString(mentions(doc));
}

TEST(Resolver, PlaceNameInsideALongerNameIsNotAnActor) {
  const auto doc = test::process_text("The Washington Post reported it.");
  EXPECT_EQ(find(doc, "Washington"), nullptr) << ::testing::PrintToString(mentions(doc));
}

}  // namespace
}  // namespace parley

namespace parley {
namespace {
TEST(Resolver, TitleWithoutPeriodsInTheCountryName) {
  const auto doc = test::process_text("US Ambassador to the United Nations, Nikki Haley, called on Moscow.");
  const Mention* haley = find(doc, "US Ambassador to the United Nations, Nikki Haley");
  ASSERT_NE(haley, nullptr) << ::testing::PrintToString(mentions(doc));
  EXPECT_EQ(haley->actor.code, "USAGOV");
}
}  // namespace
}  // namespace parley

namespace parley {
namespace {
TEST(Resolver, SentenceOpenersInsideQuotesAreNotNames) {
  const auto doc = test::process_text("\u201CIt would be wonderful,\u201D he said. \"I think so\", Trump said.");
  EXPECT_EQ(find(doc, "It"), nullptr) << ::testing::PrintToString(mentions(doc));
  EXPECT_EQ(find(doc, "I"), nullptr) << ::testing::PrintToString(mentions(doc));
  EXPECT_NE(find(doc, "Trump"), nullptr);
}
}  // namespace
}  // namespace parley
