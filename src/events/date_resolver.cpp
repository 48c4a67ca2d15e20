#include "events/date_resolver.h"

#include <charconv>

#include "util/strings.h"
#include "util/text_file.h"

namespace parley {

namespace {

std::optional<int> number(std::string_view w, int min, int max) {
  int v = 0;
  auto [p, ec] = std::from_chars(w.data(), w.data() + w.size(), v);
  if (ec != std::errc() || p != w.data() + w.size() || v < min || v > max) return std::nullopt;
  return v;
}

// "10", "10th", "1st", "2nd", "3rd"
std::optional<int> day_number(std::string_view w) {
  std::string_view digits = w;
  for (const char* suffix : {"st", "nd", "rd", "th"})
    if (digits.size() > 2 && digits.ends_with(suffix)) digits.remove_suffix(2);
  return number(digits, 1, 31);
}

std::optional<Date> make(int y, int m, int d) {
  if (!Date::valid(y, m, d)) return std::nullopt;
  return Date{y, m, d};
}

Date first_of_month(int year, int month, int offset) {
  int index = year * 12 + (month - 1) + offset;
  return Date{index / 12, index % 12 + 1, 1};
}

}  // namespace

DateResolver DateResolver::load(const std::string& path, const Tokenizer& tokenizer) {
  DateResolver r;
  for_each_tsv_record(path, [&](const std::vector<std::string_view>& f, int line) {
    if (f.size() != 3) throw DataError(where(path, line) + "want: phrase <TAB> kind <TAB> value");
    Expression e;
    if (f[1] == "weekday") e.kind = Kind::Weekday;
    else if (f[1] == "month") e.kind = Kind::Month;
    else if (f[1] == "days") e.kind = Kind::Days;
    else if (f[1] == "months") e.kind = Kind::Months;
    else if (f[1] == "years") e.kind = Kind::Years;
    else throw DataError(where(path, line) + "unknown kind \"" + std::string(f[1]) + "\"");
    const auto value = number(trim(f[2]), -1000, 1000);
    if (!value) throw DataError(where(path, line) + "value must be a whole number");
    e.value = *value;
    if (r.index_.add(tokenizer.folded_words(trim(f[0])), static_cast<uint32_t>(r.expressions_.size()))) r.expressions_.push_back(e);
  });
  return r;
}

namespace {
bool bounds_a_period(std::string_view w) {
  return w == "from" || w == "since" || w == "until" || w == "till" || w == "through" || w == "between";
}
bool is_possessive(std::string_view w) { return w == "'s" || w == "\u2019s" || w == "'" || w == "\u2019"; }
}  // namespace

std::vector<DateResolver::TimeExpression> DateResolver::find(const std::vector<std::string_view>& words,
                                                             uint32_t begin, uint32_t end,
                                                             const std::optional<Date>& published) const {
  std::vector<TimeExpression> found;
  for (uint32_t k = begin; k < end; ++k) {
    std::optional<TimeExpression> x;
    if (words[k].size() == 10)  // 2017-05-10, one token
      if (auto iso = Date::parse_iso(words[k])) x = TimeExpression{k, k + 1, iso};
    if (!x) {
      const auto match = index_.longest(words, k, end);
      if (match) x = read(words, k, end, expressions_[match.value], match.length, published);
    }
    if (!x) continue;
    x->dates_event = !(k > begin && bounds_a_period(words[k - 1])) && !(x->end < end && is_possessive(words[x->end]));
    found.push_back(*x);
    k = x->end - 1;
  }
  return found;
}

std::optional<Date> DateResolver::date_in(const std::vector<std::string_view>& words, uint32_t begin,
                                          uint32_t end, const std::optional<Date>& published) const {
  for (const auto& x : find(words, begin, end, published))
    if (x.dates_event && x.date) return x.date;
  return std::nullopt;
}

std::optional<DateResolver::TimeExpression> DateResolver::read(const std::vector<std::string_view>& words,
                                                               uint32_t at, uint32_t end, const Expression& e,
                                                               uint32_t length,
                                                               const std::optional<Date>& published) const {
  if (e.kind == Kind::Month) return read_month(words, at, end, e.value, length, published);
  TimeExpression x{at, at + length, std::nullopt};
  if (!published) return x;
  switch (e.kind) {
    case Kind::Weekday: {
      const bool next = at > 0 && words[at - 1] == "next";
      int delta = (published->weekday() - e.value + 7) % 7;  // days back to that weekday
      if (next) delta = delta == 0 ? -7 : delta - 7;
      x.date = published->plus_days(-delta);
      break;
    }
    case Kind::Days:
      x.date = published->plus_days(e.value);
      break;
    case Kind::Months:
      x.date = first_of_month(published->year, published->month, e.value);
      break;
    case Kind::Years:
      x.date = Date{published->year + e.value, 1, 1};
      break;
    case Kind::Month:
      break;
  }
  return x;
}

// "May 10, 2017", "May 10", "10 May 2017", "May 2017", "in May".
std::optional<DateResolver::TimeExpression> DateResolver::read_month(const std::vector<std::string_view>& words,
                                                                     uint32_t at, uint32_t end, int month,
                                                                     uint32_t length,
                                                                     const std::optional<Date>& published) const {
  uint32_t k = at + length;
  std::optional<int> day, year;
  if (k < end) day = day_number(words[k]);
  if (day) {
    ++k;
    const uint32_t after_day = k;
    if (k < end && words[k] == ",") ++k;
    if (k < end) year = number(words[k], 1000, 9999);
    k = year ? k + 1 : after_day;
  } else if (k < end) {
    year = number(words[k], 1000, 9999);
    if (year) ++k;
  }
  uint32_t first = at;
  if (!day && at > 0 && (day = day_number(words[at - 1]))) first = at - 1;  // "10 May 2017"
  // "may" is also a verb: without a day, a year or "in" before it, it is not a date.
  if (!day && !year && !(at > 0 && (words[at - 1] == "in" || words[at - 1] == "since"))) return std::nullopt;
  TimeExpression x{first, k, std::nullopt};
  if (!year) {
    if (!published) return x;
    year = published->year;
    // The latest such day on or before publication: news reports the past.
    const auto candidate = make(*year, month, day.value_or(1));
    if (candidate && *candidate > *published) year = *year - 1;
  }
  x.date = make(*year, month, day.value_or(1));
  return x;
}

}  // namespace parley
