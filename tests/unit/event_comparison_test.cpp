// Comparing coded event triples with gold ones, as `parley eval petrarch` does.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "eval/event_comparison.h"
#include "unit/test_support.h"

namespace parley {
namespace {

using ::testing::ElementsAre;

TEST(EventComparison, EqualSetsAreRight) {
  const EventSet gold{{"ARN", "GON", "064"}, {"BREGOV", "---", "023"}};
  const auto c = compare_events(gold, gold);
  EXPECT_TRUE(c.correct);
  EXPECT_EQ(c.matched, 2u);
  EXPECT_TRUE(c.reasons.empty());
  EXPECT_TRUE(compare_events({}, {}).correct);  // noevents, nothing coded
}

TEST(EventComparison, SaysWhatIsWrong) {
  const EventSet gold{{"ARN", "GON", "064"}, {"FOR", "OSG", "041"}, {"HOB", "GON", "032"}, {"CAL", "ERI", "190"}};
  const EventSet got{{"ARN", "GON", "060"}, {"GON", "OSG", "041"}, {"HOB", "---", "032"}, {"MOR", "ROH", "190"}};
  const auto c = compare_events(gold, got);
  EXPECT_FALSE(c.correct);
  EXPECT_EQ(c.matched, 0u);
  EXPECT_THAT(c.reasons, ElementsAre("wrong code ARN GON 064 -> 060", "missing CAL ERI 190",
                                     "wrong source FOR OSG 041 -> GON", "wrong target HOB GON 032 -> ---",
                                     "extra MOR ROH 190"));
  EXPECT_THAT(compare_events({}, {{"ARN", "GON", "064"}}).reasons, ElementsAre("extra ARN GON 064"));
}

TEST(EventComparison, ScoresRecordsAndTriples) {
  TripleScore s;
  const EventSet a{{"ARN", "GON", "064"}}, b{{"ARN", "GON", "064"}, {"GON", "ARN", "064"}};
  s.add(a, a, compare_events(a, a));
  s.add(a, b, compare_events(a, b));
  EXPECT_EQ(s.records, 2u);
  EXPECT_EQ(s.correct, 1u);
  EXPECT_DOUBLE_EQ(s.accuracy(), 0.5);
  EXPECT_DOUBLE_EQ(s.precision(), 2.0 / 3);
  EXPECT_DOUBLE_EQ(s.recall(), 1.0);
  EXPECT_DOUBLE_EQ(s.f1(), 0.8);
}

TEST(EventComparison, ATargetlessEventIsWrittenWithDashes) {
  const auto doc = test::process_text("Russia vetoed the measure.");
  EXPECT_THAT(event_triples(doc), ElementsAre(EventTriple{"RUS", "---", "129"}));
}

}  // namespace
}  // namespace parley
