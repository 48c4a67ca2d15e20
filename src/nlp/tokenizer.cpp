#include "nlp/tokenizer.h"

#include "util/utf8.h"

namespace parley {

namespace {

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019; }
bool is_quote_mark(char32_t c) {
  switch (c) {
    case '"': case '\'': case '`': case 0x201C: case 0x201D: case 0x201E: case 0x201F:
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x00AB: case 0x00BB:
    case 0x2039: case 0x203A:
      return true;
    default:
      return false;
  }
}
bool is_bullet(char32_t c) {
  return c == 0x2022 || c == 0x25E6 || c == 0x25AA || c == 0x2023 || c == 0x25CF || c == 0x00B7 ||
         c == 0x2043;
}
bool is_dash(char32_t c) { return c == 0x2013 || c == 0x2014 || c == 0x2015 || c == '-'; }
bool is_word_char(char32_t c) { return utf8::is_letter(c) || utf8::is_digit(c) || utf8::is_mark(c); }

// A cursor over the code points of the text.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}
  size_t size() const { return text_.size(); }
  // The code point at byte `pos` (0 past the end) and its length.
  char32_t at(size_t pos, int* len = nullptr) const {
    int l = 0;
    const char32_t c = pos < text_.size() ? utf8::decode(text_, pos, l) : 0;
    if (len) *len = pos < text_.size() ? l : 0;
    return c;
  }
  size_t next(size_t pos) const {
    int l = 0;
    at(pos, &l);
    return pos + static_cast<size_t>(l ? l : 1);
  }
  // The code point just before byte `pos`.
  char32_t before(size_t pos) const {
    if (pos == 0) return 0;
    size_t b = pos - 1;
    while (b > 0 && (static_cast<unsigned char>(text_[b]) & 0xC0) == 0x80) --b;
    return at(b);
  }
  std::string_view text() const { return text_; }

 private:
  std::string_view text_;
};

// Clitics split off a word: 's 're 've 'll 'd 'm (any case), after the apostrophe.
size_t clitic_length(const Scanner& s, size_t apostrophe) {
  int alen = 0;
  s.at(apostrophe, &alen);
  const size_t p = apostrophe + static_cast<size_t>(alen);
  for (std::string_view c : {"s", "re", "ve", "ll", "d", "m", "S", "RE", "VE", "LL", "D", "M"}) {
    if (s.text().substr(p, c.size()) == c && !is_word_char(s.at(p + c.size())))
      return static_cast<size_t>(alen) + c.size();
  }
  return 0;
}

// "n't" at `pos` (n, apostrophe, t, then no letter), as in "don't".
size_t negation_length(const Scanner& s, size_t pos) {
  const char32_t n = s.at(pos);
  if (n != 'n' && n != 'N') return 0;
  int alen = 0;
  const char32_t a = s.at(pos + 1, &alen);
  if (!is_apostrophe(a)) return 0;
  const size_t t = pos + 1 + static_cast<size_t>(alen);
  const char32_t tc = s.at(t);
  if ((tc != 't' && tc != 'T') || is_word_char(s.at(t + 1))) return 0;
  return t + 1 - pos;
}

class TokenizerRun {
 public:
  // `phrase`: the text is a dictionary phrase, not running text.
  TokenizerRun(std::string_view text, const WordLists& words, std::vector<Token>& out, bool phrase)
      : s_(text), words_(words), out_(out), phrase_(phrase) {}

  void run() {
    size_t i = 0;
    while (i < s_.size()) {
      int len = 0;
      const char32_t c = s_.at(i, &len);
      if (utf8::is_space(c) || utf8::is_control(c)) {
        if (c == '\n') {
          line_start_ = true;
          open_single_quote_ = false;
        }
        space_ = true;
        i += static_cast<size_t>(len);
        continue;
      }
      TokenKind kind = TokenKind::Word;
      const size_t end = scan(i, c, kind);
      emit(i, end, kind);
      i = end;
    }
  }

 private:
  size_t scan(size_t i, char32_t c, TokenKind& kind) {
    if (const size_t url = scan_url(i)) return url;
    if (const size_t email = scan_email(i)) return email;
    if (c == '+' && space_ && utf8::is_digit(s_.at(i + 1))) return scan_word(i + 1, kind);  // "+1"
    if (space_ || i == 0) {
      const size_t n = words_.emoticon_at(s_.text().substr(i));
      if (n && (i + n >= s_.size() || !is_word_char(s_.at(i + n)))) {
        kind = TokenKind::Symbol;
        return i + n;
      }
    }
    if ((c == '#' || c == '@') && utf8::is_letter(s_.at(i + 1))) return scan_word(i + 1, kind);  // #tag, @user
    if (const size_t year = short_year(i, c)) {
      kind = TokenKind::Number;
      return year;
    }
    if (const size_t date = hyphenated_date(i)) {
      kind = TokenKind::Number;
      return date;
    }
    if (const size_t run = punctuation_run(i, c)) {
      kind = TokenKind::Punct;
      return run;
    }
    if (!out_.empty() && !space_ && (out_.back().kind == TokenKind::Word || out_.back().kind == TokenKind::Number)) {
      if (const size_t n = negation_length(s_, i)) return i + n;
      if (is_apostrophe(c))
        if (const size_t n = clitic_length(s_, i)) return i + n;
    }
    if (const size_t abbr = scan_abbreviation(i)) return abbr;
    if (is_word_char(c)) return scan_word(i, kind);
    if (c == '.' || c == 0x2026) {
      size_t j = i;
      while (s_.at(j) == '.') ++j;
      if (c == 0x2026 || j - i >= 3) {
        kind = TokenKind::Ellipsis;
        return c == 0x2026 ? s_.next(i) : j;
      }
      kind = TokenKind::Punct;
      return i + 1;
    }
    if (is_quote_mark(c)) return scan_quote(i, c, kind);
    if (is_bullet(c)) {
      kind = TokenKind::Bullet;
      return s_.next(i);
    }
    if (is_dash(c)) {
      kind = TokenKind::Punct;
      size_t j = s_.next(i);
      while (j < s_.size() && is_dash(s_.at(j)) && s_.at(j) == c) j = s_.next(j);
      return j;
    }
    kind = utf8::is_punct(c) ? TokenKind::Punct : TokenKind::Symbol;
    return s_.next(i);
  }

  // Letters, digits and marks, joined by a period or comma between digits and
  // by an apostrophe that is not a clitic's ("O'Brien"). Stops before "n't".
  // Other connectors are decided by joins_word().
  size_t scan_word(size_t i, TokenKind& kind) {
    size_t j = i;
    bool letters = false;
    while (j < s_.size()) {
      int len = 0;
      const char32_t c = s_.at(j, &len);
      if (s_.text().substr(j, 4) == "...@") {  // "davidr...@optonline.net"
        j += 3;
        continue;
      }
      if (is_word_char(c)) {
        if (j > i && negation_length(s_, j)) break;
        if (!letters && j > i && utf8::is_letter(c) && utf8::is_digit(s_.before(j)) && splits_unit(j)) break;
        letters |= utf8::is_letter(c);
        j += static_cast<size_t>(len);
        continue;
      }
      const char32_t prev = s_.before(j);
      const char32_t next = s_.at(j + static_cast<size_t>(len));
      if ((c == '.' || c == ',' || c == ':' || c == '/') && utf8::is_digit(prev) && utf8::is_digit(next) &&
          (!letters || c == '.')) {  // "3,993,310", "12:30", "EY4096.1"
        if (c == ',' && !thousands_group(j + 1)) break;
        j += static_cast<size_t>(len);
        continue;
      }
      if (is_apostrophe(c) && utf8::is_letter(prev) && utf8::is_letter(next) && !clitic_length(s_, j)) {
        j += static_cast<size_t>(len);
        continue;
      }
      if (joins_word(i, j, c, prev, next)) {
        j += static_cast<size_t>(len);
        continue;
      }
      if (c == '/' && j == s_.next(i) && utf8::is_letter(prev)) j += static_cast<size_t>(len);  // "w/"
      break;
    }
    kind = letters ? TokenKind::Word : TokenKind::Number;
    // A single capital letter followed by a period is an initial ("John F. Kennedy").
    if (letters && s_.at(j) == '.' && s_.next(i) == j && utf8::is_upper(s_.at(i))) return keep_final_period(j + 1);
    return j;
  }

  // The connectors that UD English keeps inside a token: a hyphen after a
  // prefix ("non-human", "e-mail") or between digits ("713-853-3989"), a period
  // in a domain or file name ("paulhastings.com", "alt.animals.cat"), and "@"
  // in an e-mail address.
  bool joins_word(size_t start, size_t j, char32_t c, char32_t prev, char32_t next) const {
    if (!is_word_char(prev) || !is_word_char(next)) return false;
    if (c == '-') {
      if (utf8::is_digit(prev) && utf8::is_digit(next)) return true;
      return words_.is_hyphen_prefix(utf8::fold_case(s_.text().substr(start, j - start)));
    }
    if (c == '@' || c == '_') return true;
    // Short forms: "AT&T", "P&L", "b/c", "w/o", "l/c" (but "he / she", "and / or").
    if (c == '&') return utf8::is_letter(prev) && utf8::is_letter(next) && j - start <= 3;
    if (c == '/') return utf8::is_letter(prev) && utf8::is_letter(next) && s_.next(start) == j;
    if (c == '.') {
      size_t e = j + 1;
      while (e < s_.size() && is_word_char(s_.at(e))) e = s_.next(e);
      const std::string after = utf8::fold_case(s_.text().substr(j + 1, e - j - 1));
      if (words_.is_name_ending(after)) return true;
      const std::string_view before = s_.text().substr(start, j - start);
      return utf8::is_lower(next) && utf8::fold_case(before) == before && !utf8::is_digit(s_.at(start));
    }
    return false;
  }

  // A run of sentence punctuation ("!!", "?!", "..?") or of one repeated symbol
  // ("***", "$$$", "==----") is one token; a lone mark is not a run.
  size_t punctuation_run(size_t i, char32_t c) const {
    auto sentence_mark = [](char32_t x) { return x == '.' || x == '!' || x == '?'; };
    auto line_mark = [](char32_t x) { return x == '=' || x == '-'; };
    size_t j = i;
    if (sentence_mark(c)) {
      while (j < s_.size() && sentence_mark(s_.at(j))) ++j;
      bool all_periods = true;
      for (size_t k = i; k < j; ++k) all_periods &= s_.at(k) == '.';
      return j - i >= 2 && !(all_periods && j - i >= 3) ? j : 0;  // "..." is an ellipsis
    }
    if (line_mark(c)) {
      while (j < s_.size() && line_mark(s_.at(j))) ++j;
      return j - i >= 2 ? j : 0;
    }
    if (c == '*' || c == '$' || c == '~' || c == '_' || c == '+' || c == '^' || c == '#' || c == '<' || c == '>') {
      while (j < s_.size() && s_.at(j) == c) ++j;
      return j - i >= 2 ? j : 0;
    }
    return 0;
  }

  // Three digits and then no digit: a thousands group after a comma.
  bool thousands_group(size_t p) const {
    for (int k = 0; k < 3; ++k)
      if (!utf8::is_digit(s_.at(p + static_cast<size_t>(k)))) return false;
    return !utf8::is_digit(s_.at(p + 3));
  }

  // A number runs into its unit ("5pm", "375mm", "22,101MMBTU"), which UD
  // English splits off, but not into an ordinal or a plural ("2nd", "1970s").
  // `j` is the first letter after the digits.
  bool splits_unit(size_t j) const {
    size_t e = j;
    while (e < s_.size() && utf8::is_letter(s_.at(e))) e = s_.next(e);
    if (e - j < 2 || utf8::is_digit(s_.at(e))) return false;
    const std::string unit = utf8::fold_case(s_.text().substr(j, e - j));
    return unit != "st" && unit != "nd" && unit != "rd" && unit != "th" && unit != "s";
  }

  // A year cut to two digits after an apostrophe: "'68".
  size_t short_year(size_t i, char32_t c) const {
    if (!is_apostrophe(c) || !(space_ || i == 0)) return 0;
    const size_t d = s_.next(i);
    if (!utf8::is_digit(s_.at(d)) || !utf8::is_digit(s_.at(d + 1)) || is_word_char(s_.at(d + 2))) return 0;
    return d + 2;
  }

  // A date written "01-Feb-02" or "1-Mar-2001": day, month letters, year.
  size_t hyphenated_date(size_t i) const {
    auto run = [&](size_t p, bool digits) {
      while (p < s_.size() && (digits ? utf8::is_digit(s_.at(p)) : utf8::is_letter(s_.at(p)))) p = s_.next(p);
      return p;
    };
    const size_t day = run(i, true);
    if (day == i || day - i > 2 || s_.at(day) != '-') return 0;
    const size_t month = run(day + 1, false);
    if (month - day - 1 != 3 || s_.at(month) != '-') return 0;
    const size_t year = run(month + 1, true);
    const size_t digits = year - month - 1;
    return (digits == 2 || digits == 4) && !is_word_char(s_.at(year)) ? year : 0;
  }

  // A listed abbreviation ("Mr.", "Ph.D.", "a.m.") or an initialism of single
  // letters and periods ("U.S.", "U.N.", "e.g.").
  size_t scan_abbreviation(size_t i) {
    if (!utf8::is_letter(s_.at(i))) return 0;
    size_t j = i;
    size_t longest = 0;
    while (j < s_.size() && j - i < 16) {
      const char32_t c = s_.at(j);
      if (c == '.') {
        if (words_.find(s_.text().substr(i, j + 1 - i))) longest = j + 1;
        ++j;
      } else if (utf8::is_letter(c)) {
        j = s_.next(j);
      } else {
        break;
      }
    }
    if (longest && !utf8::is_letter(s_.at(longest))) {
      const AbbreviationClass* c = words_.find(s_.text().substr(i, longest - i));
      return *c == AbbreviationClass::Other ? keep_final_period(longest) : longest;
    }
    // Initialism: (letter .){2,}
    size_t k = i;
    int letters = 0;
    while (utf8::is_letter(s_.at(k)) && s_.at(s_.next(k)) == '.') {
      k = s_.next(k) + 1;
      ++letters;
    }
    if (letters >= 2 && !utf8::is_letter(s_.at(k))) return keep_final_period(k);
    return 0;
  }

  // An abbreviation that ends a sentence gives its period to the sentence, as
  // UD English writes it ("in the U.S ." at the end, "the U.S. Army" inside):
  // the end of the paragraph, or a common sentence opener, follows.
  size_t keep_final_period(size_t end) const {
    if (phrase_) return end;
    size_t j = end;
    while (j < s_.size() && (s_.at(j) == ' ' || s_.at(j) == '\t')) ++j;
    if (j >= s_.size() || s_.at(j) == '\n' || s_.at(j) == '\r') return end - 1;
    size_t e = j;
    while (e < s_.size() && utf8::is_letter(s_.at(e))) e = s_.next(e);
    return e > j && words_.is_sentence_starter(s_.text().substr(j, e - j)) ? end - 1 : end;
  }

  size_t scan_url(size_t i) const {
    const std::string_view rest = s_.text().substr(i, 8);
    if (!(rest.starts_with("http://") || rest.starts_with("https://") || rest.starts_with("www.") ||
          rest.starts_with("mailto:")))
      return 0;
    size_t j = i;
    while (j < s_.size() && !utf8::is_space(s_.at(j))) j = s_.next(j);
    while (j > i) {  // trailing punctuation belongs to the sentence
      size_t last = j - 1;
      while (last > i && (static_cast<unsigned char>(s_.text()[last]) & 0xC0) == 0x80) --last;
      const char32_t c = s_.at(last);
      if (c != '.' && c != ',' && c != ';' && c != ':' && c != '!' && c != '?' && c != ')' && c != '>' &&
          !is_quote_mark(c))
        break;
      j = last;
    }
    return j;
  }

  // An e-mail address, also as mailing lists abbreviate them ("davidr...@optonline.net").
  size_t scan_email(size_t i) const {
    // Most words have no "@" close by; do not walk them twice.
    const std::string_view ahead = s_.text().substr(i, 64);
    if (ahead.find('@') == std::string_view::npos || !is_word_char(s_.at(i))) return 0;
    size_t j = i, at = 0;
    while (j < s_.size()) {
      const char32_t c = s_.at(j);
      if (c == '@' && !at) {
        at = j;
      } else if (!(is_word_char(c) || c == '.' || c == '_' || c == '-' || c == '+')) {
        break;
      }
      j = s_.next(j);
    }
    if (!at || at == i || !is_word_char(s_.at(at + 1))) return 0;
    while (j > at + 1 && !is_word_char(s_.before(j))) --j;  // a final period ends the sentence
    return s_.text().substr(at, j - at).find('.') != std::string_view::npos ? j : 0;
  }

  // Quotation marks. A right single quote after "s" and before a non-letter is a
  // possessive ("the Russians' view") unless a left single quote is open.
  size_t scan_quote(size_t i, char32_t c, TokenKind& kind) {
    size_t end = s_.next(i);
    if ((c == '`' || c == '\'') && s_.at(end) == c) end = s_.next(end);  // `` and ''
    kind = TokenKind::Quote;
    if (c == 0x2018) open_single_quote_ = true;
    if (c == 0x2019 || c == '\'') {
      const char32_t prev = s_.before(i);
      if (!space_ && (prev == 's' || prev == 'S') && !utf8::is_letter(s_.at(end)) && !open_single_quote_) {
        kind = TokenKind::Punct;
      } else if (c == 0x2019) {
        open_single_quote_ = false;
      }
    }
    return end;
  }

  void emit(size_t begin, size_t end, TokenKind kind) {
    Token t;
    t.span = {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
    t.kind = kind;
    t.space_before = space_;
    t.line_start = line_start_;
    out_.push_back(t);
    space_ = false;
    line_start_ = false;
  }

  Scanner s_;
  const WordLists& words_;
  std::vector<Token>& out_;
  bool space_ = true;
  bool line_start_ = true;
  bool open_single_quote_ = false;
  bool phrase_ = false;
};

}  // namespace

void Tokenizer::tokenize(std::string_view text, std::vector<Token>& out) const {
  TokenizerRun(text, words_, out, false).run();
}

std::vector<std::string> Tokenizer::folded_words(std::string_view phrase) const {
  std::vector<Token> tokens;
  TokenizerRun(phrase, words_, tokens, true).run();
  std::vector<std::string> words;
  words.reserve(tokens.size());
  for (const auto& t : tokens) words.push_back(utf8::fold_case(phrase.substr(t.span.begin, t.span.size())));
  return words;
}

}  // namespace parley
