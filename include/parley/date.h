// A calendar date without time zone: what news reports give ("on Wednesday",
// "May 10, 2017") and what event data records. Days are counted from
// 1970-01-01 so that dates can be compared and shifted by plain arithmetic.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace parley {

struct Date {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31

  // Days since 1970-01-01 (negative before).
  long to_days() const;
  static Date from_days(long days);
  // 0 = Monday ... 6 = Sunday (ISO 8601).
  int weekday() const;
  Date plus_days(long n) const { return from_days(to_days() + n); }

  // "2017-05-10".
  std::string iso() const;
  // Accepts "YYYY-MM-DD", optionally followed by a time ("2017-05-10T08:00:00Z"),
  // and "YYYYMMDD". Returns nothing for anything else or an impossible date.
  static std::optional<Date> parse_iso(std::string_view text);

  static bool valid(int year, int month, int day);
  static int days_in_month(int year, int month);

  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date& a, const Date& b) { return a.to_days() <=> b.to_days(); }
};

}  // namespace parley
