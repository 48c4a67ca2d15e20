// The corpus-wide actor knowledge base: what one document's titles taught codes
// a later document's bare name, within a window of days, never against a
// dictionary's dated codes.
#include "actors/learned_facts.h"

#include <gtest/gtest.h>

#include "parley/store.h"
#include "pipeline/knowledge.h"
#include "unit/test_support.h"

namespace parley {
namespace {

const ActorDictionary& dictionary() { return test::shipped_pipeline().knowledge().actors; }

Document processed(const std::string& text, const std::string& published, const LearnedFacts* learned) {
  Document doc;
  doc.raw = text;
  doc.meta.published = Date::parse_iso(published);
  const Pipeline& p = test::shipped_pipeline();
  p.process(doc, p.knowledge().coding, nullptr, learned);
  return doc;
}

const Mention* find(const Document& doc, std::string_view text) {
  for (const auto& m : doc.mentions)
    if (doc.slice(m.span) == text) return &m;
  return nullptr;
}

// The code of the mention with these words; "none" when there is no such mention.
std::string code_of(const Document& doc, std::string_view text) {
  const Mention* m = find(doc, text);
  return m ? m->actor.code : "none";
}

constexpr const char* kTeacher = "Russian Foreign Minister Sergey Zlotnikov arrived in Ankara.";

class LearnedFactsTest : public ::testing::Test {
 protected:
  void SetUp() override { facts_.add_document(processed(kTeacher, "2017-05-10", nullptr)); }
  LearnedFacts facts_{dictionary()};
};

TEST_F(LearnedFactsTest, AFactCodesALaterDocumentsBareSurname) {
  ASSERT_EQ(facts_.size(), 1u);
  const Document later = processed("Zlotnikov said Moscow would respond.", "2017-09-01", &facts_);
  const Mention* m = find(later, "Zlotnikov");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->actor.code, "RUSGOV");
  EXPECT_EQ(m->actor.name, "Sergey Zlotnikov");
  EXPECT_EQ(m->actor.provenance.rfind("learned 2017-05-10 from doc ", 0), 0u) << m->actor.provenance;
  EXPECT_NE(m->actor.provenance.find(kTeacher), std::string::npos);  // the sentence that taught it
  EXPECT_EQ(code_of(processed("Sergey Zlotnikov and Mr. Zlotnikov spoke.", "2017-04-01", &facts_),
                    "Sergey Zlotnikov"),
            "RUSGOV");
}

TEST_F(LearnedFactsTest, NotOutsideTheWindowNorForUndatedDocuments) {
  EXPECT_EQ(code_of(processed("Zlotnikov said Moscow would respond.", "2018-06-01", &facts_), "Zlotnikov"), "none");
  EXPECT_EQ(code_of(processed("Zlotnikov said Moscow would respond.", "2016-04-01", &facts_), "Zlotnikov"), "none");
  Document undated;
  undated.raw = "Zlotnikov said Moscow would respond.";
  test::shipped_pipeline().process(undated, test::shipped_pipeline().knowledge().coding, nullptr, &facts_);
  EXPECT_EQ(code_of(undated, "Zlotnikov"), "none");
  LearnedFacts none(dictionary());
  none.add_document(processed(kTeacher, "", nullptr));  // an undated document teaches nothing
  EXPECT_EQ(none.size(), 0u);
}

TEST_F(LearnedFactsTest, TheNearestFactWinsAndTwoPeopleWithOneSurnameAreNoGuess) {
  facts_.add_document(processed("Russian businessman Sergey Zlotnikov bought a bank.", "2017-12-01", nullptr));
  EXPECT_EQ(code_of(processed("Zlotnikov spoke.", "2017-06-01", &facts_), "Zlotnikov"), "RUSGOV");
  EXPECT_EQ(code_of(processed("Zlotnikov spoke.", "2018-01-01", &facts_), "Zlotnikov"), "RUSBUS");
  facts_.add_document(processed("Ukrainian Foreign Minister Olena Zlotnikov arrived.", "2017-06-01", nullptr));
  EXPECT_EQ(code_of(processed("Zlotnikov spoke.", "2017-06-02", &facts_), "Zlotnikov"), "none");
  EXPECT_EQ(code_of(processed("Olena Zlotnikov spoke.", "2017-06-02", &facts_), "Olena Zlotnikov"), "UKRGOV");
}

TEST_F(LearnedFactsTest, ATitleInTheDocumentItselfWinsOverALearnedFact) {
  const Document doc = processed("Russian businessman Sergey Zlotnikov spoke.", "2017-06-01", &facts_);
  EXPECT_EQ(code_of(doc, "Russian businessman Sergey Zlotnikov"), "RUSBUS");
}

TEST(LearnedFacts, DatedDictionaryCodesWin) {
  LearnedFacts facts(dictionary());
  // The dictionary knows Tillerson: what a text says of him is not kept.
  facts.add_document(processed("Secretary of State Rex Tillerson flew to Moscow.", "2018-12-01", nullptr));
  EXPECT_EQ(facts.size(), 0u);
  EXPECT_EQ(code_of(processed("Tillerson spoke.", "2017-06-01", &facts), "Tillerson"), "USAGOV");
  EXPECT_EQ(code_of(processed("Tillerson spoke.", "2019-01-15", &facts), "Tillerson"), "USAELI");
  // A surname alone is the dictionary's person in office before anyone a text taught.
  facts.add_document(processed("Kenyan Foreign Minister Tendai Mugabe arrived.", "2000-01-01", nullptr));
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(code_of(processed("President Mugabe spoke.", "2000-02-01", &facts), "President Mugabe"), "ZWEGOV");
}

}  // namespace
}  // namespace parley
