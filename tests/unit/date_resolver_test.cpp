#include "events/date_resolver.h"

#include <gtest/gtest.h>

#include "nlp/tokenizer.h"
#include "unit/test_support.h"
#include "util/utf8.h"

namespace parley {
namespace {

class DateResolverTest : public ::testing::Test {
 protected:
  void SetUp() override {
    words_ = WordLists::load(test::data_dir() + "/nlp");
    tokenizer_ = std::make_unique<Tokenizer>(words_);
    dates_ = std::make_unique<DateResolver>(DateResolver::load(test::data_dir() + "/dates/en.tsv", *tokenizer_));
  }
  std::optional<Date> date(const std::string& sentence, std::optional<Date> published) {
    std::vector<Token> tokens;
    tokenizer_->tokenize(sentence, tokens);
    folded_.clear();
    for (const auto& t : tokens) folded_.push_back(utf8::fold_case(sentence.substr(t.span.begin, t.span.size())));
    std::vector<std::string_view> words(folded_.begin(), folded_.end());
    return dates_->date_in(words, 0, static_cast<uint32_t>(words.size()), published);
  }
  WordLists words_;
  std::unique_ptr<Tokenizer> tokenizer_;
  std::unique_ptr<DateResolver> dates_;
  std::vector<std::string> folded_;
};

const Date kThursday{2017, 4, 13};

TEST_F(DateResolverTest, WeekdaysAreTheLatestOnOrBeforePublication) {
  EXPECT_EQ(date("They met in Moscow on Wednesday.", kThursday), (Date{2017, 4, 12}));
  EXPECT_EQ(date("Peskov on Thursday said so.", kThursday), kThursday);
  EXPECT_EQ(date("They met on Friday.", kThursday), (Date{2017, 4, 7}));
  EXPECT_EQ(date("They meet next Monday.", kThursday), (Date{2017, 4, 17}));
}

TEST_F(DateResolverTest, RelativeDays) {
  EXPECT_EQ(date("It happened yesterday.", kThursday), (Date{2017, 4, 12}));
  EXPECT_EQ(date("Last week, the US struck.", kThursday), (Date{2017, 4, 6}));
  EXPECT_EQ(date("Earlier in the day, Lavrov met Tillerson.", kThursday), kThursday);
  EXPECT_EQ(date("Last month they talked.", kThursday), (Date{2017, 3, 1}));
}

TEST_F(DateResolverTest, CalendarDates) {
  EXPECT_EQ(date("On May 10, 2017 they met.", kThursday), (Date{2017, 5, 10}));
  EXPECT_EQ(date("On 10 May 2017 they met.", kThursday), (Date{2017, 5, 10}));
  EXPECT_EQ(date("On 2019-12-10 they met.", kThursday), (Date{2019, 12, 10}));
  EXPECT_EQ(date("On April 7 the US struck.", kThursday), (Date{2017, 4, 7}));
  // A day later in the year than publication is last year's.
  EXPECT_EQ(date("On May 10 they met.", kThursday), (Date{2016, 5, 10}));
  EXPECT_EQ(date("He visited Sochi in May.", Date{2019, 12, 10}), (Date{2019, 5, 1}));
}

TEST_F(DateResolverTest, WhatDoesNotDateTheEvent) {
  EXPECT_FALSE(date("It may rain.", kThursday));                          // the verb
  EXPECT_FALSE(date("Ties have soured since May.", kThursday));           // a period
  EXPECT_FALSE(date("It was about last year's election.", kThursday));    // a noun's modifier
  EXPECT_FALSE(date("Nothing here names a day.", kThursday));
}

TEST_F(DateResolverTest, WithoutAPublicationDateOnlyCompleteDates) {
  EXPECT_FALSE(date("They met on Wednesday.", std::nullopt));
  EXPECT_EQ(date("They met on May 10, 2017.", std::nullopt), (Date{2017, 5, 10}));
}

}  // namespace
}  // namespace parley
