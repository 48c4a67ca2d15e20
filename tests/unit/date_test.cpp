#include "parley/date.h"

#include <gtest/gtest.h>

namespace parley {

TEST(Date, RoundTripsThroughDays) {
  for (long d = -800000; d < 800000; d += 997) EXPECT_EQ(Date::from_days(d).to_days(), d);
  EXPECT_EQ(Date::from_days(0), (Date{1970, 1, 1}));
}

TEST(Date, KnowsWeekdays) {
  EXPECT_EQ((Date{2017, 5, 10}).weekday(), 2);   // a Wednesday
  EXPECT_EQ((Date{2019, 12, 10}).weekday(), 1);  // a Tuesday
}

TEST(Date, ParsesIsoAndRejectsImpossibleDates) {
  EXPECT_EQ(Date::parse_iso("2017-04-13"), (Date{2017, 4, 13}));
  EXPECT_EQ(Date::parse_iso("2017-04-13T08:00:00Z"), (Date{2017, 4, 13}));
  EXPECT_EQ(Date::parse_iso("20170413"), (Date{2017, 4, 13}));
  EXPECT_FALSE(Date::parse_iso("2017-02-30"));
  EXPECT_FALSE(Date::parse_iso("2017-13-01"));
  EXPECT_FALSE(Date::parse_iso("yesterday"));
  EXPECT_FALSE(Date::parse_iso("2017-04-13junk"));
}

}  // namespace parley
