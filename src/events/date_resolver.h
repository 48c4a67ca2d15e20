// Dating events: the day that a time expression in a sentence names ("on
// Wednesday", "last week", "in May", "May 10, 2017"), resolved against the
// document's publication date. The expressions are data (data/dates/en.tsv).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "actors/phrase_index.h"
#include "nlp/tokenizer.h"
#include "parley/date.h"

namespace parley {

class DateResolver {
 public:
  static DateResolver load(const std::string& path, const Tokenizer& tokenizer);

  struct TimeExpression {
    uint32_t begin = 0, end = 0;   // tokens
    std::optional<Date> date;      // unknown when it cannot be placed (no publication date)
    // False for expressions that bound a period ("since May", "from October 2016")
    // or modify a noun ("last year's election"): they do not date the event.
    bool dates_event = true;
  };
  // Every time expression in words[begin, end) (case-folded tokens), read against
  // `published`. Without a publication date only complete dates ("May 10, 2017")
  // can be placed.
  std::vector<TimeExpression> find(const std::vector<std::string_view>& words, uint32_t begin, uint32_t end,
                                   const std::optional<Date>& published) const;
  // The date of the first expression in words[begin, end) that dates an event.
  std::optional<Date> date_in(const std::vector<std::string_view>& words, uint32_t begin, uint32_t end,
                              const std::optional<Date>& published) const;

 private:
  enum class Kind { Weekday, Month, Days, Months, Years };
  struct Expression {
    Kind kind;
    int value;
  };
  // The expression at `at` (matched `length` words) as a date; `end_of_match` is
  // moved past a day and year that follow a month ("May 10, 2017"). Nothing
  // when the words are not a date after all ("may" the verb).
  std::optional<TimeExpression> read(const std::vector<std::string_view>& words, uint32_t at, uint32_t end,
                                     const Expression& e, uint32_t length,
                                     const std::optional<Date>& published) const;
  std::optional<TimeExpression> read_month(const std::vector<std::string_view>& words, uint32_t at, uint32_t end,
                                           int month, uint32_t length, const std::optional<Date>& published) const;

  PhraseIndex index_;
  std::vector<Expression> expressions_;
};

}  // namespace parley
