#include "actors/petrarch_actors.h"

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

#include "events/english_forms.h"
#include "events/petrarch_verbs.h"
#include "parley/date.h"
#include "util/strings.h"
#include "util/text_file.h"

namespace parley {

namespace {

std::string phrase_of(std::string_view joined) {  // "NEW_ZEALAND_" -> "NEW ZEALAND"
  std::string s(joined);
  for (char& c : s)
    if (c == '_') c = ' ';
  return collapse_space(s);
}

// YYMMDD (19xx after 30, else 20xx) or YYYYMMDD.
std::optional<Date> petrarch_date(std::string_view s) {
  if (s.size() == 6) {
    const int yy = std::stoi(std::string(s.substr(0, 2)));
    return Date::parse_iso(std::to_string(yy <= 30 ? 2000 + yy : 1900 + yy) + "-" + std::string(s.substr(2, 2)) +
                           "-" + std::string(s.substr(4, 2)));
  }
  if (s.size() == 8)
    return Date::parse_iso(std::string(s.substr(0, 4)) + "-" + std::string(s.substr(4, 2)) + "-" +
                           std::string(s.substr(6, 2)));
  return std::nullopt;
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

bool usable_code(std::string_view c) {
  if (c.size() < 3) return false;
  for (char ch : c)
    if (ch < 'A' || ch > 'Z') return false;
  return true;
}

class ActorTranslator {
 public:
  explicit ActorTranslator(const std::string& name) : name_(name) {}

  std::string translate(std::string_view text) {
    std::vector<std::string_view> lines = split(text, '\n');
    std::vector<std::string> out(lines.size());
    for (line_ = 1; line_ <= static_cast<int>(lines.size()); ++line_) read(lines[line_ - 1]);
    for (const Entry& e : entries_) out[e.line - 1] = e.tsv();
    std::string result;
    for (const auto& l : out) result += l + '\n';
    return result;
  }

 private:
  struct Entry {
    int line = 0;
    std::string name;
    std::vector<std::string> codes, aliases;
    std::string tsv() const {
      // "ARN", "HOB@..1995-05-31": a three-letter code is a country's
      const bool country = !codes.empty() && codes.front().substr(0, codes.front().find('@')).size() == 3;
      return std::string(country ? "country" : "organization") + '\t' + name + '\t' + join(codes, " ") + '\t' +
             join(aliases, "|");
    }
  };

  [[noreturn]] void fail(const std::string& what) const { throw DataError(where(name_, line_) + what); }

  void read(std::string_view raw) {
    std::string_view s = petrarch_content(raw);
    if (s.empty()) return;
    const bool continued = raw.starts_with(' ') || raw.starts_with('\t') || s.starts_with('[');
    if (s.starts_with('+')) {
      current().aliases.push_back(phrase_of(s.substr(1)));
    } else if (continued) {
      codes(s);
    } else {
      const size_t bracket = s.find('[');
      entries_.push_back({line_, phrase_of(s.substr(0, bracket)), {}, {}});
      if (bracket != std::string_view::npos) codes(s.substr(bracket));
    }
  }

  Entry& current() {
    if (entries_.empty()) fail("alias or code before any actor");
    return entries_.back();
  }

  // One or more `[CODE restriction]` groups.
  void codes(std::string_view s) {
    while (!s.empty()) {
      if (!s.starts_with('[')) fail("want [CODE], got \"" + std::string(s) + "\"");
      const size_t close = s.find(']');
      if (close == std::string_view::npos) fail("[ without ]");
      if (auto c = restriction(s.substr(1, close - 1))) current().codes.push_back(*c);
      s = trim(s.substr(close + 1));
    }
  }

  // "HOBGOV 19950601 - 19990815" -> "HOBGOV@1995-06-01..1999-08-15"; nullopt for a null code.
  std::optional<std::string> restriction(std::string_view body) {
    std::string b = collapse_space(body);
    const size_t end = b.find_first_of(" <>");
    std::string code = upper(b.substr(0, end));
    code = code.substr(0, code.find('/'));
    if (!usable_code(code)) return std::nullopt;
    std::string rest = end == std::string::npos ? std::string() : b.substr(end);
    rest.erase(std::remove(rest.begin(), rest.end(), ' '), rest.end());
    if (rest.empty()) return code;
    auto date = [&](std::string_view d) {
      auto parsed = petrarch_date(d);
      if (!parsed) fail("bad date \"" + std::string(d) + "\" in [" + std::string(body) + "]");
      return *parsed;
    };
    if (rest[0] == '<') return code + "@.." + date(rest.substr(1)).plus_days(-1).iso();
    if (rest[0] == '>') return code + "@" + date(rest.substr(1)).plus_days(1).iso() + "..";
    const size_t dash = rest.find('-');
    if (dash == std::string::npos) return code + "@" + date(rest).iso() + "..";
    return code + "@" + date(rest.substr(0, dash)).iso() + ".." + date(rest.substr(dash + 1)).iso();
  }

  std::string name_;
  int line_ = 0;
  std::vector<Entry> entries_;
};

// `!NAME! = a, b`: every phrase with !NAME! stands for one phrase per substitute.
std::vector<std::string> expand(const std::string& phrase, const std::map<std::string, std::vector<std::string>>& subs) {
  const size_t open = phrase.find('!');
  if (open == std::string::npos) return {phrase};
  const size_t close = phrase.find('!', open + 1);
  const auto it = close == std::string::npos ? subs.end() : subs.find(phrase.substr(open, close - open + 1));
  if (it == subs.end()) return {phrase};
  std::vector<std::string> out;
  for (const auto& s : it->second)
    for (auto& p : expand(phrase.substr(0, open) + s + phrase.substr(close + 1), subs)) out.push_back(p);
  return out;
}

}  // namespace

std::string translate_petrarch_actors(std::string_view text, const std::string& name) {
  return ActorTranslator(name).translate(text);
}

std::string translate_petrarch_agents(std::string_view text, const std::string& name) {
  std::map<std::string, std::vector<std::string>> subs;
  std::string out;
  int line = 0;
  for (std::string_view raw : split(text, '\n')) {
    ++line;
    std::string_view s = petrarch_content(raw);
    if (s.empty()) continue;
    if (const size_t eq = s.find('='); s.starts_with('!') && eq != std::string_view::npos) {
      auto& list = subs[ascii_lower(trim(s.substr(0, eq)))];
      for (std::string_view w : split(s.substr(eq + 1), ',')) list.push_back(ascii_lower(phrase_of(trim(w))));
      continue;
    }
    const size_t open = s.find('['), close = s.find(']');
    if (open == std::string_view::npos || close < open) throw DataError(where(name, line) + "want: WORD {PLURALS} [~CODE]");
    std::string code = collapse_space(s.substr(open + 1, close - open - 1));
    code.erase(std::remove(code.begin(), code.end(), ' '), code.end());
    std::string_view head = trim(s.substr(0, open));
    std::vector<std::string> phrases;
    bool explicit_plurals = false;
    if (const size_t brace = head.find('{'); brace != std::string_view::npos) {
      explicit_plurals = true;
      const std::string_view inside = head.substr(brace + 1, head.find('}', brace) - brace - 1);
      const std::string plurals = collapse_space(inside);
      for (std::string_view p : split(plurals, ' '))
        if (!p.empty()) phrases.push_back(ascii_lower(phrase_of(p)));
      head = trim(head.substr(0, brace));
    }
    phrases.insert(phrases.begin(), ascii_lower(phrase_of(head)));
    std::vector<std::string> all;
    for (const auto& p : phrases)
      for (auto& e : expand(p, subs)) {
        all.push_back(e);
        if (explicit_plurals) continue;
        const size_t last = e.rfind(' ') + 1;
        const std::string plural = regular_plural(e.substr(last));
        if (!plural.empty()) all.push_back(e.substr(0, last) + plural);
      }
    for (const auto& p : all) out += p + '\t' + code + '\n';
  }
  return out;
}

}  // namespace parley
