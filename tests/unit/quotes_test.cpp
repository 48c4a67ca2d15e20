#include <gtest/gtest.h>

#include "unit/test_support.h"

namespace parley {
namespace {

struct Q {
  std::string speaker, quote, cue;
};
std::vector<Q> quotes(const Document& doc) {
  std::vector<Q> out;
  for (const auto& q : doc.quotes) out.push_back({q.speaker.actor.name, std::string(doc.slice(q.span)), q.cue});
  return out;
}

TEST(Quotes, SpeakerAfterTheQuote) {
  const auto q = quotes(test::process_text("\u201CIt is useful to talk,\u201D Lavrov said.", "2019-12-10"));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Sergey Lavrov");
  EXPECT_EQ(q[0].quote, "It is useful to talk");
  EXPECT_EQ(q[0].cue, "said");
}

TEST(Quotes, CueBeforeTheSpeakerAndStraightQuotes) {
  const auto q = quotes(test::process_text("\"Let us view this moment of crisis as an opportunity\", said De Mistura."));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Staffan de Mistura");
}

TEST(Quotes, SpeakerBeforeTheQuote) {
  const auto q = quotes(test::process_text("Asked about it, Trump replied, \u201CNot at all.\u201D", "2017-05-10"));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Donald Trump");
  EXPECT_EQ(q[0].quote, "Not at all.");
}

TEST(Quotes, PronounIsThePersonNamedBefore) {
  const auto q = quotes(test::process_text(
      "Earlier, Lavrov met Tillerson. The Russian diplomat scoffed at reporters. "
      "\u201CWas he fired?\u201D he asked in mock surprise. \u201CYou\u2019re kidding.\u201D",
      "2017-05-10"));
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].quote, "Was he fired?");
  EXPECT_EQ(q[0].speaker, "Sergey Lavrov");
  EXPECT_EQ(q[1].speaker, "Sergey Lavrov");  // the same speaker goes on in the paragraph
}

TEST(Quotes, TitledSpeakerWithToldReporters) {
  const auto q = quotes(test::process_text(
      "\u201CThey had a very robust exchange,\u201D Secretary of State Rex Tillerson told reporters.", "2017-07-08"));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Rex Tillerson");
  EXPECT_EQ(q[0].cue, "told reporters");
}

TEST(Quotes, QuoteWithoutSpeakerIsKeptWithout) {
  const auto doc = test::process_text("\"There is a low level of trust between our two countries\".");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_FALSE(doc.quotes[0].speaker.present());
}

TEST(Quotes, UnclosedQuoteRunsToTheEndOfItsParagraph) {
  const auto doc = test::process_text("Lavrov said: \u201CWe will answer.\n\nNext paragraph.", "2019-12-10");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.slice(doc.quotes[0].span), "We will answer.");
}

}  // namespace
}  // namespace parley
